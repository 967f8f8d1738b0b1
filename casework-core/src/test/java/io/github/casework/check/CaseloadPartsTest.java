package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.directory.ClientProfile;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
import io.github.casework.id.CaseId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.SignalId;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A caseload holds each id once per list, and the part of a client's part that the caseload-wide rules read
 * ({@link CaseloadCheck#caseloadPart}) keeps what those rules need: the cases and escalations the gap rule reads,
 * the signals the signal rule reads.
 */
class CaseloadPartsTest {
  private static final Instant AT = Instant.parse("2026-11-10T09:00:00Z");

  /** Five divorced working men with the same housing gap, and Mr K, whose gap is under an open escalation. */
  private static Caseload gapCaseload() {
    Map<CaseId, ClientProfile> profiles = new HashMap<>();
    List<Case> cases = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Case c = GapStoriesTest.housingCase("case-divorced-" + i, "2026-11-0" + i + "T09:00:00Z");
      cases.add(c);
      profiles.put(c.id(), GapStoriesTest.DIVORCED_WORKING_MAN.toBuilder().age(45 + i).build());
    }
    Case mrK = GapStoriesTest.housingCase("case-mr-k", "2026-10-05T09:00:00Z");
    cases.add(mrK);
    profiles.put(mrK.id(), GapStoriesTest.DIVORCED_WORKING_MAN);
    Escalation open = Escalation.raise(EscalationId.of("esc-k"), EscalationSubject.need(mrK.id(),
        NeedId.of("need-housing"), LifeDomain.HOUSING), EscalationReason.REGULATORY_GAP,
        Target.of(GapStoriesTest.DIENST_WONEN), GapStoriesTest.MAARTJE,
        Mandates.of(List.of()).mandateOf(GapStoriesTest.MAARTJE), Route.DIRECT, Instant.parse("2026-10-12T10:00:00Z"))
        .state();
    return GapStoriesTest.caseload(cases, profiles, List.of(open));
  }

  @Test
  void theGapFindingsOfACheckSplitByClientAreThoseOfTheWholeCheck() {
    Caseload whole = gapCaseload();
    List<Finding> expected = GapStoriesTest.CHECK.run(whole, AT);
    // Five gaps and the recurring gap they make; none for Mr K while his escalation is open.
    assertThat(expected).filteredOn(f -> f.code() == FindingCode.NEED_REGULATORY_GAP).hasSize(5)
        .noneMatch(f -> f.subjects().contains(SubjectRef.of(CaseId.of("case-mr-k"))));
    assertThat(expected).filteredOn(f -> f.code() == FindingCode.RECURRING_GAP_PROPOSED).hasSize(1);

    List<Finding> split = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    List<Escalation> escalations = new ArrayList<>();
    for (Case c : whole.cases()) {
      List<Escalation> own = whole.escalations().stream().filter(e -> e.subject().caseId().equals(c.id())).toList();
      Caseload part = whole.withAggregates(List.of(c), List.of(), own, List.of());
      split.addAll(GapStoriesTest.CHECK.run(part, AT, RuleScope.CLIENT));
      Caseload gathered = GapStoriesTest.CHECK.caseloadPart(part);
      assertThat(gathered.cases()).containsExactly(c);
      assertThat(gathered.escalations()).isEqualTo(own);
      cases.addAll(gathered.cases());
      referrals.addAll(gathered.referrals());
      escalations.addAll(gathered.escalations());
    }
    split.addAll(GapStoriesTest.CHECK.run(whole.withAggregates(cases, referrals, escalations, List.of()), AT,
        RuleScope.CASELOAD));
    split.sort(Finding.ORDER);
    assertThat(split).isEqualTo(expected);
  }

  @Test
  void theCaseloadPartKeepsTheSignalsTheSignalRuleReads() {
    Instant raised = CaseloadCheckTest.MONDAY;
    Signal signal = CaseloadCheckTest.signal("sig-1", raised);
    Caseload withSignal = CaseloadCheckTest.world().signals(List.of(signal)).build();
    Caseload part = CaseloadCheckTest.CHECK.caseloadPart(withSignal);
    assertThat(part.signals()).containsExactly(signal);
    Instant later = CaseloadCheckTest.day(100);
    List<Finding> found = CaseloadCheckTest.CHECK.run(withSignal, later, RuleScope.CASELOAD);
    assertThat(found).as("an unanswered signal is a finding").isNotEmpty()
        .allMatch(f -> f.subjects().contains(SubjectRef.of(SignalId.of("sig-1"))));
    assertThat(CaseloadCheckTest.CHECK.run(part, later, RuleScope.CASELOAD)).isEqualTo(found);
  }

  @Test
  void anIdOccursOncePerList() {
    Case c = CaseloadCheckTest.welfareCase("case-1", CaseloadCheckTest.CLIENT, CaseloadCheckTest.MAARTJE.id(),
        LifeDomain.HOUSING);
    Referral r = CaseloadCheckTest.sent("ref-1", CaseloadCheckTest.CLIENT, "case-1", CaseloadCheckTest.WELFARE.id(),
        CaseloadCheckTest.DEBT.id(), LifeDomain.FINANCES, 0);
    Escalation e = CaseloadCheckTest.beyondTheMandate("esc-1", "case-1");
    Signal s = CaseloadCheckTest.signal("sig-1", CaseloadCheckTest.MONDAY);
    OutreachCase outreach = OutreachCase.open(OutreachId.of("VZ-1"), CaseloadCheckTest.WELFARE.id(), List.of(
        new EarlySignal(EarlySignalId.of("VS-1"), PartnerType.RENT, false, false, 100, LocalDate.of(2026, 8, 1),
            LocalDate.of(2026, 9, 1), Resident.atAddress("1102AB", 12, Optional.empty()))),
        CaseloadCheckTest.MONDAY).state();
    Map<String, UnaryOperator<Caseload.Builder>> twice = Map.of(
        "Caseload.cases", b -> b.cases(List.of(c, c)),
        "Caseload.referrals", b -> b.referrals(List.of(r, r)),
        "Caseload.escalations", b -> b.escalations(List.of(e, e)),
        "Caseload.signals", b -> b.signals(List.of(s, s)),
        "Caseload.agencies", b -> b.agencies(List.of(CaseloadCheckTest.WELFARE, CaseloadCheckTest.WELFARE)),
        "Caseload.professionals", b -> b.professionals(List.of(CaseloadCheckTest.MAARTJE,
            CaseloadCheckTest.MAARTJE)),
        "Caseload.outreach", b -> b.outreach(List.of(outreach, outreach)));
    twice.forEach((field, add) -> assertThatThrownBy(() -> add.apply(Caseload.builder()).build())
        .as(field).isInstanceOfSatisfying(InvalidValueException.class, ex -> {
          assertThat(ex.code()).isEqualTo(CheckCodes.CASELOAD_DUPLICATE_ID);
          assertThat(ex.field()).isEqualTo(field);
        }));
    // Each once is fine, and the same id text in two lists (a case and a referral may share one) too.
    Caseload once = Caseload.builder().cases(List.of(c)).referrals(List.of(r)).escalations(List.of(e))
        .signals(List.of(s)).build();
    assertThat(once.cases()).containsExactly(c);
  }
}
