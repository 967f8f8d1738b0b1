package io.github.casework.referral;

import static io.github.casework.referral.Fixtures.CASE;
import static io.github.casework.referral.Fixtures.CLIENT;
import static io.github.casework.referral.Fixtures.HOUSING_NEED;
import static io.github.casework.referral.Fixtures.LEGAL_BASIS;
import static io.github.casework.referral.Fixtures.MAARTJE;
import static io.github.casework.referral.Fixtures.RECEIVER;
import static io.github.casework.referral.Fixtures.REF;
import static io.github.casework.referral.Fixtures.SHELTER;
import static io.github.casework.referral.Fixtures.T0;
import static io.github.casework.referral.Fixtures.WELFARE;
import static io.github.casework.referral.Fixtures.send;
import static io.github.casework.referral.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.NullPointerTester;
import io.github.casework.ExpectedVersion;
import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.VersionConflictException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Need;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules that span a case and a referral, applied together by {@link ReferralLoop}. */
class ReferralLoopTest {
  static final ProfessionalId COLLEAGUE = ProfessionalId.of("sw-colleague");

  /** Maartje's active case for the client, with the housing need she is accountable for. */
  static Case caseWithHousingNeed() {
    return Case.open(CASE, CLIENT, WELFARE, MAARTJE, T0.minusSeconds(600)).state()
        .decide(new CaseCommand.RegisterNeed(HOUSING_NEED, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE,
            T0.minusSeconds(300))).state()
        .decide(new CaseCommand.Activate(T0.minusSeconds(300))).state();
  }

  static ReferralLoop drafted() {
    return ReferralLoop.draft(caseWithHousingNeed(), HOUSING_NEED, REF, MAARTJE, SHELTER, "night-shelter", T0)
        .loop();
  }

  static ReferralLoop run(ReferralLoop loop, ReferralCommand... commands) {
    for (ReferralCommand c : commands) {
      loop = loop.decide(c).loop();
    }
    return loop;
  }

  static ReferralLoop inProgress() {
    return run(drafted(), new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1)), send(2),
        new ReferralCommand.Accept(t(3)), new ReferralCommand.Start(t(4)));
  }

  static Need housing(ReferralLoop loop) {
    return loop.caseFile().findNeed(HOUSING_NEED).orElseThrow();
  }

  @Test
  void draftingShowsTheNeedAsReferredAndKeepsTheReferrerAccountable() {
    ReferralLoop.LoopDecision step =
        ReferralLoop.draft(caseWithHousingNeed(), HOUSING_NEED, REF, MAARTJE, SHELTER, "night-shelter", T0);
    assertThat(step.caseDecision()).isPresent();
    assertThat(step.caseDecision().get().event())
        .isEqualTo(new CaseEvent.NeedReferred(CASE, HOUSING_NEED, REF, SHELTER, MAARTJE, T0));
    Referral r = step.loop().referral();
    assertThat(r.client()).isEqualTo(CLIENT);
    assertThat(r.from()).isEqualTo(WELFARE);
    assertThat(r.domain()).isEqualTo(LifeDomain.HOUSING);
    assertThat(r.referrer()).isEqualTo(MAARTJE);
    Need need = housing(step.loop());
    assertThat(need.isReferred()).isTrue();
    assertThat(need.openReferrals()).containsExactly(REF);
    assertThat(need.accountable()).isEqualTo(MAARTJE);
    assertThat(step.loop().caseFile().needReferredBy(REF)).contains(need);
  }

  @Test
  void onlyTheAccountableProfessionalCanRefer() {
    Case c = caseWithHousingNeed();
    assertThatThrownBy(() -> ReferralLoop.draft(c, HOUSING_NEED, REF, COLLEAGUE, SHELTER, "night-shelter", T0))
        .extracting(Rejections::code).isEqualTo(CaseCodes.ACCOUNTABLE_MISMATCH);
    assertThatThrownBy(() -> ReferralLoop.draft(c, NeedId.of("nope"), REF, MAARTJE, SHELTER, "night-shelter", T0))
        .extracting(Rejections::code).isEqualTo(CaseCodes.NEED_UNKNOWN);
    ReferralLoop once = drafted();
    assertThatThrownBy(() -> ReferralLoop.draft(once.caseFile(), HOUSING_NEED, REF, MAARTJE, SHELTER, "detox", t(1)))
        .extracting(Rejections::code).isEqualTo(CaseCodes.REFERRAL_DUPLICATE);
  }

  @Test
  void theCaseCannotCloseNorDisposeTheNeedWhileTheReferralIsOpen() {
    ReferralLoop loop = inProgress();
    Case c = loop.caseFile();
    assertThatThrownBy(() -> c.decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, t(10))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.REFERRAL_OPEN);
    assertThatThrownBy(() -> c.decide(new CaseCommand.DisposeNeed(HOUSING_NEED, new Disposition.Met(t(10)))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.REFERRAL_OPEN);
    assertThatThrownBy(() -> c.decide(new CaseCommand.DisposeNeed(HOUSING_NEED,
        new Disposition.HandedOver(RECEIVER, SHELTER, t(10)))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.REFERRAL_OPEN);
    // Even a completed referral keeps the loop open until the outcome is acknowledged.
    ReferralLoop completed = run(loop, new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t(5)));
    assertThatThrownBy(() -> completed.caseFile().decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, t(10))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.REFERRAL_OPEN);
  }

  @Test
  void acknowledgingTheOutcomeClosesTheLoopAndLeavesAccountabilityWithTheReferrer() {
    ReferralLoop completed = run(inProgress(), new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t(5)));
    assertThat(housing(completed).isReferred()).isTrue();
    ReferralLoop.LoopDecision ack = completed.decide(new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(6)));
    assertThat(ack.caseDecision().orElseThrow().event())
        .isEqualTo(new CaseEvent.ReferralLoopClosed(CASE, HOUSING_NEED, REF, MAARTJE, t(6)));
    Need need = housing(ack.loop());
    assertThat(need.isReferred()).isFalse();
    assertThat(need.isOpen()).as("the referrer decides what the outcome means for the need").isTrue();
    assertThat(need.accountable()).isEqualTo(MAARTJE);
    Case closed = ack.loop().caseFile()
        .decide(new CaseCommand.DisposeNeed(HOUSING_NEED, new Disposition.Met(t(7)))).state()
        .decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, t(8))).state();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void onlyTheNeedsAccountableProfessionalClosesTheLoopAndARejectionChangesNeitherSide() {
    ReferralCommand[] toRefusal = {new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1)), send(2),
        new ReferralCommand.Refuse(Refusal.PreconditionUnmet.first(LifeDomain.SUBSTANCE_USE), t(3))};
    ReferralLoop refused = run(drafted(), toRefusal);
    assertThatThrownBy(() -> refused.decide(new ReferralCommand.AcknowledgeOutcome(COLLEAGUE, t(4))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.ACCOUNTABLE_MISMATCH);
    // Compared with the same loop built again, not with itself: the rejected command changed neither side.
    assertThat(refused).isEqualTo(run(drafted(), toRefusal));
    assertThat(refused.referral().loopClosure()).isEmpty();
    // After an explicit transfer in the case, the new accountable professional closes the loop.
    Case transferred = refused.caseFile()
        .decide(new CaseCommand.TransferAccountability(HOUSING_NEED, COLLEAGUE, t(4))).state();
    ReferralLoop.LoopDecision ack = new ReferralLoop(transferred, refused.referral())
        .decide(new ReferralCommand.AcknowledgeOutcome(COLLEAGUE, t(5)));
    assertThat(housing(ack.loop()).accountable()).isEqualTo(COLLEAGUE);
    assertThat(housing(ack.loop()).isReferred()).isFalse();
  }

  @Test
  void cancellingClosesTheLoopWithoutMovingAccountability() {
    ReferralLoop.LoopDecision cancel = drafted().decide(new ReferralCommand.Cancel(MAARTJE, t(1)));
    assertThat(cancel.caseDecision().orElseThrow().event())
        .isEqualTo(new CaseEvent.ReferralLoopClosed(CASE, HOUSING_NEED, REF, MAARTJE, t(1)));
    assertThat(housing(cancel.loop()).isReferred()).isFalse();
    assertThat(housing(cancel.loop()).accountable()).isEqualTo(MAARTJE);
  }

  @Test
  void aWarmHandoverMovesAccountabilityExplicitlyAndLetsTheCaseClose() {
    ReferralLoop.LoopDecision handover = inProgress().decide(new ReferralCommand.AcceptAccountability(RECEIVER, t(5)));
    assertThat(handover.caseDecision().orElseThrow().event())
        .isEqualTo(new CaseEvent.NeedHandedOver(CASE, HOUSING_NEED, REF, MAARTJE, RECEIVER, SHELTER, t(5)));
    Need need = housing(handover.loop());
    assertThat(need.accountable()).isEqualTo(RECEIVER);
    assertThat(need.disposition()).contains(new Disposition.HandedOver(RECEIVER, SHELTER, t(5)));
    assertThat(need.isReferred()).isFalse();
    Case closed = handover.loop().caseFile().decide(new CaseCommand.Close(ClosureReason.TRANSFERRED, t(6))).state();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    // The referral runs on at the receiver; acknowledging its outcome no longer touches the referrer's case.
    ReferralLoop after = new ReferralLoop(closed, handover.loop().referral());
    ReferralLoop.LoopDecision ack = run(after, new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t(7)))
        .decide(new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(8)));
    assertThat(ack.caseDecision()).isEmpty();
    assertThat(ack.loop().referral().loopClosure()).isPresent();
  }

  @Test
  void aNeedIsHandedOverWholeOnlyWhenNoOtherReferralIsOpen() {
    ReferralLoop shelter = inProgress();
    ReferralLoop.LoopDecision second = ReferralLoop.draft(shelter.caseFile(), HOUSING_NEED, ReferralId.of("ref-2"),
        MAARTJE, AgencyId.of("dienst-wonen"), "housing-priority", t(5));
    assertThat(housing(second.loop()).openReferrals()).containsExactly(REF, ReferralId.of("ref-2"));
    ReferralLoop both = new ReferralLoop(second.loop().caseFile(), shelter.referral());
    assertThatThrownBy(() -> both.decide(new ReferralCommand.AcceptAccountability(RECEIVER, t(6))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.REFERRAL_OPEN);
    ReferralLoop withdrawn = second.loop().decide(new ReferralCommand.Cancel(MAARTJE, t(6))).loop();
    ReferralLoop.LoopDecision handover = new ReferralLoop(withdrawn.caseFile(), shelter.referral())
        .decide(new ReferralCommand.AcceptAccountability(RECEIVER, t(7)));
    assertThat(housing(handover.loop()).accountable()).isEqualTo(RECEIVER);
  }

  @Test
  void aHostThatStoresBothApartAppliesTheSameCaseCommands() {
    // The host keeps a case and a referral in separate stores and carries the referral's events over itself.
    Case c = caseWithHousingNeed();
    List<CaseEvent> caseEvents = new ArrayList<>();
    Referral r = Referral.draft(REF, CLIENT, CASE, HOUSING_NEED, LifeDomain.HOUSING, WELFARE, MAARTJE, SHELTER,
        "night-shelter", T0).state();
    ReferralEvent drafted = r.decide(new ReferralCommand.Cancel(MAARTJE, t(1))).event();
    Optional<CaseCommand> referNeed = ReferralLoop.caseCommandFor(r, Referral.draft(REF, CLIENT, CASE, HOUSING_NEED,
        LifeDomain.HOUSING, WELFARE, MAARTJE, SHELTER, "night-shelter", T0).event());
    assertThat(referNeed).contains(new CaseCommand.ReferNeed(HOUSING_NEED, REF, SHELTER, MAARTJE, T0));
    c = c.decide(referNeed.get()).state();
    assertThat(housing(new ReferralLoop(c, r)).isReferred()).isTrue();
    Referral cancelled = r.evolve(drafted);
    Optional<CaseCommand> close = ReferralLoop.caseCommandFor(cancelled, drafted);
    assertThat(close).contains(new CaseCommand.CloseReferralLoop(HOUSING_NEED, REF, MAARTJE, t(1)));
    assertThat(ReferralLoop.caseCommandFor(r, new ReferralEvent.Received(REF, t(1)))).isEmpty();
    assertThatThrownBy(() -> ReferralLoop.caseCommandFor(r, new ReferralEvent.Received(ReferralId.of("x"), t(1))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.WRONG_REFERRAL);
    caseEvents.add(c.decide(close.get()).event());
    assertThat(caseEvents).extracting(CaseEvent::type).containsExactly("case.referral-loop-closed");
  }

  @Test
  void aHostThatCarriesOverAnEventOfAnotherReferralGetsARuleViolationNotABug() {
    Referral r = drafted().referral();
    ReferralEvent ofAnother = new ReferralEvent.Received(ReferralId.of("ref-of-another-host"), t(1));
    assertThatThrownBy(() -> ReferralLoop.caseCommandFor(r, ofAnother))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.code()).isEqualTo(ReferralCodes.WRONG_REFERRAL);
          assertThat(e.subject()).isEqualTo(REF.value());
          assertThat(e.getMessage()).doesNotContain("ref-of-another-host");
        });
  }

  @Test
  void aLoopPairsAReferralOnlyWithTheCaseOfItsNeed() {
    Referral r = drafted().referral();
    Case other = Case.open(CaseId.of("case-other"), CLIENT, WELFARE, MAARTJE, T0).state();
    assertThatThrownBy(() -> new ReferralLoop(other, r))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.WRONG_CASE);
    Case otherClient = Case.open(CASE, ClientId.of("someone-else"), WELFARE, MAARTJE, T0).state();
    assertThatThrownBy(() -> new ReferralLoop(otherClient, r))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.WRONG_CASE);
    Case noSuchNeed = Case.open(CASE, CLIENT, WELFARE, MAARTJE, T0).state();
    assertThatThrownBy(() -> new ReferralLoop(noSuchNeed, r))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.WRONG_CASE);
  }

  @Test
  void bothVersionsAreChecked() {
    ReferralLoop loop = drafted();
    assertThat(loop.decide(new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1)), ExpectedVersion.exactly(1),
        ExpectedVersion.exactly(loop.caseFile().version())).loop().referral().version()).isEqualTo(2);
    assertThatThrownBy(() -> loop.decide(new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1)),
        ExpectedVersion.exactly(2), ExpectedVersion.any()))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.aggregateId()).isEqualTo("ref-1"));
    assertThatThrownBy(() -> loop.decide(new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1)),
        ExpectedVersion.any(), ExpectedVersion.exactly(1)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.aggregateId()).isEqualTo("case-k"));
  }

  @Test
  void replayedCaseHistoriesKeepTheReferralRules() {
    Case c = drafted().caseFile();
    // A referral by someone who is not accountable cannot be replayed.
    assertThatThrownBy(() -> caseWithHousingNeed().evolve(
        new CaseEvent.NeedReferred(CASE, HOUSING_NEED, REF, SHELTER, COLLEAGUE, T0)))
        .extracting(Rejections::code).isEqualTo(CaseCodes.ACCOUNTABLE_MISMATCH);
    // Nor a handover that names the wrong previous holder, or a loop that was never opened.
    assertThatThrownBy(() -> c.evolve(
        new CaseEvent.NeedHandedOver(CASE, HOUSING_NEED, REF, COLLEAGUE, RECEIVER, SHELTER, t(1))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.ACCOUNTABLE_MISMATCH);
    assertThatThrownBy(() -> c.evolve(
        new CaseEvent.ReferralLoopClosed(CASE, HOUSING_NEED, ReferralId.of("never"), MAARTJE, t(1))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.REFERRAL_UNKNOWN);
    assertThatThrownBy(() -> c.decide(new CaseCommand.HandOverNeed(HOUSING_NEED, REF, MAARTJE, SHELTER, t(1))))
        .extracting(Rejections::code).isEqualTo(CaseCodes.SAME_PROFESSIONAL);
  }

  @Test
  void needsValidateTheirReferrals() {
    assertThatThrownBy(() -> new Need(HOUSING_NEED, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE, T0,
        Optional.of(new Disposition.Met(t(1))), ImmutableSet.of(REF)))
        .extracting(Rejections::code).isEqualTo("need.disposed-while-referred");
    Need plain = new Need(HOUSING_NEED, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE, T0, Optional.empty());
    assertThat(plain.openReferrals()).isEmpty();
    assertThat(plain.isReferred()).isFalse();
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Case.class, caseWithHousingNeed())
        .setDefault(Referral.class, drafted().referral())
        .setDefault(ReferralCommand.class, new ReferralCommand.Cancel(MAARTJE, t(1)))
        .setDefault(ReferralEvent.class, new ReferralEvent.Received(REF, t(1)))
        .setDefault(ExpectedVersion.class, ExpectedVersion.any())
        .setDefault(Instant.class, T0)
        .setDefault(String.class, "night-shelter")
        .setDefault(NeedId.class, HOUSING_NEED)
        .setDefault(ReferralId.class, ReferralId.of("ref-9"))
        .setDefault(CaseId.class, CASE)
        .setDefault(ProfessionalId.class, MAARTJE)
        .setDefault(AgencyId.class, SHELTER);
    tester.testAllPublicStaticMethods(ReferralLoop.class);
    tester.testAllPublicInstanceMethods(drafted());
    tester.testAllPublicConstructors(ReferralLoop.class);
    tester.testAllPublicConstructors(CaseCommand.ReferNeed.class);
    tester.testAllPublicConstructors(CaseCommand.HandOverNeed.class);
    tester.testAllPublicConstructors(CaseEvent.NeedHandedOver.class);
  }
}
