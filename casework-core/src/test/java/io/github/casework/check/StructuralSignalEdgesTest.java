package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Role;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Evidence;
import io.github.casework.signal.Observation;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Signal;
import io.github.casework.signal.Topic;
import io.github.casework.signal.Trend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A proposed structural signal names the cases, refusals and escalations it stands on, and only a signal of the same quarter,
 * area and life domain already covers it.
 */
class StructuralSignalEdgesTest {

  private static Caseload.Builder fiveRefusals() {
    List<Referral> refusals = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ClientId man = ClientId.of("man-" + i);
      refusals.add(CaseloadCheckTest.apply(CaseloadCheckTest.sent("prio-" + i, man, "case-" + i,
          CaseloadCheckTest.WELFARE.id(), CaseloadCheckTest.HOUSING.id(), LifeDomain.HOUSING, i),
          new ReferralCommand.Refuse(new Refusal.NotEligible("age rule for priority after divorce dropped"),
              CaseloadCheckTest.day(i + 1))));
      cases.add(CaseloadCheckTest.welfareCase("case-" + i, man, CaseloadCheckTest.MAARTJE.id(), LifeDomain.HOUSING));
    }
    Map<CaseId, Area> west = new HashMap<>();
    cases.forEach(c -> west.put(c.id(), Area.of("west")));
    return CaseloadCheckTest.world().cases(cases).referrals(refusals).areas(west);
  }

  private static Signal signalAbout(String id, Area area, LifeDomain domain, Instant at) {
    Observation o = new Observation(Quarter.containing(at, ServiceNorms.dutchDefaults().zone()), area,
        Topic.of(domain, "divorced working men"), Trend.INCREASING, Evidence.ofCounts(5, 1, 4));
    return Signal.raise(SignalId.of(id), List.of(CaseloadCheckTest.MAARTJE.id()),
        Addressee.of(CaseloadCheckTest.WELFARE.id(), Role.MANAGER), o, at).state();
  }

  @Test
  void theProposalNamesEachCaseItStandsOn() {
    List<Finding> found = CaseloadCheckTest.run(fiveRefusals().build(), CaseloadCheckTest.day(10));
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.STRUCTURAL_SIGNAL_PROPOSED);
      assertThat(f.subjects()).filteredOn(s -> s.kind() == SubjectRef.Kind.CASE).hasSize(5)
          .contains(SubjectRef.of(CaseId.of("case-1")), SubjectRef.of(CaseId.of("case-5")));
    });
  }

  @Test
  void theProposalNamesEachRefusalItCounts() {
    List<Finding> found = CaseloadCheckTest.run(fiveRefusals().build(), CaseloadCheckTest.day(10));
    assertThat(found).singleElement().satisfies(f -> assertThat(f.subjects())
        .filteredOn(s -> s.kind() == SubjectRef.Kind.REFERRAL)
        .containsExactly(SubjectRef.of(ReferralId.of("prio-1")), SubjectRef.of(ReferralId.of("prio-2")),
            SubjectRef.of(ReferralId.of("prio-3")), SubjectRef.of(ReferralId.of("prio-4")),
            SubjectRef.of(ReferralId.of("prio-5"))));
  }

  @Test
  void theProposalNamesEachEscalationItCounts() {
    List<Escalation> escalations = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      escalations.add(Escalation.raise(EscalationId.of("esc-" + i), EscalationSubject.need(CaseId.of("case-" + i),
              NeedId.of("need-1"), LifeDomain.HOUSING), EscalationReason.RULE_CONFLICT,
          Target.of(CaseloadCheckTest.HOUSING), CaseloadCheckTest.MAARTJE, CaseloadCheckTest.ADVISORY, Route.DIRECT,
          CaseloadCheckTest.day(i)).state());
    }
    List<Finding> found = CaseloadCheckTest.run(CaseloadCheckTest.world().escalations(escalations).build(),
        CaseloadCheckTest.day(10));
    assertThat(found).filteredOn(f -> f.code() == FindingCode.STRUCTURAL_SIGNAL_PROPOSED).singleElement()
        .satisfies(f -> {
          assertThat(f.subjects()).filteredOn(s -> s.kind() == SubjectRef.Kind.ESCALATION).containsExactly(
              SubjectRef.of(EscalationId.of("esc-1")), SubjectRef.of(EscalationId.of("esc-2")),
              SubjectRef.of(EscalationId.of("esc-3")), SubjectRef.of(EscalationId.of("esc-4")),
              SubjectRef.of(EscalationId.of("esc-5")));
          assertThat(f.subjects()).filteredOn(s -> s.kind() == SubjectRef.Kind.CASE).hasSize(5);
          assertThat(f.subjects()).filteredOn(s -> s.kind() == SubjectRef.Kind.REFERRAL).isEmpty();
        });
  }

  @Test
  void theFirstQuarterTheCheckCanNameHasNoQuarterBeforeItAndIsJudgedWithoutFailing() {
    // The refusals' window reaches back into the quarter before, except in the first quarter, which has none.
    Instant first = Quarter.MIN.start(ServiceNorms.dutchDefaults().zone());
    assertThat(CaseloadCheckTest.run(CaseloadCheckTest.world().build(), first)).isEmpty();
    assertThat(CaseloadCheckTest.run(fiveRefusals().build(), first.plusSeconds(86_400))).isEmpty();
  }

  @Test
  void onlyASignalOfTheSameQuarterAreaAndDomainCoversIt() {
    Instant day9 = CaseloadCheckTest.day(9);
    for (Signal other : List.of(signalAbout("sig-oost", Area.of("oost"), LifeDomain.HOUSING, day9),
        signalAbout("sig-debt", Area.of("west"), LifeDomain.FINANCES, day9))) {
      assertThat(CaseloadCheckTest.run(fiveRefusals().signals(List.of(other)).build(), CaseloadCheckTest.day(10)))
          .as(other.id().value()).extracting(Finding::code).contains(FindingCode.STRUCTURAL_SIGNAL_PROPOSED);
    }
    Signal same = signalAbout("sig-west", Area.of("west"), LifeDomain.HOUSING, day9);
    assertThat(CaseloadCheckTest.run(fiveRefusals().signals(List.of(same)).build(), CaseloadCheckTest.day(10)))
        .extracting(Finding::code).doesNotContain(FindingCode.STRUCTURAL_SIGNAL_PROPOSED);
  }
}
