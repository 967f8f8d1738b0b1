package io.github.casework.examples.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The runs of a simulation and their summary: for each policy and measure, the mean over replications with a 95%
 * confidence interval ({@link #estimate}), and for each measure the paired difference closed-loop minus
 * refer-and-forget over the same replications ({@link #difference}). Immutable and thread-safe.
 */
public final class SimulationResult {
  private final SimulationConfig config;
  private final long seed;
  private final int years;
  private final int weeks;
  private final int replications;
  private final ImmutableList<RunResult> runs;

  SimulationResult(SimulationConfig config, long seed, int years, int weeks, int replications,
      ImmutableList<RunResult> runs) {
    this.config = requireNonNull(config, "config");
    this.seed = seed;
    this.years = years;
    this.weeks = weeks;
    this.replications = replications;
    this.runs = requireNonNull(runs, "runs");
  }

  /** {@return the configuration simulated} */
  public SimulationConfig config() {
    return config;
  }

  /** {@return the seed of the random streams} */
  public long seed() {
    return seed;
  }

  /** {@return the number of years simulated} */
  public int years() {
    return years;
  }

  /** {@return the number of weeks simulated} */
  public int weeks() {
    return weeks;
  }

  /** {@return the number of replications} */
  public int replications() {
    return replications;
  }

  /** {@return every run, by replication and then in policy order} */
  public ImmutableList<RunResult> runs() {
    return runs;
  }

  /**
   * Returns the runs of one policy.
   *
   * @param policy the policy, not null
   * @return its runs, by replication
   */
  public ImmutableList<RunResult> runs(Policy policy) {
    requireNonNull(policy, "policy");
    return runs.stream().filter(r -> r.policy() == policy).collect(ImmutableList.toImmutableList());
  }

  /**
   * Estimates the mean of a measure under a policy.
   *
   * @param policy the policy, not null
   * @param metric a name from {@link Metrics#NAMES}, not null
   * @return the mean with its 95% confidence interval over the replications
   * @throws IllegalArgumentException if there is no such measure
   */
  public Estimate estimate(Policy policy, String metric) {
    return Estimate.of(runs(policy).stream().mapToDouble(r -> r.metric(metric)).toArray());
  }

  /**
   * Estimates the paired difference of a measure, closed-loop minus refer-and-forget, replication by replication.
   *
   * @param metric a name from {@link Metrics#NAMES}, not null
   * @return the mean difference with its 95% confidence interval
   * @throws IllegalArgumentException if there is no such measure
   */
  public Estimate difference(String metric) {
    ImmutableList<RunResult> closed = runs(Policy.CLOSED_LOOP);
    ImmutableList<RunResult> forget = runs(Policy.REFER_AND_FORGET);
    double[] d = new double[closed.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = closed.get(i).metric(metric) - forget.get(i).metric(metric);
    }
    return Estimate.of(d);
  }

  /**
   * Writes the output files into a directory, created if needed; existing files of the same names are replaced:
   * <ul>
   *   <li>{@code config.json}: the configuration simulated, all fields given (run it again with this file);
   *   <li>{@code summary.csv}: one row per measure and policy (and {@code difference}, closed-loop minus
   *       refer-and-forget, paired): {@code metric,policy,n,mean,sd,ci95_half_width,ci95_low,ci95_high};
   *   <li>{@code summary.json}: the same, with the seed, years, weeks and replications;
   *   <li>{@code weekly.csv}: one row per policy, replication and week, with the {@link WeeklySeries} columns;
   *   <li>{@code policies.png}: the chart comparing the policies (see {@link PolicyChart}).
   * </ul>
   * Numbers are written with at most six decimals, rounded from their exact binary values, so that the files are
   * byte-identical for the same results.
   *
   * @param dir the directory, not null
   * @throws IOException if a file cannot be written
   */
  public void write(Path dir) throws IOException {
    OutputFiles.write(this, requireNonNull(dir, "dir"));
  }
}
