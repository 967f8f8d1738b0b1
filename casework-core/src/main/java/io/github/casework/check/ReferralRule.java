package io.github.casework.check;

import com.google.common.collect.ImmutableList;
import io.github.casework.referral.NetworkFinding;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralNetwork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
    // The stale referrals are read here, in referral order as ReferralNetwork.staleReferrals lists them, and each
    // becomes its finding at once: a NetworkFinding.StaleReferral and its Duration per finding, and the list of
    // them, were a seventh of the check's allocation. ReferralRuleTest pins the two readings to each other.
    for (Referral r : network.referrals()) {
      stale(run, r);
    }
    List<NetworkFinding.PingPong> pingPongs = network.pingPongs(run.check.pingPongThreshold());
    pingPongs.forEach(f -> pingPong(run, f, network));
    network.deadlocks().forEach(f -> deadlock(run, f));
  }

  /** Adds the finding of a referral past its due date, as {@link ReferralNetwork#staleReferrals} defines it. */
  private static void stale(CheckRun run, Referral r) {
    // Each branch reads its Instant out of the Optional at once: an Optional merged from three branches escaped
    // (the JIT does not scalar-replace it across the merge), one allocation per sent referral.
    Instant dueAt;
    NetworkFinding.StaleReferral.Kind kind;
    switch (r.status()) {
      case SENT, RECEIVED -> {
        dueAt = r.responseDue().orElseThrow(ReferralRule::noDueDate);
        kind = NetworkFinding.StaleReferral.Kind.NO_RESPONSE;
      }
      case ACCEPTED, IN_PROGRESS -> {
        dueAt = r.followUpDue().orElseThrow(ReferralRule::noDueDate);
        kind = NetworkFinding.StaleReferral.Kind.NO_OUTCOME;
      }
      case WAITLISTED -> {
        dueAt = r.expectedStart().orElseThrow(ReferralRule::noDueDate);
        kind = NetworkFinding.StaleReferral.Kind.WAITLIST_OVERDUE;
      }
      default -> {
        return;
      }
    }
    if (!run.at.isAfter(dueAt)) {
      return;
    }
    AgencyRef to = run.agency(r.to());
    LocalDate dueDate = run.dueDate(dueAt);
    // Client, referral, agency: already in SubjectRef order (by kind), and the client's and the agency's references
    // are shared between findings. A stale referral is the commonest finding of a large caseload.
    run.addSorted(Severity.WARNING, ImmutableList.of(run.subject(r.client()), SubjectRef.of(r.id()),
            run.subject(r.to())),
        new Facts.OverdueReferral(r.client(), r.id(), to, kind, dueAt, dueDate, daysOverdue(dueAt, run.at)),
        new NextStep.FollowUpReferral(r.id(), to, dueDate));
  }

  private static AssertionError noDueDate() {
    return new AssertionError("bug: a sent referral without its due date");
  }

  /**
   * {@return the whole days from {@code due} to the later {@code at}: {@code Duration.between(due, at).toDays()}
   * without the duration}
   */
  static long daysOverdue(Instant due, Instant at) {
    long seconds = at.getEpochSecond() - due.getEpochSecond() - (at.getNano() < due.getNano() ? 1 : 0);
    return seconds / 86_400;
  }

  private static void pingPong(CheckRun run, NetworkFinding.PingPong f, ReferralNetwork network) {
    List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(f.client()), SubjectRef.of(f.first()),
        SubjectRef.of(f.second())));
    f.referrals().forEach(r -> subjects.add(SubjectRef.of(r)));
    ImmutableList<Facts.PingPong.HandOff> handOffs = f.referrals().stream().map(id -> {
      // The network's own index of its referrals: looking them up here hashed every referral of the caseload.
      Referral r = network.referral(id).orElseThrow(() -> new AssertionError("bug: a ping-pong names a stranger"));
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
