package io.github.casework.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.norm.TimeLimit;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Going beyond the mandate as the seed article means it: under the advisory policy (the default) Maartje may step
 * above her mandate on her own; the step is recorded with the mandate then in force and her reason, and she owes her
 * manager word of it within two working days. Under the strict policy the same step is refused, as before.
 */
class BeyondMandateTest {
  /** Friday 24 April 2026, 10:00 in Amsterdam; Monday 27 April is King's Day. */
  static final Instant FRIDAY = Instant.parse("2026-04-24T08:00:00Z");
  static final EscalationId ESC = EscalationId.of("esc-k");
  static final AgencyId WELFARE = AgencyId.of("welfare-west");
  static final Professional MAARTJE = new Professional(ProfessionalId.of("sw-maartje"), WELFARE, Role.SOCIAL_WORKER);
  static final Mandate ADVISORY = Mandate.of(WELFARE, Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL);
  static final Mandate STRICT = ADVISORY.withPolicy(MandatePolicy.STRICT);
  static final EscalationSubject SUBJECT = EscalationSubject.need(CaseId.of("case-k"), NeedId.of("need-housing"),
      LifeDomain.HOUSING).blockedBy(ReferralId.of("ref-k-priority"));
  static final Target DIENST_WONEN = new Target(AgencyId.of("dienst-wonen"), AgencyKind.HOUSING_SERVICE);
  static final ProfessionalId OFFICIAL = ProfessionalId.of("dw-official");
  static final ProfessionalId SENIOR = ProfessionalId.of("dw-senior-official");
  static final ProfessionalId DIRECTOR = ProfessionalId.of("dw-director");
  static final ServiceNorms NORMS = ServiceNorms.dutchDefaults();

  static Instant t(int minutes) {
    return FRIDAY.plusSeconds(60L * minutes);
  }

  static EscalationEvent.Raised raisedEvent(Mandate mandate, Route route) {
    return new EscalationEvent.Raised(ESC, SUBJECT, EscalationReason.DISPUTED_REFUSAL, DIENST_WONEN, MAARTJE.id(),
        mandate, route, t(-60));
  }

  /** Raised under the mandate, and the refusing official addressed (within every mandate here). */
  static Escalation atTheOfficial(Mandate mandate, Route route) {
    return Escalation.raise(ESC, SUBJECT, EscalationReason.DISPUTED_REFUSAL, DIENST_WONEN, MAARTJE, mandate, route,
        t(-60)).state().decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, t(-30))).state();
  }

  static EscalationCommand.Climb toSenior(Optional<BeyondMandateReason> reason) {
    return new EscalationCommand.Climb(LadderLevel.SUPERVISOR, SENIOR, reason, t(0));
  }

  @Test
  void theDefaultPolicyIsAdvisory() {
    assertThat(Mandate.of(WELFARE, Role.SOCIAL_WORKER, LadderLevel.SUPERVISOR).policy())
        .isEqualTo(MandatePolicy.ADVISORY);
    assertThat(new Mandate(WELFARE, Role.SOCIAL_WORKER, LadderLevel.SUPERVISOR).policy())
        .isEqualTo(MandatePolicy.ADVISORY);
    assertThat(Mandates.of(List.of()).mandateOf(MAARTJE).policy()).isEqualTo(MandatePolicy.ADVISORY);
    assertThat(Mandates.of(List.of(), LadderLevel.SUPERVISOR).fallbackPolicy()).isEqualTo(MandatePolicy.ADVISORY);
  }

  @Test
  void underAnAdvisoryMandateAStepBeyondItIsAcceptedAndRecordedWithTheMandateAndTheReason() {
    Escalation before = atTheOfficial(ADVISORY, Route.DIRECT);
    Escalation e = before.decide(EscalationCommand.Climb.beyondMandate(LadderLevel.SUPERVISOR, SENIOR,
        BeyondMandateReason.OFFICIAL_DEFERRED_UPWARD, t(0))).state();
    assertThat(e.currentLevel()).contains(LadderLevel.SUPERVISOR);
    assertThat(e.beyondMandateSteps()).containsExactly(new BeyondMandateStep(
        new Step(LadderLevel.SUPERVISOR, SENIOR, t(0)), ADVISORY, BeyondMandateReason.OFFICIAL_DEFERRED_UPWARD));
    assertThat(e.beyondMandateSteps().get(0).level()).isEqualTo(LadderLevel.SUPERVISOR);
    assertThat(e.beyondMandateSteps().get(0).at()).isEqualTo(t(0));
    assertThat(e.isManagerInformed()).isFalse();
    assertThat(e.toString()).contains("beyondMandate=1");
    // A second step while still uninformed is beyond the mandate too.
    Escalation higher = e.decide(EscalationCommand.Climb.beyondMandate(LadderLevel.MANAGEMENT, DIRECTOR,
        BeyondMandateReason.URGENT_NEED, t(60))).state();
    assertThat(higher.beyondMandateSteps()).extracting(BeyondMandateStep::level)
        .containsExactly(LadderLevel.SUPERVISOR, LadderLevel.MANAGEMENT);
    assertThat(before.beyondMandateSteps()).isEmpty();
  }

  @Test
  void underAStrictMandateTheSameStepIsRefusedWithTheOldCodeAndNothingChanges() {
    Escalation e = atTheOfficial(STRICT, Route.DIRECT);
    for (Optional<BeyondMandateReason> reason : List.of(Optional.<BeyondMandateReason>empty(),
        Optional.of(BeyondMandateReason.URGENT_NEED))) {
      assertThatThrownBy(() -> e.decide(toSenior(reason))).extracting(Rejections::code)
          .isEqualTo(EscalationCodes.BEYOND_MANDATE);
    }
    assertThat(e.currentLevel()).contains(LadderLevel.FRONTLINE_OFFICIAL);
    assertThat(e.version()).isEqualTo(2);
  }

  @Test
  void aStepBeyondTheMandateStatesWhyAndOnlySuchAStepDoes() {
    assertThatThrownBy(() -> atTheOfficial(ADVISORY, Route.DIRECT).decide(toSenior(Optional.empty())))
        .isInstanceOfSatisfying(RuleViolationException.class, x -> {
          assertThat(x.code()).isEqualTo(EscalationCodes.BEYOND_MANDATE_REASON_REQUIRED);
          assertThat(x.getMessage()).contains("supervisor", "frontline-official", "social-worker");
        });
    Optional<BeyondMandateReason> reason = Optional.of(BeyondMandateReason.URGENT_NEED);
    // Within the mandate:
    assertThatThrownBy(() -> Escalation.start(raisedEvent(ADVISORY, Route.DIRECT)).decide(
        new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, reason, t(0))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.NOT_BEYOND_MANDATE);
    // Above it, but via the own manager, or with the manager informed first:
    assertThatThrownBy(() -> atTheOfficial(ADVISORY, Route.VIA_OWN_MANAGER).decide(toSenior(reason)))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.NOT_BEYOND_MANDATE);
    Escalation informed = atTheOfficial(ADVISORY, Route.DIRECT)
        .decide(new EscalationCommand.InformManager(t(-1))).state();
    assertThatThrownBy(() -> informed.decide(toSenior(reason)))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.NOT_BEYOND_MANDATE);
    assertThat(informed.decide(toSenior(Optional.empty())).state().beyondMandateSteps()).isEmpty();
    assertThat(atTheOfficial(ADVISORY, Route.VIA_OWN_MANAGER).decide(toSenior(Optional.empty())).state()
        .beyondMandateSteps()).isEmpty();
  }

  @Test
  void replayDecidesByThePolicyRecordedWhenRaised() {
    EscalationEvent.Climbed official = new EscalationEvent.Climbed(ESC, LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL,
        t(-30));
    EscalationEvent.Climbed beyond = new EscalationEvent.Climbed(ESC, LadderLevel.SUPERVISOR, SENIOR,
        Optional.of(BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW), t(0));
    EscalationEvent.Climbed unmarked = new EscalationEvent.Climbed(ESC, LadderLevel.SUPERVISOR, SENIOR, t(0));
    EscalationEvent.Resolved granted = new EscalationEvent.Resolved(ESC, Outcome.PRIORITY_GRANTED, t(120));
    EscalationEvent.ManagerInformed informed = new EscalationEvent.ManagerInformed(ESC, t(180));

    // Advisory: the history replays to the state the commands made.
    Escalation decided = atTheOfficial(ADVISORY, Route.DIRECT).decide(EscalationCommand.Climb.beyondMandate(
        LadderLevel.SUPERVISOR, SENIOR, BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, t(0))).state();
    assertThat(Escalation.replay(List.of(raisedEvent(ADVISORY, Route.DIRECT), official, beyond)))
        .isEqualTo(decided);
    Escalation replayed = Escalation.replay(List.of(raisedEvent(ADVISORY, Route.DIRECT), official, beyond, granted,
        informed));
    assertThat(replayed.beyondMandateSteps()).hasSize(1);
    assertThat(replayed.managerInformedAt()).contains(t(180));
    // Strict: the same history is refused, marked or not.
    for (EscalationEvent.Climbed step : List.of(beyond, unmarked)) {
      assertThatThrownBy(() -> Escalation.replay(List.of(raisedEvent(STRICT, Route.DIRECT), official, step)))
          .extracting(Rejections::code).isEqualTo(EscalationCodes.BEYOND_MANDATE);
    }
    // Advisory: a step beyond the mandate without its mark is refused, and a mark on a step that is not beyond.
    assertThatThrownBy(() -> Escalation.replay(List.of(raisedEvent(ADVISORY, Route.DIRECT), official, unmarked)))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.BEYOND_MANDATE_REASON_REQUIRED);
    assertThatThrownBy(() -> Escalation.replay(List.of(raisedEvent(ADVISORY, Route.VIA_OWN_MANAGER), official,
        beyond))).extracting(Rejections::code).isEqualTo(EscalationCodes.NOT_BEYOND_MANDATE);
  }

  @Test
  void informingTheManagerAfterTheStepDoesNotUndoItButLaterStepsAreNoLongerBeyond() {
    Escalation e = atTheOfficial(ADVISORY, Route.DIRECT).decide(EscalationCommand.Climb.beyondMandate(
        LadderLevel.SUPERVISOR, SENIOR, BeyondMandateReason.URGENT_NEED, t(0))).state()
        .decide(new EscalationCommand.InformManager(t(10))).state();
    assertThat(e.beyondMandateSteps()).extracting(BeyondMandateStep::at).containsExactly(t(0));
    assertThat(e.isManagerInformed()).isTrue();
    Escalation after = e.decide(new EscalationCommand.Climb(LadderLevel.MANAGEMENT, DIRECTOR, t(20))).state();
    assertThat(after.beyondMandateSteps()).hasSize(1);
    assertThatThrownBy(() -> e.decide(EscalationCommand.Climb.beyondMandate(LadderLevel.MANAGEMENT, DIRECTOR,
        BeyondMandateReason.URGENT_NEED, t(20)))).extracting(Rejections::code)
        .isEqualTo(EscalationCodes.NOT_BEYOND_MANDATE);
  }

  @Test
  void afterTheOutcomeOnlyInformingTheManagerOfAStepBeyondTheMandateIsAccepted() {
    Escalation resolved = atTheOfficial(ADVISORY, Route.DIRECT).decide(EscalationCommand.Climb.beyondMandate(
        LadderLevel.SUPERVISOR, SENIOR, BeyondMandateReason.URGENT_NEED, t(0))).state()
        .decide(new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, t(60))).state();
    assertThatThrownBy(() -> resolved.decide(new EscalationCommand.InformManager(t(59))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.OUT_OF_ORDER);
    Escalation informed = resolved.decide(new EscalationCommand.InformManager(t(90))).state();
    assertThat(informed.outcome()).contains(Outcome.PRIORITY_GRANTED);
    assertThat(informed.resolvedAt()).contains(t(60));
    assertThat(informed.lastChangedAt()).isEqualTo(t(90));
    assertThat(informed.version()).isEqualTo(resolved.version() + 1);
    // Once informed, or without a step beyond the mandate, a resolved escalation accepts nothing.
    assertThatThrownBy(() -> informed.decide(new EscalationCommand.InformManager(t(100))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.RESOLVED);
    Escalation within = atTheOfficial(ADVISORY, Route.DIRECT)
        .decide(new EscalationCommand.Resolve(Outcome.REFUSED, t(60))).state();
    assertThatThrownBy(() -> within.decide(new EscalationCommand.InformManager(t(90))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.RESOLVED);
    assertThatThrownBy(() -> resolved.decide(new EscalationCommand.Climb(LadderLevel.MANAGEMENT, DIRECTOR, t(90))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.RESOLVED);
  }

  @Test
  void theManagerIsDueWordWithinTwoWorkingDaysCountedOnTheDutchCalendar() {
    Escalation e = atTheOfficial(ADVISORY, Route.DIRECT).decide(EscalationCommand.Climb.beyondMandate(
        LadderLevel.SUPERVISOR, SENIOR, BeyondMandateReason.URGENT_NEED, t(0))).state();
    // Friday 24 April; Monday 27 April is King's Day: Tuesday and Wednesday are the two working days.
    Instant due = Instant.parse("2026-04-29T22:00:00Z");
    assertThat(e.informManagerDue(NORMS)).contains(due);
    assertThat(e.informManagerDueDate(NORMS)).contains(LocalDate.of(2026, 4, 29));
    assertThat(e.isInformManagerOverdue(NORMS, due)).isFalse();
    assertThat(e.isInformManagerOverdue(NORMS, due.plusSeconds(1))).isTrue();
    // Counted from the first step beyond the mandate, not a later one.
    Escalation later = e.decide(EscalationCommand.Climb.beyondMandate(LadderLevel.MANAGEMENT, DIRECTOR,
        BeyondMandateReason.URGENT_NEED, Instant.parse("2026-04-28T08:00:00Z"))).state();
    assertThat(later.informManagerDue(NORMS)).contains(due);
    // Another norm counts differently.
    assertThat(e.informManagerDueDate(NORMS.withInformManager(TimeLimit.workingDays(5))))
        .contains(LocalDate.of(2026, 5, 4));
    assertThat(NORMS.informManager()).isEqualTo(TimeLimit.workingDays(2));
    assertThat(NORMS.withInformManager(TimeLimit.workingDays(2))).isSameAs(NORMS);
  }

  @Test
  void informingLaterThanTheQuestionDoesNotCountAtTheQuestion() {
    Escalation e = atTheOfficial(ADVISORY, Route.DIRECT).decide(EscalationCommand.Climb.beyondMandate(
        LadderLevel.SUPERVISOR, SENIOR, BeyondMandateReason.URGENT_NEED, t(0))).state()
        .decide(new EscalationCommand.InformManager(Instant.parse("2026-05-06T08:00:00Z"))).state();
    assertThat(e.isInformManagerOverdue(NORMS, Instant.parse("2026-05-01T08:00:00Z"))).isTrue();
    assertThat(e.isInformManagerOverdue(NORMS, Instant.parse("2026-05-06T08:00:00Z"))).isFalse();
    assertThat(e.informManagerDue(NORMS)).contains(Instant.parse("2026-04-29T22:00:00Z"));
  }

  @Test
  void noStepBeyondTheMandateMeansNoDuty() {
    Escalation within = atTheOfficial(ADVISORY, Route.DIRECT);
    assertThat(within.informManagerDue(NORMS)).isEmpty();
    assertThat(within.informManagerDueDate(NORMS)).isEmpty();
    assertThat(within.isInformManagerOverdue(NORMS, Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
  }

  @Test
  void policiesReasonsAndMandatesHaveStableCodesAndValueEquality() {
    for (MandatePolicy p : MandatePolicy.values()) {
      assertThat(MandatePolicy.ofCode(p.code())).isEqualTo(p);
    }
    for (BeyondMandateReason r : BeyondMandateReason.values()) {
      assertThat(BeyondMandateReason.ofCode(r.code())).isEqualTo(r);
    }
    assertThat(MandatePolicy.ADVISORY.code()).isEqualTo("advisory");
    assertThat(MandatePolicy.STRICT.code()).isEqualTo("strict");
    assertThatThrownBy(() -> MandatePolicy.ofCode("soft")).extracting(Rejections::code)
        .isEqualTo(EscalationCodes.MANDATE_POLICY_UNKNOWN);
    assertThatThrownBy(() -> BeyondMandateReason.ofCode("because")).extracting(Rejections::code)
        .isEqualTo(EscalationCodes.BEYOND_MANDATE_REASON_UNKNOWN);
    assertThat(ADVISORY.withPolicy(MandatePolicy.ADVISORY)).isSameAs(ADVISORY);
    new EqualsTester()
        .addEqualityGroup(ADVISORY, Mandate.of(WELFARE, Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL,
            MandatePolicy.ADVISORY))
        .addEqualityGroup(STRICT)
        .addEqualityGroup(Mandates.of(List.of(ADVISORY)), Mandates.of(List.of(ADVISORY),
            LadderLevel.FRONTLINE_OFFICIAL, MandatePolicy.ADVISORY))
        .addEqualityGroup(Mandates.of(List.of(ADVISORY), LadderLevel.FRONTLINE_OFFICIAL, MandatePolicy.STRICT))
        .testEquals();
    Mandates strictTable = Mandates.of(List.of(STRICT), LadderLevel.SUPERVISOR, MandatePolicy.STRICT);
    assertThat(strictTable.mandateOf(MAARTJE)).isEqualTo(STRICT);
    assertThat(strictTable.mandateOf(WELFARE, Role.TEAM_LEAD))
        .isEqualTo(Mandate.of(WELFARE, Role.TEAM_LEAD, LadderLevel.SUPERVISOR, MandatePolicy.STRICT));
    assertThat(strictTable.toString()).contains("fallbackPolicy=strict");
  }

  @Test
  void aBeyondMandateStepLiesAboveItsMandate() {
    assertThatThrownBy(() -> new BeyondMandateStep(new Step(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, t(0)),
        ADVISORY, BeyondMandateReason.URGENT_NEED)).isInstanceOfSatisfying(InvalidValueException.class,
            x -> assertThat(x.code()).isEqualTo(EscalationCodes.NOT_BEYOND_MANDATE));
  }

  @Test
  void successIsAnExceptionAPriorityOrAChangedRule() {
    assertThat(List.of(Outcome.values())).filteredOn(Outcome::isSuccess)
        .containsExactly(Outcome.EXCEPTION_GRANTED, Outcome.PRIORITY_GRANTED, Outcome.RULE_CHANGED);
  }
}
