package io.github.casework.signal;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link SignalDetector#detectMandates} against an independent oracle: per mandate, the distinct cases of
 * escalations that went beyond it, succeeded and were resolved on a date of the quarter in Amsterdam.
 */
class MandateProposalProperties {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final Quarter Q4 = Quarter.of(2026, 4);
  /** Two weeks before the quarter, so that some escalations are resolved before it. */
  static final Instant START = Instant.parse("2026-09-17T08:00:00Z");
  static final Target TARGET = new Target(AgencyId.of("dienst-wonen"), AgencyKind.HOUSING_SERVICE);

  /** One escalation as planned: whose mandate, whether it goes beyond it, how it ends and when. */
  record Planned(Mandate mandate, boolean beyond, Outcome outcome, boolean resolved, int caseNumber, long minutes) {}

  record Input(List<Planned> plans, int threshold, long shuffleSeed) {}

  static final Gen<Mandate> MANDATES = r -> Mandate.of(AgencyId.of(r.nextBoolean() ? "welzijn-west" : "welzijn-oost"),
      r.nextBoolean() ? Role.SOCIAL_WORKER : Role.DEBT_COUNSELLOR,
      r.nextBoolean() ? LadderLevel.FRONTLINE_OFFICIAL : LadderLevel.SUPERVISOR);

  static final Gen<Planned> PLANS = r -> new Planned(MANDATES.next(r), r.nextInt(4) != 0,
      Gen.oneOf(Outcome.EXCEPTION_GRANTED, Outcome.PRIORITY_GRANTED, Outcome.RULE_CHANGED, Outcome.REFUSED,
          Outcome.WITHDRAWN).next(r), r.nextInt(6) != 0, r.nextInt(6), r.nextInt(130 * 24 * 60));

  static final Gen<Input> INPUTS = r -> new Input(PLANS.listOf(0, 12).next(r), 1 + r.nextInt(4), r.nextLong());

  static Escalation build(int n, Planned p) {
    Instant raised = START.plusSeconds(60 * p.minutes());
    Professional worker = new Professional(ProfessionalId.of("sw-" + n), p.mandate().agency(), p.mandate().role());
    Escalation e = Escalation.raise(EscalationId.of("esc-" + n), EscalationSubject.need(CaseId.of("case-"
            + p.caseNumber()), NeedId.of("need-1"), LifeDomain.HOUSING), EscalationReason.RULE_CONFLICT, TARGET,
        worker, p.mandate(), Route.DIRECT, raised).state();
    e = p.beyond()
        ? e.decide(EscalationCommand.Climb.beyondMandate(LadderLevel.MANAGEMENT, ProfessionalId.of("dw-manager"),
            BeyondMandateReason.URGENT_NEED, raised.plusSeconds(60))).state()
        : e.decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, ProfessionalId.of("dw-official"),
            raised.plusSeconds(60))).state();
    return p.resolved()
        ? e.decide(new EscalationCommand.Resolve(p.outcome(), raised.plusSeconds(7 * 86_400))).state() : e;
  }

  @Test
  void proposalsAreExactlyTheMandatesWhoseSuccessesReachTheThresholdInDistinctCases() {
    Property.forAll("signal.mandate-proposals", INPUTS, input -> {
      List<Escalation> escalations = new ArrayList<>();
      for (int n = 0; n < input.plans().size(); n++) {
        escalations.add(build(n, input.plans().get(n)));
      }
      // The oracle, from the plans alone.
      Map<Mandate, Set<Integer>> successes = new HashMap<>();
      for (Planned p : input.plans()) {
        LocalDate resolvedOn = LocalDate.ofInstant(START.plusSeconds(60 * p.minutes() + 7 * 86_400), AMSTERDAM);
        boolean success = p.outcome() != Outcome.REFUSED && p.outcome() != Outcome.WITHDRAWN;
        if (p.beyond() && p.resolved() && success && Q4.contains(resolvedOn)) {
          successes.computeIfAbsent(p.mandate(), m -> new HashSet<>()).add(p.caseNumber());
        }
      }
      Map<Mandate, Integer> expected = new HashMap<>();
      successes.forEach((m, cases) -> {
        if (cases.size() >= input.threshold()) {
          expected.put(m, cases.size());
        }
      });

      SignalDetector detector = SignalDetector.of(5).withMandateThreshold(input.threshold());
      List<MandateProposal> proposals = detector.detectMandates(escalations, Q4);
      Map<Mandate, Integer> actual = new HashMap<>();
      for (MandateProposal p : proposals) {
        actual.put(p.mandate(), p.caseCount());
        assertThat(p.successCount()).isLessThanOrEqualTo(p.resolvedBeyondMandate());
        assertThat(p.highestReached()).isEqualTo(LadderLevel.MANAGEMENT);
      }
      assertThat(actual).isEqualTo(expected);
      for (int k = 1; k < proposals.size(); k++) {
        assertThat(proposals.get(k).caseCount()).isLessThanOrEqualTo(proposals.get(k - 1).caseCount());
      }
      // The order of the input does not matter; a lower threshold keeps every proposal.
      List<Escalation> shuffled = new ArrayList<>(escalations);
      Collections.shuffle(shuffled, new Random(input.shuffleSeed()));
      assertThat(detector.detectMandates(shuffled, Q4)).isEqualTo(proposals);
      if (input.threshold() > 1) {
        assertThat(detector.withMandateThreshold(input.threshold() - 1).detectMandates(escalations, Q4))
            .containsAll(proposals);
      }
    });
  }
}
