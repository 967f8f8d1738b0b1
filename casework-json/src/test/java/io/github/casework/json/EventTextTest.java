package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.id.CaseId;
import io.github.casework.referral.Referral;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Property;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One event as text, as an event store keeps it: {@link CaseworkJson#writeEvent} and {@link CaseworkJson#readEvent}. */
class EventTextTest {
  private static final CaseworkJson JSON = CaseworkJson.standard();

  @Test
  void anEventReadsBackEqualAndItsTextIsTheEventStreamLine() {
    Property.forAll("event text round trip", CaseworkGen.caseOpenings(), opened -> {
      String text = JSON.writeEvent(opened);
      assertThat(JSON.readEvent(Case.TYPE, text)).isEqualTo(opened);
      assertThat(text).doesNotContain("\n").startsWith("{\"type\":\"case.opened\"");
    });
  }

  @Test
  void membersInAnotherOrderReadTheSameAsADatabaseJsonTypeMayReorderThem() {
    CaseEvent.Activated a = new CaseEvent.Activated(CaseId.of("c-1"), Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(JSON.readEvent(Case.TYPE, "{\"at\": \"2026-03-02T09:00:00Z\", \"caseId\": \"c-1\", \"type\":"
        + " \"case.activated\"}")).isEqualTo(a);
  }

  @Test
  void aTextThatIsNoEventOfTheKindIsRejectedWithTheWireFormatsCode() {
    assertThatThrownBy(() -> JSON.readEvent(Case.TYPE, "{\"type\":\"case.activated\",\"caseId\":\"c-1\"}"))
        .isInstanceOfSatisfying(CaseworkJsonException.class,
            e -> assertThat(e.code()).isEqualTo(JsonCodes.MISSING_MEMBER));
    assertThatThrownBy(() -> JSON.readEvent(Referral.TYPE, JSON.writeEvent(new CaseEvent.Activated(CaseId.of("c"),
        Instant.EPOCH)))).isInstanceOf(CaseworkJsonException.class);
    assertThatThrownBy(() -> JSON.readEvent(Case.TYPE, "{\"type\":")).isInstanceOf(CaseworkJsonException.class);
    assertThatThrownBy(() -> JSON.readEvent(Case.TYPE,
        JSON.writeEvent(new CaseEvent.Activated(CaseId.of("c"), Instant.EPOCH)) + " {}")).isInstanceOfSatisfying(CaseworkJsonException.class,
        e -> assertThat(e.code()).isEqualTo(JsonCodes.TRAILING_CONTENT));
  }
}
