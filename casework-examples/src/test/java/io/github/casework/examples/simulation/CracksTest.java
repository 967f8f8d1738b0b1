package io.github.casework.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.FailureReason;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralLoop;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The definition of "fell between the cracks", condition by condition, on real aggregates. */
class CracksTest {
  private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
  private static final Duration GRACE = Duration.ofDays(56);
  private static final NeedId DEBTS = NeedId.of("n1");
  private static final ProfessionalId WORKER = ProfessionalId.of("sw-1");

  private static ReferralLoop sent() {
    Case c = Case.open(CaseId.of("k1"), ClientId.of("c1"), AgencyId.of("welfare"), WORKER, T0).state();
    c = c.decide(new CaseCommand.RegisterNeed(DEBTS, LifeDomain.FINANCES, Urgency.ROUTINE, WORKER, T0)).state();
    ReferralLoop loop = ReferralLoop.draft(c, DEBTS, ReferralId.of("r1"), WORKER, AgencyId.of("debt-services"),
        "debt-services", T0).loop();
    loop = loop.decide(new ReferralCommand.RecordBasis(new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK,
        "Wgs art. 7"), T0)).loop();
    return loop.decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(7)),
        Deadline.after(Duration.ofDays(28)), T0)).loop();
  }

  private static boolean cracked(ReferralLoop loop, Instant at) {
    return Cracks.fellBetween(loop.caseFile(), DEBTS,
        id -> id.equals(loop.referral().id()) ? Optional.of(loop.referral()) : Optional.empty(), at, GRACE);
  }

  @Test
  void aDropOutNobodyActedOnFallsBetweenTheCracksAfterTheGracePeriod() {
    Instant dropped = T0.plus(Duration.ofDays(30));
    ReferralLoop loop = sent().decide(new ReferralCommand.Waitlist(T0.plus(Duration.ofDays(90)), T0)).loop()
        .decide(new ReferralCommand.Fail(FailureReason.CLIENT_DROPPED_OUT, dropped)).loop();
    assertThat(cracked(loop, dropped.plus(GRACE).minusSeconds(1))).isFalse();
    assertThat(cracked(loop, dropped.plus(GRACE))).isTrue();
  }

  @Test
  void anAcknowledgedRefusalDoesNotCount() {
    ReferralLoop refused = sent().decide(new ReferralCommand.Refuse(new Refusal.NotEligible("criterion"), T0)).loop();
    Instant later = T0.plus(Duration.ofDays(100));
    assertThat(cracked(refused, later)).isTrue();
    ReferralLoop acknowledged = refused.decide(new ReferralCommand.AcknowledgeOutcome(WORKER, T0.plusSeconds(60)))
        .loop();
    assertThat(cracked(acknowledged, later)).isFalse();
  }

  @Test
  void aWaitingOrMetReferralDoesNotCount() {
    ReferralLoop waiting = sent().decide(new ReferralCommand.Waitlist(T0.plus(Duration.ofDays(90)), T0)).loop();
    Instant later = T0.plus(Duration.ofDays(400));
    assertThat(cracked(waiting, later)).isFalse();
    ReferralLoop started = waiting.decide(new ReferralCommand.Accept(T0)).loop()
        .decide(new ReferralCommand.Start(T0)).loop();
    assertThat(cracked(started.decide(new ReferralCommand.Complete(ReferralOutcome.NEED_MET, T0)).loop(), later))
        .isFalse();
    assertThat(cracked(started.decide(new ReferralCommand.Complete(ReferralOutcome.NOT_MET, T0)).loop(), later))
        .isTrue();
    ReferralLoop handedOver = started.decide(new ReferralCommand.AcceptAccountability(
        ProfessionalId.of("debt-counsellor-1"), T0)).loop();
    assertThat(cracked(handedOver.decide(new ReferralCommand.Complete(ReferralOutcome.NOT_MET, T0)).loop(), later))
        .isFalse();
  }
}
