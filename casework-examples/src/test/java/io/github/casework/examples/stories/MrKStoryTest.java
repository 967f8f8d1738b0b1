package io.github.casework.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.check.FindingCode;
import io.github.casework.escalation.EscalationCodes;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Step;
import io.github.casework.id.CaseId;
import io.github.casework.id.ReferralId;
import io.github.casework.signal.Trend;
import org.junit.jupiter.api.Test;

class MrKStoryTest {
  @Test
  void mrKIsGrantedPriorityAfterEscalatingToTheSeniorOfficialAndFiveMenBecomeOneSignal() {
    Timeline t = new Timeline();
    MrKStory.Result r = MrKStory.run(t);

    assertThat(r.mrK().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(r.escalation().outcome()).contains(Outcome.PRIORITY_GRANTED);
    assertThat(r.escalation().isIncident()).isTrue();
    assertThat(r.escalation().steps()).extracting(Step::level)
        .containsExactly(LadderLevel.FRONTLINE_OFFICIAL, LadderLevel.SUPERVISOR);
    assertThat(r.escalation().managerInformedAt()).isPresent();

    assertThat(r.proposals()).singleElement().satisfies(p -> {
      assertThat(p.cases()).hasSize(5).contains(CaseId.of("case-mr-k"));
      assertThat(p.refusalIds()).contains(ReferralId.of("ref-k-priority"));
      assertThat(p.trend()).isEqualTo(Trend.NEW);
    });
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(FindingCode.STRUCTURAL_SIGNAL_PROPOSED));
    assertThat(r.signal().observation().evidence().caseCount()).isEqualTo(5);

    String text = String.join("\n", t.lines());
    assertThat(text).contains("rejected [" + CaseCodes.NEED_STILL_OPEN + "]")
        .contains("rejected [" + EscalationCodes.BEYOND_MANDATE + "]")
        .contains("escalation.resolved", "priority-granted", "case.closed", "signal.raised")
        // Free text a professional wrote is never shown.
        .doesNotContain("age rule for priority dropped", "divorced working men without housing");
  }
}
