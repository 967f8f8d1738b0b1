package io.github.casework.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.NetworkFinding;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralNetwork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the {@link ReferralNetwork} finds: stale referrals (no response, no outcome, waitlist past its expected
 * start), ping-pong (van het kastje naar de muur) and precondition deadlocks.
 */
final class ReferralRule implements Rule {
  @Override
  public RuleScope scope() {
    return RuleScope.CLIENT;
  }

  @Override
  public void check(CheckRun run) {
    ReferralNetwork network = ReferralNetwork.of(run.caseload.referrals());
    network.staleReferrals(run.at).forEach(f -> stale(run, f));
    List<NetworkFinding.PingPong> pingPongs = network.pingPongs(run.check.pingPongThreshold());
    if (!pingPongs.isEmpty()) {
      // Only the referrals the findings name: a map of every referral in the caseload was most of this rule's cost.
      Set<ReferralId> named = new HashSet<>();
      pingPongs.forEach(f -> named.addAll(f.referrals()));
      Map<ReferralId, Referral> byId = Maps.newHashMapWithExpectedSize(named.size());
      for (Referral r : run.caseload.referrals()) {
        if (named.contains(r.id())) {
          byId.put(r.id(), r);
        }
      }
      pingPongs.forEach(f -> pingPong(run, f, byId));
    }
    network.deadlocks().forEach(f -> deadlock(run, f));
  }

  private static void stale(CheckRun run, NetworkFinding.StaleReferral f) {
    AgencyRef to = run.agency(f.to());
    LocalDate dueDate = run.dueDate(f.due());
    // Client, referral, agency: already in SubjectRef order (by kind), and the client's and the agency's references
    // are shared between findings. A stale referral is the commonest finding of a large caseload.
    run.addSorted(Severity.WARNING, ImmutableList.of(run.subject(f.client()), SubjectRef.of(f.referral()),
            run.subject(f.to())),
        new Facts.OverdueReferral(f.client(), f.referral(), to, f.kind(), f.due(), dueDate, f.overdue().toDays()),
        new NextStep.FollowUpReferral(f.referral(), to, dueDate));
  }

  private static void pingPong(CheckRun run, NetworkFinding.PingPong f, Map<ReferralId, Referral> byId) {
    List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(f.client()), SubjectRef.of(f.first()),
        SubjectRef.of(f.second())));
    f.referrals().forEach(r -> subjects.add(SubjectRef.of(r)));
    ImmutableList<Facts.PingPong.HandOff> handOffs = f.referrals().stream().map(id -> {
      Referral r = byId.get(id);
      return new Facts.PingPong.HandOff(id, r.from(), r.to(), r.sentAt().orElse(r.draftedAt()));
    }).collect(ImmutableList.toImmutableList());
    AgencyRef first = run.agency(f.first());
    AgencyRef second = run.agency(f.second());
    run.add(Severity.ERROR, subjects, new Facts.PingPong(f.client(), f.domain(), first, second, f.returns(),
        handOffs), new NextStep.AgreeWhoStarts(first, second));
  }

  private static void deadlock(CheckRun run, NetworkFinding.PreconditionDeadlock f) {
    List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(f.client())));
    f.cycle().forEach(b -> {
      subjects.add(SubjectRef.of(b.agency()));
      subjects.add(SubjectRef.of(b.referral()));
    });
    ImmutableList<Facts.Deadlock.Wait> cycle = f.cycle().stream()
        .map(b -> new Facts.Deadlock.Wait(run.agency(b.agency()), b.domain(), b.referral(), b.precondition()))
        .collect(ImmutableList.toImmutableList());
    Facts.Deadlock.Wait first = cycle.get(0);
    run.add(Severity.CRITICAL, subjects, new Facts.Deadlock(f.client(), cycle),
        new NextStep.BreakDeadlock(first.agency(), first.refuses(), first.waitsFor()));
  }
}
