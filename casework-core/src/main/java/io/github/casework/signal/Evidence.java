package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ReferralId;
import java.util.Collection;

/**
 * The evidence behind a signal: how many cases, escalations and refusals show the trend, and the pseudonymous ids
 * of those the raisers can name. Never personal details: a case is named by its {@link CaseId}, a refusal by
 * the {@link ReferralId} that was refused.
 *
 * <p>Invariants: counts are not negative, each count is at least the number of ids given for it (a count may
 * include cases that are not listed), and the evidence is not empty. Id sets are sorted. Immutable and
 * thread-safe.
 *
 * @param caseCount the number of cases, at least {@code caseIds.size()}
 * @param escalationCount the number of escalations, at least {@code escalationIds.size()}
 * @param refusalCount the number of refused referrals, at least {@code refusalIds.size()}
 * @param caseIds the cases named, not null
 * @param escalationIds the escalations named, not null
 * @param refusalIds the refused referrals named, not null
 */
public record Evidence(int caseCount, int escalationCount, int refusalCount, ImmutableSortedSet<CaseId> caseIds,
    ImmutableSortedSet<EscalationId> escalationIds, ImmutableSortedSet<ReferralId> refusalIds) {

  /**
   * Validates the components.
   *
   * @param caseCount the number of cases, at least {@code caseIds.size()}
   * @param escalationCount the number of escalations, at least {@code escalationIds.size()}
   * @param refusalCount the number of refused referrals, at least {@code refusalIds.size()}
   * @param caseIds the cases named, not null
   * @param escalationIds the escalations named, not null
   * @param refusalIds the refused referrals named, not null
   * @throws InvalidValueException if a count is negative or below its number of ids, or all counts are zero
   */
  public Evidence {
    requireNonNull(caseIds, "caseIds");
    requireNonNull(escalationIds, "escalationIds");
    requireNonNull(refusalIds, "refusalIds");
    checkCount("Evidence.caseCount", caseCount, caseIds.size());
    checkCount("Evidence.escalationCount", escalationCount, escalationIds.size());
    checkCount("Evidence.refusalCount", refusalCount, refusalIds.size());
    if (caseCount == 0 && escalationCount == 0 && refusalCount == 0) {
      throw new InvalidValueException(SignalCodes.EVIDENCE_EMPTY, "Evidence",
          "a signal needs at least one counted item");
    }
  }

  private static void checkCount(String field, int count, int ids) {
    if (count < 0) {
      throw new InvalidValueException(SignalCodes.EVIDENCE_NEGATIVE_COUNT, field, "must not be negative");
    }
    if (count < ids) {
      throw new InvalidValueException(SignalCodes.EVIDENCE_COUNT_BELOW_IDS, field,
          "must be at least the number of ids given for it");
    }
  }

  /**
   * Returns evidence of exactly the items named.
   *
   * @param cases the cases, not null
   * @param escalations the escalations, not null
   * @param refusals the refused referrals, not null
   * @return the evidence, with each count the number of distinct ids
   * @throws InvalidValueException if no id is given at all
   */
  public static Evidence ofIds(Collection<CaseId> cases, Collection<EscalationId> escalations,
      Collection<ReferralId> refusals) {
    ImmutableSortedSet<CaseId> c = ImmutableSortedSet.copyOf(requireNonNull(cases, "cases"));
    ImmutableSortedSet<EscalationId> e = ImmutableSortedSet.copyOf(requireNonNull(escalations, "escalations"));
    ImmutableSortedSet<ReferralId> r = ImmutableSortedSet.copyOf(requireNonNull(refusals, "refusals"));
    return new Evidence(c.size(), e.size(), r.size(), c, e, r);
  }

  /**
   * Returns evidence of counts only, without ids.
   *
   * @param cases the number of cases, at least 0
   * @param escalations the number of escalations, at least 0
   * @param refusals the number of refused referrals, at least 0
   * @return the evidence
   * @throws InvalidValueException if a count is negative or all are zero
   */
  public static Evidence ofCounts(int cases, int escalations, int refusals) {
    return new Evidence(cases, escalations, refusals, ImmutableSortedSet.of(), ImmutableSortedSet.of(),
        ImmutableSortedSet.of());
  }
}
