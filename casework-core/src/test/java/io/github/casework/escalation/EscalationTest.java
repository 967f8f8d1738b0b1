package io.github.casework.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.VersionConflictException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationTest {
  static final Instant T0 = Instant.parse("2026-10-21T09:00:00Z");
  static final EscalationId ESC = EscalationId.of("esc-k");
  static final AgencyId WELFARE = AgencyId.of("welfare-west");
  static final Professional MAARTJE = new Professional(ProfessionalId.of("sw-maartje"), WELFARE, Role.SOCIAL_WORKER);
  static final Mandate UP_TO_FRONTLINE = Mandate.of(WELFARE, Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL);
  static final Mandate STRICTLY_UP_TO_FRONTLINE = UP_TO_FRONTLINE.withPolicy(MandatePolicy.STRICT);
  static final EscalationSubject SUBJECT = EscalationSubject.need(CaseId.of("case-k"), NeedId.of("need-housing"),
      LifeDomain.HOUSING).blockedBy(ReferralId.of("ref-k-priority"));
  static final Target DIENST_WONEN = new Target(AgencyId.of("dienst-wonen"), AgencyKind.HOUSING_SERVICE);
  static final ProfessionalId OFFICIAL = ProfessionalId.of("dw-official");
  static final ProfessionalId SENIOR = ProfessionalId.of("dw-senior-official");

  static Escalation raised(Route route) {
    return Escalation.raise(ESC, SUBJECT, EscalationReason.DISPUTED_REFUSAL, DIENST_WONEN, MAARTJE,
        UP_TO_FRONTLINE, route, T0).state();
  }

  static Escalation raisedStrict(Route route) {
    return Escalation.raise(ESC, SUBJECT, EscalationReason.DISPUTED_REFUSAL, DIENST_WONEN, MAARTJE,
        STRICTLY_UP_TO_FRONTLINE, route, T0).state();
  }

  static Instant t(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  static Escalation climb(Escalation e, LadderLevel level, ProfessionalId who, int minutes) {
    return e.decide(new EscalationCommand.Climb(level, who, t(minutes))).state();
  }

  @Test
  void aRaisedEscalationHasNoStepsAndNoOutcome() {
    Escalation e = raised(Route.DIRECT);
    assertThat(e.steps()).isEmpty();
    assertThat(e.currentLevel()).isEmpty();
    assertThat(e.outcome()).isEmpty();
    assertThat(e.isManagerInformed()).isFalse();
    assertThat(e.isIncident()).isFalse();
    assertThat(e.version()).isEqualTo(1);
    assertThat(raised(Route.VIA_OWN_MANAGER).managerInformedAt()).contains(T0);
  }

  @Test
  void levelsOnlyGoUpAndMaySkipRungs() {
    Escalation e = climb(raised(Route.VIA_OWN_MANAGER), LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, 1);
    assertThatThrownBy(() -> e.decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, SENIOR, t(2))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.LEVEL_NOT_HIGHER);
    Escalation m = climb(e, LadderLevel.MANAGEMENT, SENIOR, 2);
    assertThat(m.steps()).extracting(Step::level)
        .containsExactly(LadderLevel.FRONTLINE_OFFICIAL, LadderLevel.MANAGEMENT);
    assertThatThrownBy(() -> m.decide(new EscalationCommand.Climb(LadderLevel.SUPERVISOR, SENIOR, t(3))))
        .isInstanceOfSatisfying(RuleViolationException.class, x -> {
          assertThat(x.code()).isEqualTo(EscalationCodes.LEVEL_NOT_HIGHER);
          assertThat(x.subject()).isEqualTo("esc-k");
        });
    assertThat(m.currentLevel()).contains(LadderLevel.MANAGEMENT);
  }

  @Test
  void underAStrictMandateAStepAboveItNeedsTheOwnManagerInformedFirst() {
    Escalation direct = climb(raisedStrict(Route.DIRECT), LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, 1);
    assertThatThrownBy(() -> direct.decide(new EscalationCommand.Climb(LadderLevel.SUPERVISOR, SENIOR, t(2))))
        .isInstanceOfSatisfying(RuleViolationException.class, x -> {
          assertThat(x.code()).isEqualTo(EscalationCodes.BEYOND_MANDATE);
          assertThat(x.getMessage()).contains("supervisor", "frontline-official", "social-worker");
        });
    Escalation informed = direct.decide(new EscalationCommand.InformManager(t(2))).state();
    assertThat(informed.managerInformedAt()).contains(t(2));
    Escalation up = climb(informed, LadderLevel.SUPERVISOR, SENIOR, 2);
    assertThat(up.currentLevel()).contains(LadderLevel.SUPERVISOR);
    // Via the own manager, any level may be addressed.
    assertThat(climb(raisedStrict(Route.VIA_OWN_MANAGER), LadderLevel.MUNICIPALITY, SENIOR, 1).currentLevel())
        .contains(LadderLevel.MUNICIPALITY);
    assertThat(up.beyondMandateSteps()).isEmpty();
  }

  @Test
  void theManagerIsInformedOnce() {
    Escalation informed = raised(Route.DIRECT).decide(new EscalationCommand.InformManager(t(1))).state();
    assertThatThrownBy(() -> informed.decide(new EscalationCommand.InformManager(t(2))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.MANAGER_ALREADY_INFORMED);
    assertThatThrownBy(() -> raised(Route.VIA_OWN_MANAGER).decide(new EscalationCommand.InformManager(t(2))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.MANAGER_ALREADY_INFORMED);
  }

  @Test
  void theOutcomeIsSetOnceAndEndsTheEscalation() {
    Escalation e = climb(raised(Route.DIRECT), LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, 1)
        .decide(new EscalationCommand.Resolve(Outcome.REFUSED, t(5))).state();
    assertThat(e.outcome()).contains(Outcome.REFUSED);
    assertThat(e.isResolved()).isTrue();
    for (EscalationCommand c : List.of(new EscalationCommand.Resolve(Outcome.EXCEPTION_GRANTED, t(6)),
        new EscalationCommand.Climb(LadderLevel.EXECUTIVE, SENIOR, t(6)), new EscalationCommand.InformManager(t(6)),
        new EscalationCommand.Resolve(Outcome.REFUSED, t(6)))) {
      assertThatThrownBy(() -> e.decide(c)).extracting(Rejections::code).isEqualTo(EscalationCodes.RESOLVED);
    }
    assertThat(e.outcome()).contains(Outcome.REFUSED);
  }

  @Test
  void onlyAWithdrawalEndsAnEscalationBeforeAnyoneWasAddressed() {
    for (Outcome o : Outcome.values()) {
      if (o == Outcome.WITHDRAWN) {
        assertThat(raised(Route.DIRECT).decide(new EscalationCommand.Resolve(o, t(1))).state().outcome()).contains(o);
      } else {
        assertThatThrownBy(() -> raised(Route.DIRECT).decide(new EscalationCommand.Resolve(o, t(1))))
            .extracting(Rejections::code).isEqualTo(EscalationCodes.NOT_ADDRESSED);
      }
    }
  }

  @Test
  void exceptionsAndPrioritiesMarkAnIncidentThatMayNeedAStructuralAnswer() {
    Escalation addressed = climb(raised(Route.DIRECT), LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, 1);
    for (Outcome o : Outcome.values()) {
      Escalation e = addressed.decide(new EscalationCommand.Resolve(o, t(2))).state();
      assertThat(e.isIncident()).as(o.code())
          .isEqualTo(o == Outcome.EXCEPTION_GRANTED || o == Outcome.PRIORITY_GRANTED);
      assertThat(o.isIncidental()).isEqualTo(e.isIncident());
    }
  }

  @Test
  void theMandateMustBeTheRaisersOwnAndADisputedRefusalNamesTheReferral() {
    Mandate other = Mandate.of(WELFARE, Role.DEBT_COUNSELLOR, LadderLevel.EXECUTIVE);
    assertThatThrownBy(() -> Escalation.raise(ESC, SUBJECT, EscalationReason.RULE_CONFLICT, DIENST_WONEN, MAARTJE,
        other, Route.DIRECT, T0))
        .isInstanceOfSatisfying(InvalidValueException.class,
            x -> assertThat(x.code()).isEqualTo(EscalationCodes.MANDATE_MISMATCH));
    EscalationSubject unblocked = EscalationSubject.need(CaseId.of("case-k"), NeedId.of("need-housing"),
        LifeDomain.HOUSING);
    assertThatThrownBy(() -> Escalation.raise(ESC, unblocked, EscalationReason.DISPUTED_REFUSAL, DIENST_WONEN,
        MAARTJE, UP_TO_FRONTLINE, Route.DIRECT, T0))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.REFERRAL_REQUIRED);
    assertThat(Escalation.raise(ESC, unblocked, EscalationReason.REGULATORY_GAP, DIENST_WONEN, MAARTJE,
        UP_TO_FRONTLINE, Route.DIRECT, T0).state().subject().blockingReferral()).isEmpty();
  }

  @Test
  void mandatesAreLookedUpPerAgencyAndRoleWithAFallback() {
    Mandates table = Mandates.of(List.of(Mandate.of(WELFARE, Role.SOCIAL_WORKER, LadderLevel.SUPERVISOR),
        Mandate.of(WELFARE, Role.TEAM_LEAD, LadderLevel.EXECUTIVE)));
    assertThat(table.mandateOf(MAARTJE).highestDirect()).isEqualTo(LadderLevel.SUPERVISOR);
    assertThat(table.mandateOf(WELFARE, Role.TEAM_LEAD).highestDirect()).isEqualTo(LadderLevel.EXECUTIVE);
    Mandate fallback = table.mandateOf(AgencyId.of("elsewhere"), Role.SOCIAL_WORKER);
    assertThat(fallback).isEqualTo(Mandate.of(AgencyId.of("elsewhere"), Role.SOCIAL_WORKER,
        LadderLevel.FRONTLINE_OFFICIAL));
    assertThat(table.mandateOf(MAARTJE).appliesTo(MAARTJE)).isTrue();
    assertThat(Mandates.of(List.of(), LadderLevel.MANAGEMENT).mandateOf(MAARTJE).highestDirect())
        .isEqualTo(LadderLevel.MANAGEMENT);
    assertThatThrownBy(() -> Mandates.of(List.of(UP_TO_FRONTLINE, UP_TO_FRONTLINE)))
        .extracting(Rejections::code).isEqualTo("mandates.duplicate");
    new EqualsTester()
        .addEqualityGroup(table, Mandates.of(table.mandates()))
        .addEqualityGroup(Mandates.of(table.mandates(), LadderLevel.SUPERVISOR))
        .testEquals();
  }

  @Test
  void changesCannotBeDatedBeforeTheLastChange() {
    Escalation e = climb(raised(Route.DIRECT), LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, 10);
    assertThatThrownBy(() -> e.decide(new EscalationCommand.InformManager(t(9))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.OUT_OF_ORDER);
  }

  @Test
  void aStaleExpectedVersionIsAConflict() {
    Escalation e = raised(Route.DIRECT);
    assertThat(e.decide(new EscalationCommand.InformManager(t(1)), ExpectedVersion.exactly(1)).state().version())
        .isEqualTo(2);
    assertThatThrownBy(() -> e.decide(new EscalationCommand.InformManager(t(1)), ExpectedVersion.exactly(2)))
        .isInstanceOfSatisfying(VersionConflictException.class, x -> {
          assertThat(x.aggregateId()).isEqualTo("esc-k");
          assertThat(x.actual()).isEqualTo(1);
        });
  }

  @Test
  void replayRebuildsTheStateAndRejectsIllegalHistories() {
    EscalationEvent.Raised r = new EscalationEvent.Raised(ESC, SUBJECT, EscalationReason.DISPUTED_REFUSAL,
        DIENST_WONEN, MAARTJE.id(), UP_TO_FRONTLINE, Route.DIRECT, T0);
    EscalationEvent.Climbed first = new EscalationEvent.Climbed(ESC, LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, t(1));
    EscalationEvent.ManagerInformed informed = new EscalationEvent.ManagerInformed(ESC, t(2));
    EscalationEvent.Climbed second = new EscalationEvent.Climbed(ESC, LadderLevel.SUPERVISOR, SENIOR, t(3));
    EscalationEvent.Resolved granted = new EscalationEvent.Resolved(ESC, Outcome.PRIORITY_GRANTED, t(4));
    Escalation e = Escalation.replay(List.of(r, first, informed, second, granted));
    assertThat(e.steps()).containsExactly(first.step(), second.step());
    assertThat(e.isIncident()).isTrue();
    assertThat(e.version()).isEqualTo(5);

    assertThatThrownBy(() -> Escalation.replay(List.of()))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.NOT_RAISED);
    assertThatThrownBy(() -> Escalation.replay(List.of(first)))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.NOT_RAISED);
    assertThatThrownBy(() -> Escalation.replay(List.of(r, r)))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.ALREADY_RAISED);
    // Under a strict mandate, the manager informed after the step does not make the step legal.
    EscalationEvent.Raised strict = new EscalationEvent.Raised(ESC, SUBJECT, EscalationReason.DISPUTED_REFUSAL,
        DIENST_WONEN, MAARTJE.id(), STRICTLY_UP_TO_FRONTLINE, Route.DIRECT, T0);
    assertThatThrownBy(() -> Escalation.replay(List.of(strict, first, second, informed)))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.BEYOND_MANDATE);
    assertThatThrownBy(() -> Escalation.replay(List.of(r, first, informed, second, first)))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.OUT_OF_ORDER);
    assertThatThrownBy(() -> Escalation.replay(List.of(r, informed, second,
        new EscalationEvent.Climbed(ESC, LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL, t(5)))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.LEVEL_NOT_HIGHER);
    assertThatThrownBy(() -> Escalation.replay(List.of(r, first, granted, granted)))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.RESOLVED);
    assertThatThrownBy(() -> Escalation.start(r).evolve(
        new EscalationEvent.ManagerInformed(EscalationId.of("other"), t(1))))
        .extracting(Rejections::code).isEqualTo(EscalationCodes.WRONG_ESCALATION);
  }

  @Test
  void codesRoundTrip() {
    for (LadderLevel l : LadderLevel.values()) {
      assertThat(LadderLevel.ofCode(l.code())).isEqualTo(l);
    }
    for (Route r : Route.values()) {
      assertThat(Route.ofCode(r.code())).isEqualTo(r);
    }
    for (EscalationReason r : EscalationReason.values()) {
      assertThat(EscalationReason.ofCode(r.code())).isEqualTo(r);
    }
    for (Outcome o : Outcome.values()) {
      assertThat(Outcome.ofCode(o.code())).isEqualTo(o);
    }
    assertThatThrownBy(() -> LadderLevel.ofCode("boss")).extracting(Rejections::code).isEqualTo("ladder-level.unknown");
    assertThatThrownBy(() -> Route.ofCode("x")).extracting(Rejections::code).isEqualTo("route.unknown");
    assertThatThrownBy(() -> EscalationReason.ofCode("x")).extracting(Rejections::code)
        .isEqualTo("escalation-reason.unknown");
    assertThatThrownBy(() -> Outcome.ofCode("x")).extracting(Rejections::code).isEqualTo("outcome.unknown");
  }

  @Test
  void eachLevelButTheTopHasTheNextOneUpTheLadder() {
    assertThat(LadderLevel.FRONTLINE_OFFICIAL.next()).contains(LadderLevel.SUPERVISOR);
    assertThat(LadderLevel.EXECUTIVE.next()).contains(LadderLevel.MUNICIPALITY);
    assertThat(LadderLevel.MUNICIPALITY.next()).isEmpty();
    for (LadderLevel l : LadderLevel.values()) {
      l.next().ifPresent(above -> {
        assertThat(above.isAbove(l)).isTrue();
        assertThat(LadderLevel.values()).filteredOn(m -> m.isAbove(l) && above.isAbove(m)).isEmpty();
      });
    }
  }

  @Test
  void equalityIsByValueIncludingVersion() {
    Decision<Escalation, EscalationEvent> d = raised(Route.DIRECT).decide(new EscalationCommand.InformManager(t(1)));
    new EqualsTester()
        .addEqualityGroup(raised(Route.DIRECT), Escalation.replay(ImmutableList.of(
            Escalation.raise(ESC, SUBJECT, EscalationReason.DISPUTED_REFUSAL, DIENST_WONEN, MAARTJE,
                UP_TO_FRONTLINE, Route.DIRECT, T0).event())))
        .addEqualityGroup(raised(Route.VIA_OWN_MANAGER))
        .addEqualityGroup(d.state(), raised(Route.DIRECT).evolve(d.event()))
        .testEquals();
    assertThat(d.state().toString()).contains("esc-k", "dienst-wonen", "disputed-refusal", "version=2");
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(EscalationCommand.class, new EscalationCommand.InformManager(T0))
        .setDefault(EscalationEvent.class, new EscalationEvent.ManagerInformed(ESC, T0))
        .setDefault(ExpectedVersion.class, ExpectedVersion.any())
        .setDefault(Instant.class, T0)
        .setDefault(EscalationId.class, ESC)
        .setDefault(EscalationSubject.class, SUBJECT)
        .setDefault(Target.class, DIENST_WONEN)
        .setDefault(Professional.class, MAARTJE)
        .setDefault(Mandate.class, UP_TO_FRONTLINE)
        .setDefault(ServiceNorms.class, ServiceNorms.dutchDefaults())
        .setDefault(Step.class, new Step(LadderLevel.SUPERVISOR, SENIOR, T0))
        .setDefault(ProfessionalId.class, OFFICIAL)
        .setDefault(AgencyId.class, WELFARE)
        .setDefault(ReferralId.class, ReferralId.of("ref-1"))
        .setDefault(CaseId.class, CaseId.of("case-k"))
        .setDefault(NeedId.class, NeedId.of("need-housing"));
    tester.testAllPublicStaticMethods(Escalation.class);
    tester.testAllPublicInstanceMethods(raised(Route.DIRECT));
    tester.testAllPublicStaticMethods(Mandates.class);
    tester.testAllPublicInstanceMethods(Mandates.of(List.of(UP_TO_FRONTLINE)));
    tester.testAllPublicInstanceMethods(UP_TO_FRONTLINE);
    tester.testAllPublicConstructors(EscalationEvent.Raised.class);
    tester.testAllPublicConstructors(EscalationEvent.Climbed.class);
    tester.testAllPublicConstructors(EscalationCommand.Climb.class);
    tester.testAllPublicStaticMethods(EscalationCommand.Climb.class);
    tester.testAllPublicConstructors(Mandate.class);
    tester.testAllPublicStaticMethods(Mandate.class);
    tester.testAllPublicConstructors(BeyondMandateStep.class);
    tester.testAllPublicConstructors(EscalationSubject.class);
    tester.testAllPublicInstanceMethods(SUBJECT);
    tester.testAllPublicStaticMethods(Target.class);
  }
}
