package io.github.casework.referral;

import static io.github.casework.referral.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.casework.Deadline;
import io.github.casework.referral.DataSharingBasis.LegalBasis;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A service's answer to a capacity query travels with the sending and stays on the referral. */
class CapacityTest {
  private static Referral sent(Optional<Capacity> capacity) {
    Referral r = Fixtures.apply(Fixtures.drafted(),
        new ReferralCommand.RecordBasis(new LegalBasis(LegalGround.PUBLIC_TASK, "Wgs art. 7"), t(1)));
    return r.decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)),
        t(2), capacity)).state();
  }

  @Test
  void theAnswerIsRecordedWithTheSendingAndKeptAfterwards() {
    Referral full = sent(Optional.of(Capacity.NO));
    assertThat(full.capacity()).contains(Capacity.NO);
    assertThat(full.sending().orElseThrow().capacity()).contains(Capacity.NO);
    Referral refused = full.decide(new ReferralCommand.Refuse(new Refusal.NoCapacity(), t(3))).state();
    assertThat(refused.capacity()).contains(Capacity.NO);
    assertThat(Fixtures.drafted().capacity()).isEmpty();
    assertThat(sent(Optional.empty()).capacity()).isEmpty();
  }

  @Test
  void theAnswerIsPartOfTheEventTheStateAndEquality() {
    Referral waitlist = sent(Optional.of(Capacity.WAITLIST_ONE_TO_THREE_MONTHS));
    Referral based = Fixtures.apply(Fixtures.drafted(),
        new ReferralCommand.RecordBasis(new LegalBasis(LegalGround.PUBLIC_TASK, "Wgs art. 7"), t(1)));
    var decision = based.decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)),
        Deadline.after(Duration.ofDays(28)), t(2), Optional.of(Capacity.WAITLIST_ONE_TO_THREE_MONTHS)));
    assertThat(((ReferralEvent.Sent) decision.event()).capacity()).contains(Capacity.WAITLIST_ONE_TO_THREE_MONTHS);
    assertThat(based.evolve(decision.event())).isEqualTo(waitlist);
    new EqualsTester()
        .addEqualityGroup(sent(Optional.empty()), sent(Optional.empty()))
        .addEqualityGroup(waitlist, sent(Optional.of(Capacity.WAITLIST_ONE_TO_THREE_MONTHS)))
        .addEqualityGroup(sent(Optional.of(Capacity.YES)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new Sending(t(0), t(1), t(2)), new Sending(t(0), t(1), t(2), Optional.empty()))
        .addEqualityGroup(new Sending(t(0), t(1), t(2), Optional.of(Capacity.NO)))
        .testEquals();
    assertThat(new ReferralCommand.Send(Deadline.after(Duration.ZERO), Deadline.after(Duration.ZERO), t(0)).capacity())
        .isEmpty();
    assertThat(Capacity.values()).filteredOn(Capacity::isWaitlist).hasSize(4);
  }
}
