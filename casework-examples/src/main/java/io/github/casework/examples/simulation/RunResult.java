package io.github.casework.examples.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;

/**
 * What one run of the district model measured: one policy, one replication. The measures are named in
 * {@link Metrics}; the weekly series holds the same counts week by week and the waiting lists. Immutable and
 * thread-safe.
 *
 * @param policy the policy the referrers followed, not null
 * @param replication the replication's index, from 0
 * @param metrics every measure of {@link Metrics#NAMES}, in that order, not null
 * @param weekly the weekly series, not null
 */
public record RunResult(Policy policy, int replication, ImmutableMap<String, Double> metrics, WeeklySeries weekly) {
  /**
   * Validates the components.
   *
   * @param policy the policy the referrers followed, not null
   * @param replication the replication's index, from 0
   * @param metrics every measure of {@link Metrics#NAMES}, in that order, not null
   * @param weekly the weekly series, not null
   * @throws IllegalArgumentException if a measure is missing or the index negative
   */
  public RunResult {
    requireNonNull(policy, "policy");
    requireNonNull(metrics, "metrics");
    requireNonNull(weekly, "weekly");
    if (replication < 0 || !metrics.keySet().asList().equals(Metrics.NAMES)) {
      throw new IllegalArgumentException("bug: a run result must have every metric, in order");
    }
  }

  /**
   * Returns one measure.
   *
   * @param name a name from {@link Metrics#NAMES}, not null
   * @return its value
   * @throws IllegalArgumentException if there is no such measure
   */
  public double metric(String name) {
    Double v = metrics.get(requireNonNull(name, "name"));
    if (v == null) {
      throw new IllegalArgumentException("no metric " + name);
    }
    return v;
  }
}
