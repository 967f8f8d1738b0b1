package io.github.casework.check;

import static io.github.casework.check.CaseloadCheckTest.BASIS;
import static io.github.casework.check.CaseloadCheckTest.CLIENT;
import static io.github.casework.check.CaseloadCheckTest.CLINIC;
import static io.github.casework.check.CaseloadCheckTest.MAARTJE;
import static io.github.casework.check.CaseloadCheckTest.WELFARE;
import static io.github.casework.check.CaseloadCheckTest.apply;
import static io.github.casework.check.CaseloadCheckTest.day;
import static io.github.casework.check.CaseloadCheckTest.run;
import static io.github.casework.check.CaseloadCheckTest.world;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.Refusal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A referral sent to a service that said it has no capacity is a finding until the service answers. */
class CapacityRuleTest {
  private static Referral sentTo(String id, Optional<Capacity> capacity) {
    // One client per referral: several referrals of one client to one agency would be ping-pong.
    ClientId client = id.equals("r-full") ? CLIENT : ClientId.of("client-" + id);
    Referral r = Referral.draft(ReferralId.of(id), client, CaseId.of("case-" + id), NeedId.of("need-1"),
        LifeDomain.SUBSTANCE_USE, WELFARE.id(), MAARTJE.id(), CLINIC.id(), "detox", day(0)).state();
    return apply(r, new ReferralCommand.RecordBasis(BASIS, day(0)), new ReferralCommand.Send(
        Deadline.after(Duration.ofDays(5)), Deadline.after(Duration.ofDays(28)), day(0), capacity));
  }

  @Test
  void aReferralSentToAServiceThatSaidNoIsNamedWithWhomToTalk() {
    Referral full = sentTo("r-full", Optional.of(Capacity.NO));
    assertThat(run(world().referrals(List.of(full)).build(), day(1))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.REFERRAL_SENT_WITHOUT_CAPACITY);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.facts()).isEqualTo(new Facts.SentWithoutCapacity(CLIENT, ReferralId.of("r-full"),
          AgencyRef.of(CLINIC), "detox", LocalDate.parse("2026-09-07")));
      assertThat(f.nextStep()).isEqualTo(new NextStep.ReconsiderReferral(AgencyRef.of(CLINIC),
          ReferralId.of("r-full")));
      assertThat(f.subjects()).contains(SubjectRef.of(ReferralId.of("r-full")), SubjectRef.of(CLINIC.id()));
    });
    // Received but not answered: still a finding.
    assertThat(run(world().referrals(List.of(apply(full, new ReferralCommand.Receive(day(1))))).build(), day(2)))
        .extracting(Finding::code).containsExactly(FindingCode.REFERRAL_SENT_WITHOUT_CAPACITY);
  }

  @Test
  void noFindingWhenTheServiceSaidYesOrOfferedAWaitlistOrWasNotAskedOrHasAnswered() {
    List<Referral> quiet = List.of(sentTo("r-yes", Optional.of(Capacity.YES)),
        sentTo("r-wait", Optional.of(Capacity.WAITLIST_UNDER_ONE_MONTH)), sentTo("r-unasked", Optional.empty()),
        apply(sentTo("r-accepted", Optional.of(Capacity.NO)), new ReferralCommand.Accept(day(1))),
        apply(sentTo("r-refused", Optional.of(Capacity.NO)), new ReferralCommand.Refuse(new Refusal.NoCapacity(),
            day(1))));
    assertThat(run(world().referrals(quiet).build(), day(2))).isEmpty();
  }
}
