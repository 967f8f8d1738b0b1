package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralLoop;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.ReferralStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A need handed over through a referral is the receiver's while the referral is accepted or in progress — the
 * receiver's agency must hold an open case of the client then — and no longer once the referral is done.
 */
class OrphanedHandoverStatusTest {

  private static ReferralLoop handedOver(ReferralCommand... more) {
    ReferralLoop loop = ReferralLoop.draft(OrphanedNeedTest.openCase("case-x", OrphanedNeedTest.WELFARE,
            OrphanedNeedTest.COLLEAGUE, LifeDomain.HOUSING, OrphanedNeedTest.MONDAY), NeedId.of("need-housing"),
        ReferralId.of("r-house"), OrphanedNeedTest.COLLEAGUE, OrphanedNeedTest.HOUSING, "housing-priority",
        OrphanedNeedTest.day(1)).loop();
    List<ReferralCommand> commands = new ArrayList<>(List.of(
        new ReferralCommand.RecordBasis(OrphanedNeedTest.BASIS, OrphanedNeedTest.day(1)),
        new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)),
            OrphanedNeedTest.day(1)),
        new ReferralCommand.Accept(OrphanedNeedTest.day(2)),
        new ReferralCommand.AcceptAccountability(OrphanedNeedTest.OFFICIAL, OrphanedNeedTest.day(3))));
    commands.addAll(List.of(more));
    for (ReferralCommand command : commands) {
      loop = loop.decide(command).loop();
    }
    return loop;
  }

  private static List<OrphanedNeed> orphans(ReferralLoop loop) {
    Case closed = loop.caseFile().decide(new CaseCommand.Close(ClosureReason.TRANSFERRED, OrphanedNeedTest.day(6)))
        .state();
    return OrphanedNeedTest.caseload(List.of(closed), List.of(loop)).orphanedNeeds();
  }

  @Test
  void aReferralInProgressStillHandsTheNeedToTheReceiver() {
    ReferralLoop started = handedOver(new ReferralCommand.Start(OrphanedNeedTest.day(4)));
    assertThat(started.referral().status()).isEqualTo(ReferralStatus.IN_PROGRESS);
    assertThat(orphans(started)).singleElement().satisfies(o -> {
      assertThat(o.referral()).contains(ReferralId.of("r-house"));
      assertThat(o.accountable()).isEqualTo(OrphanedNeedTest.OFFICIAL);
    });
  }

  @Test
  void aCompletedReferralHandsNothingOver() {
    ReferralLoop done = handedOver(new ReferralCommand.Start(OrphanedNeedTest.day(4)),
        new ReferralCommand.Complete(ReferralOutcome.NEED_MET, OrphanedNeedTest.day(5)));
    assertThat(done.referral().status()).isNotIn(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS);
    assertThat(orphans(done)).isEmpty();
  }
}
