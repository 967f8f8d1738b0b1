package io.github.casework.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.LifeDomain;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * "Een breder mandaat": when social workers at one agency went beyond their mandate for enough clients in a quarter
 * and it worked, the detector proposes widening that mandate, with the counts as evidence.
 */
class MandateProposalTest {
  static final Quarter Q4 = Quarter.of(2026, 4);
  static final AgencyId WELFARE = AgencyId.of("welzijn-west");
  static final Mandate MANDATE = Mandate.of(WELFARE, Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL);
  static final Target DIENST_WONEN = new Target(AgencyId.of("dienst-wonen"), AgencyKind.HOUSING_SERVICE);
  static final Instant START = Instant.parse("2026-10-05T08:00:00Z");

  /** The n-th client's escalation: beyond the mandate to {@code level}, resolved with {@code outcome}. */
  static Escalation escalation(int n, String caseId, Mandate mandate, LadderLevel level, Outcome outcome,
      Instant resolvedAt) {
    Professional worker = new Professional(ProfessionalId.of("sw-" + n % 3), mandate.agency(), mandate.role());
    Instant at = resolvedAt.minusSeconds(7 * 86_400);
    return Escalation.raise(EscalationId.of("esc-" + n), EscalationSubject.need(CaseId.of(caseId),
            NeedId.of("need-housing"), LifeDomain.HOUSING), EscalationReason.RULE_CONFLICT, DIENST_WONEN, worker,
            mandate, Route.DIRECT, at).state()
        .decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, ProfessionalId.of("dw-official"),
            at.plusSeconds(60))).state()
        .decide(EscalationCommand.Climb.beyondMandate(level, ProfessionalId.of("dw-senior"),
            BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, at.plusSeconds(120))).state()
        .decide(new EscalationCommand.Resolve(outcome, resolvedAt)).state();
  }

  static List<Escalation> successes(int count) {
    List<Escalation> out = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      out.add(escalation(n, "case-" + n, MANDATE, n == 2 ? LadderLevel.MANAGEMENT : LadderLevel.SUPERVISOR,
          n % 2 == 0 ? Outcome.PRIORITY_GRANTED : Outcome.EXCEPTION_GRANTED,
          START.plusSeconds(86_400L * 7 * n)));
    }
    return out;
  }

  @Test
  void threeSuccessesBeyondTheMandateProposeWideningItWithTheirEvidence() {
    SignalDetector detector = SignalDetector.of(5);
    assertThat(detector.mandateThreshold()).isEqualTo(SignalDetector.DEFAULT_MANDATE_THRESHOLD).isEqualTo(3);
    List<Escalation> input = new ArrayList<>(successes(3));
    // A refusal upheld and a withdrawal beyond the same mandate count as attempts, not as successes.
    input.add(escalation(4, "case-4", MANDATE, LadderLevel.SUPERVISOR, Outcome.REFUSED, START.plusSeconds(86_400L)));
    input.add(escalation(5, "case-5", MANDATE, LadderLevel.SUPERVISOR, Outcome.WITHDRAWN,
        START.plusSeconds(86_400L * 2)));
    Collections.reverse(input);

    assertThat(detector.detectMandates(input, Q4)).singleElement().satisfies(p -> {
      assertThat(p.mandate()).isEqualTo(MANDATE);
      assertThat(p.period()).isEqualTo(Q4);
      assertThat(p.successCount()).isEqualTo(3);
      assertThat(p.caseCount()).isEqualTo(3);
      assertThat(p.resolvedBeyondMandate()).isEqualTo(5);
      assertThat(p.highestReached()).isEqualTo(LadderLevel.MANAGEMENT);
      assertThat(p.succeeded()).containsExactly(EscalationId.of("esc-1"), EscalationId.of("esc-2"),
          EscalationId.of("esc-3"));
      assertThat(p.cases()).containsExactly(CaseId.of("case-1"), CaseId.of("case-2"), CaseId.of("case-3"));
    });
    // The order of the input does not matter.
    List<Escalation> shuffled = new ArrayList<>(input);
    Collections.shuffle(shuffled, new Random(7));
    assertThat(detector.detectMandates(shuffled, Q4)).isEqualTo(detector.detectMandates(input, Q4));
  }

  @Test
  void twoSuccessesAreNotYetAPattern() {
    assertThat(SignalDetector.of(5).detectMandates(successes(2), Q4)).isEmpty();
    assertThat(SignalDetector.of(5).withMandateThreshold(2).detectMandates(successes(2), Q4)).hasSize(1);
  }

  @Test
  void theThresholdCountsDistinctCasesAndAnEscalationGivenTwiceOnce() {
    List<Escalation> sameClient = new ArrayList<>(successes(2));
    sameClient.add(escalation(3, "case-1", MANDATE, LadderLevel.SUPERVISOR, Outcome.RULE_CHANGED,
        START.plusSeconds(86_400L * 30)));
    assertThat(SignalDetector.of(5).detectMandates(sameClient, Q4)).isEmpty();
    List<Escalation> twice = new ArrayList<>(successes(2));
    twice.addAll(successes(2));
    assertThat(SignalDetector.of(5).withMandateThreshold(2).detectMandates(twice, Q4)).singleElement()
        .satisfies(p -> assertThat(p.resolvedBeyondMandate()).isEqualTo(2));
    Escalation other = escalation(1, "case-9", MANDATE, LadderLevel.SUPERVISOR, Outcome.REFUSED,
        START.plusSeconds(86_400L * 30));
    assertThatThrownBy(() -> SignalDetector.of(5).detectMandates(List.of(successes(1).get(0), other), Q4))
        .extracting(Rejections::code).isEqualTo(SignalCodes.CONFLICTING_ESCALATION);
  }

  @Test
  void onlyEscalationsResolvedInTheQuarterBeyondTheSameMandateCount() {
    List<Escalation> input = new ArrayList<>(successes(2));
    // Resolved in the previous quarter.
    input.add(escalation(3, "case-3", MANDATE, LadderLevel.SUPERVISOR, Outcome.PRIORITY_GRANTED,
        Instant.parse("2026-09-30T12:00:00Z")));
    // Another role's mandate, and another agency's.
    input.add(escalation(4, "case-4", Mandate.of(WELFARE, Role.DEBT_COUNSELLOR, LadderLevel.FRONTLINE_OFFICIAL),
        LadderLevel.SUPERVISOR, Outcome.PRIORITY_GRANTED, START.plusSeconds(86_400L * 40)));
    input.add(escalation(5, "case-5", Mandate.of(AgencyId.of("elders"), Role.SOCIAL_WORKER,
        LadderLevel.FRONTLINE_OFFICIAL), LadderLevel.SUPERVISOR, Outcome.PRIORITY_GRANTED,
        START.plusSeconds(86_400L * 40)));
    // Within the mandate (via the own manager) and open.
    Professional w = new Professional(ProfessionalId.of("sw-1"), WELFARE, Role.SOCIAL_WORKER);
    input.add(Escalation.raise(EscalationId.of("esc-6"), EscalationSubject.need(CaseId.of("case-6"),
            NeedId.of("need-housing"), LifeDomain.HOUSING), EscalationReason.RULE_CONFLICT, DIENST_WONEN, w, MANDATE,
            Route.VIA_OWN_MANAGER, START).state()
        .decide(new EscalationCommand.Climb(LadderLevel.EXECUTIVE, ProfessionalId.of("dw-director"),
            START.plusSeconds(60))).state()
        .decide(new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, START.plusSeconds(86_400L))).state());
    input.add(Escalation.raise(EscalationId.of("esc-7"), EscalationSubject.need(CaseId.of("case-7"),
            NeedId.of("need-housing"), LifeDomain.HOUSING), EscalationReason.RULE_CONFLICT, DIENST_WONEN, w, MANDATE,
            Route.DIRECT, START).state()
        .decide(EscalationCommand.Climb.beyondMandate(LadderLevel.SUPERVISOR, ProfessionalId.of("dw-senior"),
            BeyondMandateReason.URGENT_NEED, START.plusSeconds(60))).state());
    assertThat(SignalDetector.of(5).detectMandates(input, Q4)).isEmpty();
    assertThat(SignalDetector.of(5).detectMandates(input, Q4.previous())).isEmpty();
    assertThat(SignalDetector.of(5).withMandateThreshold(1).detectMandates(input, Q4)).hasSize(3)
        .extracting(p -> p.mandate().agency().value() + "/" + p.mandate().role().code() + "/" + p.caseCount())
        .containsExactly("welzijn-west/social-worker/2", "elders/social-worker/1", "welzijn-west/debt-counsellor/1");
  }

  @Test
  void theThresholdIsAtLeastOneAndTheProposalKeepsItsCountsConsistent() {
    assertThatThrownBy(() -> SignalDetector.of(5).withMandateThreshold(0)).extracting(Rejections::code)
        .isEqualTo(SignalCodes.DETECTOR_MANDATE_THRESHOLD);
    SignalDetector d = SignalDetector.of(5);
    assertThat(d.withMandateThreshold(3)).isSameAs(d);
    assertThat(d.withMandateThreshold(4).toString()).contains("mandateThreshold=4");
    List<EscalationId> one = List.of(EscalationId.of("esc-1"));
    List<CaseId> oneCase = List.of(CaseId.of("case-1"));
    assertThat(MandateProposal.of(MANDATE, Q4, LadderLevel.SUPERVISOR, 1, one, oneCase).successCount()).isEqualTo(1);
    assertThatThrownBy(() -> MandateProposal.of(MANDATE, Q4, LadderLevel.SUPERVISOR, 0, one, oneCase))
        .extracting(Rejections::code).isEqualTo(SignalCodes.MANDATE_PROPOSAL_COUNTS);
    assertThatThrownBy(() -> MandateProposal.of(MANDATE, Q4, LadderLevel.SUPERVISOR, 1, List.of(), oneCase))
        .extracting(Rejections::code).isEqualTo(SignalCodes.MANDATE_PROPOSAL_COUNTS);
    assertThatThrownBy(() -> MandateProposal.of(MANDATE, Q4, LadderLevel.SUPERVISOR, 1, one, List.of()))
        .extracting(Rejections::code).isEqualTo(SignalCodes.MANDATE_PROPOSAL_COUNTS);
    assertThatThrownBy(() -> MandateProposal.of(MANDATE, Q4, LadderLevel.SUPERVISOR, 2, one,
        List.of(CaseId.of("case-1"), CaseId.of("case-2")))).extracting(Rejections::code)
        .isEqualTo(SignalCodes.MANDATE_PROPOSAL_COUNTS);
    assertThatThrownBy(() -> MandateProposal.of(MANDATE, Q4, LadderLevel.FRONTLINE_OFFICIAL, 1, one, oneCase))
        .extracting(Rejections::code).isEqualTo(SignalCodes.MANDATE_PROPOSAL_LEVEL);
  }
}
