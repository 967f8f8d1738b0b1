package io.github.casework.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.CaseStatus;
import io.github.casework.check.FindingCode;
import io.github.casework.check.FindingText;
import io.github.casework.check.Severity;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.MandatePolicy;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Step;
import io.github.casework.id.CaseId;
import io.github.casework.id.ReferralId;
import io.github.casework.signal.Trend;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MrKStoryTest {
  @Test
  void mrKIsGrantedPriorityAfterMaartjeGoesHigherInTheServiceHerselfAndFiveMenBecomeOneSignal() {
    Timeline t = new Timeline(Locale.ENGLISH);
    MrKStory.Result r = MrKStory.run(t);

    assertThat(r.mrK().status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(r.mrK().needs()).extracting(n -> n.domain().code()).containsExactlyInAnyOrder("finances", "housing");
    assertThat(r.escalation().outcome()).contains(Outcome.PRIORITY_GRANTED);
    assertThat(r.escalation().isIncident()).isTrue();
    assertThat(r.escalation().steps()).extracting(Step::level)
        .containsExactly(LadderLevel.FRONTLINE_OFFICIAL, LadderLevel.SUPERVISOR);
    // As in the article: she went beyond her mandate herself, it was recorded, and she told her manager afterwards,
    // when the check reminded her.
    assertThat(r.escalation().beyondMandateSteps()).singleElement().satisfies(b -> {
      assertThat(b.level()).isEqualTo(LadderLevel.SUPERVISOR);
      assertThat(b.mandate().highestDirect()).isEqualTo(LadderLevel.FRONTLINE_OFFICIAL);
      assertThat(b.mandate().policy()).isEqualTo(MandatePolicy.ADVISORY);
      assertThat(b.reason()).isEqualTo(BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW);
    });
    assertThat(r.escalation().managerInformedAt()).contains(MrKStory.MANAGER_INFORMED_AT);
    assertThat(MrKStory.MANAGER_REMINDED_AT).isBefore(MrKStory.MANAGER_INFORMED_AT);

    assertThat(r.proposals()).singleElement().satisfies(p -> {
      assertThat(p.cases()).hasSize(5).contains(CaseId.of("case-mr-k"));
      assertThat(p.refusalIds()).contains(ReferralId.of("ref-k-priority"));
      assertThat(p.trend()).isEqualTo(Trend.NEW);
    });
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(FindingCode.STRUCTURAL_SIGNAL_PROPOSED));
    assertThat(r.signal().observation().evidence().caseCount()).isEqualTo(5);

    String text = String.join("\n", t.lines()).replaceAll("\\s+", " ");
    // The article's facts: the separation, the shed, the ending Wsnp, the ex-wife's benefit, Maartje's choice.
    assertThat(text).contains("from bed and board", "garden shed", "Wsnp", "her benefit", "via her manager",
        "She takes the risk", "a step beyond her mandate", "her reason: via her manager it would take too long",
        FindingText.english().title(FindingCode.ESCALATION_BEYOND_MANDATE), "Maartje informs her own manager.",
        "Result: priority is granted", "The case is closed: the goals are reached.",
        FindingText.english().severity(Severity.INFO) + ": "
            + FindingText.english().title(FindingCode.STRUCTURAL_SIGNAL_PROPOSED),
        "incident with an incidental solution");
    assertThat(text).contains("refused", "the housing need is still open");
    // Times carry their zone; no developer codes in the event lines.
    assertThat(text).contains("Mon 5 Oct 10:30 CEST", "Tue 3 Nov 16:00 CET");
    assertThat(text).doesNotContain("referral.", "case.opened", "case.closed", "escalation.", "legal-basis", ": true",
        "sw-maartje", "dienst-wonen");
    // Free text a professional wrote is never shown.
    assertThat(text).doesNotContain("age rule for priority dropped", "divorced working men without housing");
  }

  @Test
  void inDutchTheSameFactsAreTold() {
    Timeline t = new Timeline(Locale.forLanguageTag("nl"));
    MrKStory.run(t);
    String text = String.join("\n", t.lines()).replaceAll("\\s+", " ");
    assertThat(text).contains("van tafel en bed", "tuinhuisje", "Wsnp", "haar uitkering", "via haar manager",
        "Zij neemt het risico", "een stap boven haar mandaat", "Maartje licht haar eigen manager in.",
        "Resultaat: voorrang wordt toegekend", "ma 5 okt 10:30 CEST",
        FindingText.dutch().severity(Severity.INFO) + ": "
            + FindingText.dutch().title(FindingCode.STRUCTURAL_SIGNAL_PROPOSED),
        "incident met een incidentele oplossing");
  }

  @Test
  void whereWelzijnWestHoldsAStrictMandateTheLibraryStopsMaartjeUntilHerManagerKnows() {
    Timeline t = new Timeline(Locale.ENGLISH);
    MrKStory.Result r = MrKStory.run(t, MandatePolicy.STRICT);

    assertThat(r.escalation().outcome()).contains(Outcome.PRIORITY_GRANTED);
    assertThat(r.escalation().mandate().policy()).isEqualTo(MandatePolicy.STRICT);
    assertThat(r.escalation().beyondMandateSteps()).isEmpty();
    assertThat(r.escalation().managerInformedAt()).get()
        .matches(informed -> !informed.isAfter(r.escalation().steps().get(1).at()));
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(FindingCode.STRUCTURAL_SIGNAL_PROPOSED));
    assertThat(String.join("\n", t.lines()).replaceAll("\\s+", " "))
        .contains("refused", "Welzijn West's mandate is strict")
        .doesNotContain("a step beyond her mandate");
  }

  @Test
  void eachStoryReplaysFromItsEventsAndDecidesTheSameWay() {
    for (MandatePolicy policy : MandatePolicy.values()) {
      MrKStory.Result r = MrKStory.run(new Timeline(), policy);
      assertThat(Escalation.replay(r.escalationEvents())).as(policy.code()).isEqualTo(r.escalation());
    }
  }
}
