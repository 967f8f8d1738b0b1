package io.github.casework.examples.simulation;

/**
 * How the referrer works under the {@link Policy#CLOSED_LOOP} policy. At a referral's follow-up due date the
 * referrer looks at it (with probability {@code followUpReliability}; a missed follow-up is tried again one
 * follow-up period later) and acts: acknowledges the outcome and records the need as met, escalates a refusal,
 * re-engages a client who dropped out (with probability {@code reEngageProbability}) by referring again, escalates
 * an urgent need stuck on a waiting list, or records the need as unmet with a reason. At the start of a service the
 * receiving counsellor accepts accountability (a warm handover) with probability {@code warmHandoverProbability}.
 * A need is referred at most {@code maxReferralsPerNeed} times. Immutable and thread-safe.
 *
 * @param followUpReliability the probability a due follow-up is done on time, from 0 to 1
 * @param reEngageProbability the probability a client who dropped out is re-engaged and referred again, 0 to 1
 * @param warmHandoverProbability the probability of a warm handover when a service starts, from 0 to 1
 * @param maxReferralsPerNeed the most referrals made for one need, at least 1
 */
public record ClosedLoopConfig(double followUpReliability, double reEngageProbability,
    double warmHandoverProbability, int maxReferralsPerNeed) {
  /**
   * Validates the components.
   *
   * @param followUpReliability the probability a due follow-up is done on time, from 0 to 1
   * @param reEngageProbability the probability a client who dropped out is re-engaged and referred again, 0 to 1
   * @param warmHandoverProbability the probability of a warm handover when a service starts, from 0 to 1
   * @param maxReferralsPerNeed the most referrals made for one need, at least 1
   * @throws io.github.casework.InvalidValueException if a component is out of range
   */
  public ClosedLoopConfig {
    ConfigChecks.probability(followUpReliability, "ClosedLoopConfig.followUpReliability");
    ConfigChecks.probability(reEngageProbability, "ClosedLoopConfig.reEngageProbability");
    ConfigChecks.probability(warmHandoverProbability, "ClosedLoopConfig.warmHandoverProbability");
    ConfigChecks.between(maxReferralsPerNeed, 1, ConfigChecks.MAX_COUNT, "ClosedLoopConfig.maxReferralsPerNeed");
  }
}
