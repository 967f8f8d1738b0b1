package io.github.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.referral.Referral;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a descriptor says about its kind: which events it accepts, and messages that read as English. */
class AggregateTypeDescriptorTest {
  private static final CaseEvent OPENED = new CaseEvent.Opened(CaseId.of("case-1"), ClientId.of("client-1"),
      AgencyId.of("welfare"), ProfessionalId.of("sw-1"), Instant.parse("2026-03-02T09:00:00Z"));

  @Test
  void aDescriptorAcceptsTheEventsOfItsOwnKindOnly() {
    assertThat(Case.TYPE.accepts(OPENED)).isTrue();
    assertThat(Referral.TYPE.accepts(OPENED)).isFalse();
    assertThat(Escalation.TYPE.accepts(OPENED)).isFalse();
  }

  @Test
  void messagesNameTheKindWithItsArticle() {
    assertThatThrownBy(() -> Escalation.TYPE.replay(List.of())).hasMessageContaining("an escalation history");
    assertThatThrownBy(() -> Case.TYPE.replay(List.of())).hasMessageContaining("a case history");
  }

  @Test
  void aKindDefinedLaterTakesTheArticleOfItsFirstLetter() {
    // The four kinds are built once, in static initialisers; a kind built here runs the rule again, with "a" (the
    // first vowel) and "u" (the last) and a consonant at either end of the alphabet.
    Map<String, String> phrases = Map.of("appeal", "an appeal", "uitkering", "an uitkering", "intake", "an intake",
        "berichten", "a berichten", "zorg", "a zorg");
    phrases.forEach((name, phrase) -> {
      AggregateType<Case, CaseCommand, CaseEvent> kind = AggregateType.of(name, Case.class, CaseCommand.class,
          CaseEvent.class, CaseEvent.Opened.class, CaseEvent.Opened.TYPE, Case.TYPE.codes(), NEVER_CALLED);
      assertThatThrownBy(() -> kind.replay(List.of())).as(name)
          .hasMessageContaining(phrase + " history must not be empty");
    });
  }

  private static final AggregateType.Rules<Case, CaseCommand, CaseEvent, CaseEvent.Opened> NEVER_CALLED =
      AggregateType.Rules.of(first -> {
        throw new AssertionError("not called");
      }, (state, command) -> {
        throw new AssertionError("not called");
      }, (state, event) -> {
        throw new AssertionError("not called");
      });
}
