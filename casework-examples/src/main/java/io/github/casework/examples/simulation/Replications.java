package io.github.casework.examples.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;

/**
 * The simulation's replications one at a time, for a runner that spreads them over machines (casework-spark): a
 * {@link RunResult} rebuilt from its parts after it travelled, and the {@link SimulationResult} of runs gathered
 * from anywhere, equal to what {@link Simulation#run(SimulationConfig, long, int, int, ProgressListener)} returns
 * for the same configuration, seed and years. One run is {@link Simulation#runOne}. Stateless; thread-safe.
 */
public final class Replications {
  private Replications() {}

  /**
   * Returns a weekly series rebuilt from its columns and rows, as {@link WeeklySeries#columns()} and
   * {@link WeeklySeries#value(int, String)} give them.
   *
   * @param columns the column names, not null
   * @param rows one row per week, each with a value per column, not null
   * @return the series
   * @throws IllegalArgumentException if a row does not have a value per column
   */
  public static WeeklySeries weekly(Collection<String> columns, long[][] rows) {
    return new WeeklySeries(ImmutableList.copyOf(columns), requireNonNull(rows, "rows"));
  }

  /**
   * Gathers the runs of every replication and policy into the result the single-machine run gives: runs are put in
   * the order of {@link Simulation#run} (replication, then policy), whatever order they arrive in.
   *
   * @param config the district simulated, not null
   * @param seed the seed of all random streams
   * @param years the years simulated, at least 1
   * @param replications how many replications, at least 1
   * @param runs one run per replication and {@link Policy}, in any order, not null
   * @return the result; {@link SimulationResult#write} writes the same bytes as for the single-machine run
   * @throws IllegalArgumentException if a run is missing, repeated or out of range
   */
  public static SimulationResult gather(SimulationConfig config, long seed, int years, int replications,
      Collection<RunResult> runs) {
    requireNonNull(config, "config");
    int weeks = Simulation.weeks(years);
    ImmutableList<RunResult> ordered = ImmutableList.sortedCopyOf(
        Comparator.comparingInt(RunResult::replication).thenComparing(RunResult::policy), runs);
    Policy[] policies = Policy.values();
    if (replications < 1 || ordered.size() != replications * policies.length) {
      throw new IllegalArgumentException("one run per replication and policy is needed");
    }
    for (int i = 0; i < ordered.size(); i++) {
      RunResult r = ordered.get(i);
      if (r.replication() != i / policies.length || r.policy() != policies[i % policies.length]
          || r.weekly().weeks() != weeks) {
        throw new IllegalArgumentException("one run per replication and policy is needed, each of every week");
      }
    }
    return new SimulationResult(config, seed, years, weeks, replications, ordered);
  }
}
