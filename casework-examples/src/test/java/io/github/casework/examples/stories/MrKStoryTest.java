package io.github.casework.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.check.FindingCode;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCodes;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.MandatePolicy;
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
    // As in the article: she went beyond her mandate herself, it was recorded, and she told her manager afterwards.
    assertThat(r.escalation().beyondMandateSteps()).singleElement().satisfies(b -> {
      assertThat(b.level()).isEqualTo(LadderLevel.SUPERVISOR);
      assertThat(b.mandate().highestDirect()).isEqualTo(LadderLevel.FRONTLINE_OFFICIAL);
      assertThat(b.mandate().policy()).isEqualTo(MandatePolicy.ADVISORY);
      assertThat(b.reason()).isEqualTo(BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW);
    });
    assertThat(r.escalation().managerInformedAt()).contains(MrKStory.MANAGER_INFORMED_AT);
    assertThat(r.escalation().resolvedAt()).get().matches(at -> at.isBefore(MrKStory.MANAGER_INFORMED_AT));

    assertThat(r.proposals()).singleElement().satisfies(p -> {
      assertThat(p.cases()).hasSize(5).contains(CaseId.of("case-mr-k"));
      assertThat(p.refusalIds()).contains(ReferralId.of("ref-k-priority"));
      assertThat(p.trend()).isEqualTo(Trend.NEW);
    });
    // The check asks her to tell her manager (the step beyond the mandate, unreported), and proposes the signal.
    assertThat(r.findings()).extracting(f -> f.code())
        .containsExactlyInAnyOrder(FindingCode.ESCALATION_BEYOND_MANDATE, FindingCode.STRUCTURAL_SIGNAL_PROPOSED);
    assertThat(r.signal().observation().evidence().caseCount()).isEqualTo(5);

    String text = String.join("\n", t.lines());
    assertThat(text).contains("rejected [" + CaseCodes.NEED_STILL_OPEN + "]")
        .doesNotContain("rejected [" + EscalationCodes.BEYOND_MANDATE + "]")
        .contains("beyond the mandate", "manager-route-too-slow", "escalation.manager-informed")
        .contains("escalation.resolved", "priority-granted", "case.closed", "signal.raised")
        // Free text a professional wrote is never shown.
        .doesNotContain("age rule for priority dropped", "divorced working men without housing");
  }

  @Test
  void whereWelzijnWestHoldsAStrictMandateTheLibraryStopsMaartjeUntilHerManagerKnows() {
    Timeline t = new Timeline();
    MrKStory.Result r = MrKStory.run(t, MandatePolicy.STRICT);

    assertThat(r.escalation().outcome()).contains(Outcome.PRIORITY_GRANTED);
    assertThat(r.escalation().mandate().policy()).isEqualTo(MandatePolicy.STRICT);
    assertThat(r.escalation().beyondMandateSteps()).isEmpty();
    assertThat(r.escalation().managerInformedAt()).get()
        .matches(informed -> !informed.isAfter(r.escalation().steps().get(1).at()));
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(FindingCode.STRUCTURAL_SIGNAL_PROPOSED));
    assertThat(String.join("\n", t.lines())).contains("rejected [" + EscalationCodes.BEYOND_MANDATE + "]");
  }

  @Test
  void eachStoryReplaysFromItsEventsAndDecidesTheSameWay() {
    for (MandatePolicy policy : MandatePolicy.values()) {
      MrKStory.Result r = MrKStory.run(new Timeline(), policy);
      assertThat(Escalation.replay(r.escalationEvents())).as(policy.code()).isEqualTo(r.escalation());
    }
  }
}
