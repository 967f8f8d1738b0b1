package io.github.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.VersionConflictException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseTest {
  static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");
  static final CaseId CASE = CaseId.of("case-k");
  static final ClientId MR_K = ClientId.of("client-k");
  static final AgencyId WELFARE = AgencyId.of("welfare-west");
  static final ProfessionalId MAARTJE = ProfessionalId.of("sw-maartje");
  static final ProfessionalId COLLEAGUE = ProfessionalId.of("sw-colleague");
  static final NeedId HOUSING = NeedId.of("need-housing");
  static final NeedId DEBTS = NeedId.of("need-debts");

  static Case opened() {
    return Case.open(CASE, MR_K, WELFARE, MAARTJE, T0).state();
  }

  static Case withNeeds() {
    return opened()
        .decide(new CaseCommand.RegisterNeed(HOUSING, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE, T0.plusSeconds(60)))
        .state()
        .decide(new CaseCommand.RegisterNeed(DEBTS, LifeDomain.FINANCES, Urgency.ROUTINE, MAARTJE, T0.plusSeconds(120)))
        .state()
        .decide(new CaseCommand.Activate(T0.plusSeconds(180))).state();
  }

  @Test
  void mrKsCaseOpensInIntakeAndHoldsHisNeedsWithMaartjeAccountable() {
    Case c = withNeeds();
    assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
    assertThat(c.needs()).extracting(Need::id).containsExactly(HOUSING, DEBTS);
    assertThat(c.needs()).allSatisfy(n -> assertThat(n.accountable()).isEqualTo(MAARTJE));
    assertThat(c.version()).isEqualTo(4);
    assertThat(opened().status()).isEqualTo(CaseStatus.INTAKE);
  }

  @Test
  void aCaseCannotCloseWhileANeedIsOpenAndNothingChanges() {
    Case c = withNeeds().decide(new CaseCommand.DisposeNeed(DEBTS, new Disposition.Met(T0.plusSeconds(200)))).state();
    assertThatThrownBy(() -> c.decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, T0.plusSeconds(300))))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.code()).isEqualTo(CaseCodes.NEED_STILL_OPEN);
          assertThat(e.subject()).isEqualTo("case-k");
          assertThat(e.getMessage()).contains("need-housing");
        });
    assertThat(c.status()).isEqualTo(CaseStatus.ACTIVE);
    assertThat(c.openNeeds()).extracting(Need::id).containsExactly(HOUSING);
  }

  @Test
  void eachDispositionLetsTheCaseClose() {
    for (Disposition d : ImmutableList.of(new Disposition.Met(T0.plusSeconds(500)),
        new Disposition.HandedOver(COLLEAGUE, AgencyId.of("housing-service"), T0.plusSeconds(500)),
        new Disposition.WithdrawnByClient(T0.plusSeconds(500)),
        new Disposition.Unmet(UnmetReason.NO_SERVICE_AVAILABLE, "no temporary housing for men", T0.plusSeconds(500)))) {
      Case c = withNeeds()
          .decide(new CaseCommand.DisposeNeed(HOUSING, d)).state()
          .decide(new CaseCommand.DisposeNeed(DEBTS, new Disposition.Met(T0.plusSeconds(600)))).state()
          .decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, T0.plusSeconds(700))).state();
      assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
      assertThat(c.closure()).contains(ClosureReason.GOALS_REACHED);
    }
  }

  @Test
  void aHandoverMakesTheAcceptingProfessionalAccountable() {
    Case c = withNeeds().decide(new CaseCommand.DisposeNeed(HOUSING,
        new Disposition.HandedOver(COLLEAGUE, AgencyId.of("housing-service"), T0.plusSeconds(500)))).state();
    assertThat(c.findNeed(HOUSING).orElseThrow().accountable()).isEqualTo(COLLEAGUE);
    assertThatThrownBy(() -> withNeeds().decide(new CaseCommand.DisposeNeed(HOUSING,
        new Disposition.HandedOver(MAARTJE, WELFARE, T0.plusSeconds(500)))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.SAME_PROFESSIONAL);
  }

  @Test
  void accountabilityMovesOnlyByExplicitTransfer() {
    Decision<Case, CaseEvent> d =
        withNeeds().decide(new CaseCommand.TransferAccountability(HOUSING, COLLEAGUE, T0.plusSeconds(400)));
    assertThat(d.event()).isEqualTo(
        new CaseEvent.AccountabilityTransferred(CASE, HOUSING, MAARTJE, COLLEAGUE, T0.plusSeconds(400)));
    assertThat(d.state().findNeed(HOUSING).orElseThrow().accountable()).isEqualTo(COLLEAGUE);
    assertThat(d.state().findNeed(DEBTS).orElseThrow().accountable()).isEqualTo(MAARTJE);
    // A replayed transfer that names the wrong previous holder is an illegal history.
    Case c = withNeeds();
    assertThatThrownBy(() -> c.evolve(
        new CaseEvent.AccountabilityTransferred(CASE, HOUSING, COLLEAGUE, MAARTJE, T0.plusSeconds(400))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.ACCOUNTABLE_MISMATCH);
  }

  @Test
  void theLifecycleIsIntakeActiveWaitingClosed() {
    Case c = opened();
    assertThatThrownBy(() -> c.decide(new CaseCommand.StartWaiting(T0)))
        .extracting(Rejections::code).isEqualTo(CaseCodes.ILLEGAL_TRANSITION);
    Case active = c.decide(new CaseCommand.Activate(T0)).state();
    Case waiting = active.decide(new CaseCommand.StartWaiting(T0)).state();
    assertThat(waiting.status()).isEqualTo(CaseStatus.WAITING);
    assertThatThrownBy(() -> waiting.decide(new CaseCommand.Activate(T0)))
        .extracting(Rejections::code).isEqualTo(CaseCodes.ILLEGAL_TRANSITION);
    Case resumed = waiting.decide(new CaseCommand.Resume(T0)).state();
    assertThat(resumed.status()).isEqualTo(CaseStatus.ACTIVE);
    Case closed = resumed.decide(new CaseCommand.Close(ClosureReason.CLIENT_MOVED, T0)).state();
    assertThatThrownBy(() -> closed.decide(new CaseCommand.Resume(T0)))
        .extracting(Rejections::code).isEqualTo(CaseCodes.CLOSED);
  }

  @Test
  void changesCannotBeDatedBeforeTheLastChange() {
    Case c = withNeeds();
    assertThatThrownBy(() -> c.decide(new CaseCommand.StartWaiting(T0)))
        .extracting(Rejections::code).isEqualTo(CaseCodes.OUT_OF_ORDER);
  }

  @Test
  void aStaleExpectedVersionIsAConflict() {
    Case c = withNeeds();
    assertThat(c.decide(new CaseCommand.StartWaiting(T0.plusSeconds(999)), ExpectedVersion.exactly(4)).state()
        .version()).isEqualTo(5);
    assertThatThrownBy(() -> c.decide(new CaseCommand.StartWaiting(T0.plusSeconds(999)), ExpectedVersion.exactly(3)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.code()).isEqualTo("version.conflict");
          assertThat(e.aggregateId()).isEqualTo("case-k");
          assertThat(e.expected()).isEqualTo(ExpectedVersion.exactly(3));
          assertThat(e.actual()).isEqualTo(4);
        });
    assertThatThrownBy(() -> c.decide(new CaseCommand.StartWaiting(T0.plusSeconds(999)), ExpectedVersion.none()))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  void replayRejectsHistoriesThatDoNotStartWithOpening() {
    assertThatThrownBy(() -> Case.replay(ImmutableList.of()))
        .extracting(Rejections::code).isEqualTo(CaseCodes.NOT_OPENED);
    assertThatThrownBy(() -> Case.replay(ImmutableList.of(new CaseEvent.Activated(CASE, T0))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.NOT_OPENED);
    CaseEvent.Opened opened = new CaseEvent.Opened(CASE, MR_K, WELFARE, MAARTJE, T0);
    assertThatThrownBy(() -> Case.replay(ImmutableList.of(opened, opened)))
        .extracting(Rejections::code).isEqualTo(CaseCodes.ALREADY_OPENED);
    assertThatThrownBy(() -> opened().evolve(new CaseEvent.Activated(CaseId.of("other"), T0)))
        .extracting(Rejections::code).isEqualTo(CaseCodes.WRONG_CASE);
  }

  @Test
  void assessmentsAreDatedAndValidated() {
    Assessment a = Assessment.of(T0.plusSeconds(999), Map.of(LifeDomain.HOUSING, ZrmScore.of(1)),
        Optional.of(ParticipationRung.of(6)));
    Case c = withNeeds().decide(new CaseCommand.RecordAssessment(a)).state();
    assertThat(c.assessments()).containsExactly(a);
    assertThatThrownBy(() -> ZrmScore.of(0)).extracting(Rejections::code).isEqualTo("zrm-score.out-of-range");
    assertThatThrownBy(() -> ZrmScore.of(6)).extracting(Rejections::code).isEqualTo("zrm-score.out-of-range");
    assertThatThrownBy(() -> ParticipationRung.of(7))
        .extracting(Rejections::code).isEqualTo("participation-rung.out-of-range");
    assertThatThrownBy(() -> Assessment.of(T0, Map.of(), Optional.empty()))
        .extracting(Rejections::code).isEqualTo("assessment.empty");
  }

  @Test
  void equalityIsByValueIncludingVersion() {
    new EqualsTester()
        .addEqualityGroup(withNeeds(), withNeeds())
        .addEqualityGroup(opened(), Case.replay(ImmutableList.of(new CaseEvent.Opened(CASE, MR_K, WELFARE, MAARTJE, T0))))
        .addEqualityGroup(withNeeds().decide(new CaseCommand.StartWaiting(T0.plusSeconds(999))).state())
        .testEquals();
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(CaseCommand.class, new CaseCommand.Activate(T0))
        .setDefault(CaseEvent.class, new CaseEvent.Activated(CASE, T0))
        .setDefault(CaseEvent.Opened.class, new CaseEvent.Opened(CASE, MR_K, WELFARE, MAARTJE, T0))
        .setDefault(ExpectedVersion.class, ExpectedVersion.any())
        .setDefault(Instant.class, T0)
        .setDefault(CaseId.class, CASE)
        .setDefault(ClientId.class, MR_K)
        .setDefault(AgencyId.class, WELFARE)
        .setDefault(ProfessionalId.class, MAARTJE)
        .setDefault(NeedId.class, HOUSING);
    tester.testAllPublicStaticMethods(Case.class);
    tester.testAllPublicInstanceMethods(withNeeds());
    tester.testAllPublicConstructors(Need.class);
    tester.testAllPublicConstructors(CaseEvent.NeedRegistered.class);
    tester.testAllPublicConstructors(CaseCommand.RegisterNeed.class);
  }
}
