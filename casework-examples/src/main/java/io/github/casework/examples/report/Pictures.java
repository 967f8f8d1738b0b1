package io.github.casework.examples.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.casework.check.Caseload;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.SubjectRef;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.NetworkFinding;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralNetwork;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the picture of a finding in the caseload it was found in: the referral network's deadlock, ping-pong or
 * stale referral that names the same referrals. Immutable and thread-safe.
 */
final class Pictures {
  private final ImmutableMap<ReferralId, Referral> referrals;
  private final ImmutableList<NetworkFinding.PreconditionDeadlock> deadlocks;
  private final ImmutableList<NetworkFinding.PingPong> pingPongs;
  private final ImmutableList<NetworkFinding.StaleReferral> stale;

  private Pictures(Caseload caseload, Instant at) {
    ReferralNetwork network = ReferralNetwork.of(caseload.referrals());
    this.referrals = caseload.referrals().stream().collect(ImmutableMap.toImmutableMap(Referral::id,
        Function.identity(), (a, b) -> a));
    this.deadlocks = network.deadlocks();
    this.pingPongs = network.pingPongs();
    this.stale = network.staleReferrals(at);
  }

  static Pictures of(Caseload caseload, Instant at) {
    return new Pictures(caseload, at);
  }

  Optional<Picture> of(Finding finding) {
    ImmutableSet<ReferralId> named = finding.subjects().stream()
        .filter(s -> s.kind() == SubjectRef.Kind.REFERRAL)
        .map(s -> ReferralId.of(s.id()))
        .collect(ImmutableSet.toImmutableSet());
    if (finding.code() == FindingCode.PRECONDITION_DEADLOCK) {
      return deadlocks.stream()
          .filter(d -> named.equals(d.cycle().stream().map(NetworkFinding.PreconditionDeadlock.Blocked::referral)
              .collect(ImmutableSet.toImmutableSet())))
          .findFirst()
          .map(d -> new Picture.Cycle(d.cycle().stream()
              .map(b -> new Picture.Cycle.Step(b.agency(), b.domain(), b.referral(), b.precondition()))
              .collect(ImmutableList.toImmutableList())));
    }
    if (finding.code() == FindingCode.REFERRAL_PING_PONG) {
      return pingPongs.stream()
          .filter(p -> named.equals(ImmutableSet.copyOf(p.referrals())))
          .findFirst()
          .map(p -> new Picture.HandOffs(p.domain(), p.referrals().stream()
              .map(referrals::get)
              .map(r -> new Picture.HandOffs.HandOff(r.id(), r.from(), r.to(), r.sentAt().orElse(r.draftedAt()),
                  r.respondedAt(), r.refusal().isPresent()))
              .collect(ImmutableList.toImmutableList())));
    }
    Optional<NetworkFinding.StaleReferral.Kind> kind = switch (finding.code()) {
      case REFERRAL_RESPONSE_OVERDUE -> Optional.of(NetworkFinding.StaleReferral.Kind.NO_RESPONSE);
      case REFERRAL_OUTCOME_OVERDUE -> Optional.of(NetworkFinding.StaleReferral.Kind.NO_OUTCOME);
      case REFERRAL_WAITLIST_OVERDUE -> Optional.of(NetworkFinding.StaleReferral.Kind.WAITLIST_OVERDUE);
      default -> Optional.empty();
    };
    return kind.flatMap(k -> stale.stream()
        .filter(s -> s.kind() == k && named.contains(s.referral()))
        .findFirst()
        .map(s -> new Picture.Overdue(s.to(), s.due(), s.overdue())));
  }
}
