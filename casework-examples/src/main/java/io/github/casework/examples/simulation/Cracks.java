package io.github.casework.examples.simulation;

import static java.util.Objects.requireNonNull;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.Need;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.ReferralStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The measure "fell between the cracks" (tussen wal en schip), defined on the states of the library's aggregates
 * alone, so that a researcher can apply it to any stored cases and referrals, not only to simulated ones.
 *
 * <p><b>Definition.</b> At an instant {@code t}, a need of a case has fallen between the cracks when all of these
 * hold:
 * <ol>
 *   <li>in its {@link Case}, the need is still open (it has no disposition: not met, not handed over, not withdrawn,
 *       not recorded as unmet with a reason);
 *   <li>the case shows at least one referral open on the need ({@link Need#openReferrals()}), and every such
 *       referral, in its {@link Referral}, has <em>ended without meeting the need</em>: it is refused, failed, or
 *       completed with an outcome other than {@link ReferralOutcome#NEED_MET};
 *   <li>none of those referrals has its loop closed or was handed over ({@link Referral#isOpen()} holds) — nobody on
 *       the referrer's side acknowledged the end, and nobody at the receiving agency accepted accountability;
 *   <li>each of them ended at least {@code grace} before {@code t} (it last changed no later than {@code t − grace}),
 *       so a referrer who follows up on time is not counted.
 * </ol>
 * The library guarantees that an open need always has an accountable professional on paper; this measure finds the
 * needs where that professional is the only one left and has not acted: the help ended, not met, and nobody is
 * accountable in practice. A client has fallen between the cracks when at least one of its needs has.
 *
 * <p>Stateless; thread-safe.
 */
public final class Cracks {
  private Cracks() {}

  /**
   * Decides whether a need has fallen between the cracks.
   *
   * @param caseFile the case holding the need, not null
   * @param need the need's id, not null
   * @param referrals the current state of a referral by id; must know every referral the case shows open on the
   *     need, not null
   * @param at the instant of the judgement, not null
   * @param grace how long a referral may have ended before its need counts, not negative, not null
   * @return true if the need has fallen between the cracks at {@code at}
   * @throws IllegalArgumentException if the case has no such need or a referral is unknown
   */
  public static boolean fellBetween(Case caseFile, NeedId need, Function<ReferralId, Optional<Referral>> referrals,
      Instant at, Duration grace) {
    requireNonNull(referrals, "referrals");
    requireNonNull(at, "at");
    requireNonNull(grace, "grace");
    Need n = requireNonNull(caseFile, "caseFile").findNeed(requireNonNull(need, "need"))
        .orElseThrow(() -> new IllegalArgumentException("the case has no need " + need));
    if (!n.isOpen() || n.openReferrals().isEmpty()) {
      return false;
    }
    Instant latestEnd = at.minus(grace);
    for (ReferralId id : n.openReferrals()) {
      Referral r = referrals.apply(id)
          .orElseThrow(() -> new IllegalArgumentException("unknown referral " + id));
      if (!endedUnmet(r) || !r.isOpen() || r.lastChangedAt().isAfter(latestEnd)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether a referral has ended without meeting its need: refused, failed, or completed with an outcome
   * other than need met.
   *
   * @param referral the referral, not null
   * @return true if it ended unmet
   */
  public static boolean endedUnmet(Referral referral) {
    ReferralStatus s = referral.status();
    return s == ReferralStatus.REFUSED || s == ReferralStatus.FAILED
        || (s == ReferralStatus.COMPLETED && referral.outcome().orElseThrow() != ReferralOutcome.NEED_MET);
  }
}
