package io.github.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.referral.Referral;
import java.time.Instant;
import java.util.List;
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
}
