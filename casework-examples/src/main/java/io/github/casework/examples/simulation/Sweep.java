package io.github.casework.examples.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep: the paired policy comparison run over a grid of values of one number of the configuration, such as
 * {@code closedLoop.followUpReliability=0.5:1.0:0.1}. Every grid point runs the same replications with the same
 * seed, so replication {@code r} meets the same arriving clients at every grid point and under both policies
 * (common random numbers): differences between grid points, like those between policies, are paired. All runs of
 * all grid points go to one pool of threads.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.parse("closedLoop.followUpReliability=0.5:1.0:0.1");
 * Sweep.Result r = sweep.run(SimulationConfig.defaults(), 2027, 2, 4, ProgressListener.NONE);
 * r.write(Path.of("out"));    // sweep.csv, sweep.png, config.json
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the path of the number swept, as in {@link SimulationConfig#withNumber}, not null
 * @param values the grid, ascending, at least one and at most 101 values, not null
 */
public record Sweep(String key, ImmutableList<Double> values) {
  /** The most grid points of a sweep. */
  public static final int MAX_POINTS = 101;

  /**
   * Validates the components.
   *
   * @param key the path of the number swept, not null
   * @param values the grid, ascending, 1 to 101 values, not null
   * @throws InvalidValueException with {@link SimulationCodes#SWEEP} if the grid is empty, too long or not
   *     ascending
   */
  public Sweep {
    requireNonNull(key, "key");
    requireNonNull(values, "values");
    if (values.isEmpty() || values.size() > MAX_POINTS) {
      throw new InvalidValueException(SimulationCodes.SWEEP, "values", "must hold 1 to " + MAX_POINTS + " values");
    }
    for (int i = 1; i < values.size(); i++) {
      if (!(values.get(i) > values.get(i - 1))) {
        throw new InvalidValueException(SimulationCodes.SWEEP, "values", "must be ascending");
      }
    }
  }

  /**
   * Parses {@code key=from:to:step}: the values {@code from}, {@code from + step}, … up to {@code to} (included
   * when the steps reach it), computed in decimal so that {@code 0.5:1.0:0.1} gives exactly 0.5, 0.6, … 1.0.
   *
   * @param text the sweep, not null
   * @return the sweep
   * @throws InvalidValueException with {@link SimulationCodes#SWEEP} if the text is not of that form, the step
   *     not positive, {@code from} above {@code to}, or the grid longer than 101 points
   */
  public static Sweep parse(String text) {
    requireNonNull(text, "text");
    int eq = text.indexOf('=');
    String[] range = eq < 0 ? new String[0] : text.substring(eq + 1).split(":", -1);
    if (eq < 1 || range.length != 3) {
      throw new InvalidValueException(SimulationCodes.SWEEP, "sweep", "must be written key=from:to:step");
    }
    BigDecimal from;
    BigDecimal to;
    BigDecimal step;
    try {
      from = new BigDecimal(range[0].strip());
      to = new BigDecimal(range[1].strip());
      step = new BigDecimal(range[2].strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(SimulationCodes.SWEEP, "sweep", "from, to and step must be decimal numbers");
    }
    if (step.signum() <= 0 || from.compareTo(to) > 0) {
      throw new InvalidValueException(SimulationCodes.SWEEP, "sweep", "needs a positive step and from at most to");
    }
    BigDecimal count = to.subtract(from).divideToIntegralValue(step);
    if (count.compareTo(BigDecimal.valueOf(MAX_POINTS - 1)) > 0) {
      throw new InvalidValueException(SimulationCodes.SWEEP, "sweep", "must have at most " + MAX_POINTS + " points");
    }
    List<Double> values = new ArrayList<>();
    for (int i = 0; i <= count.intValue(); i++) {
      values.add(from.add(step.multiply(BigDecimal.valueOf(i))).doubleValue());
    }
    return new Sweep(text.substring(0, eq).strip(), ImmutableList.copyOf(values));
  }

  /**
   * Returns the configuration of one grid point: the base with the swept number replaced.
   *
   * @param base the configuration swept, not null
   * @param value the value at the grid point
   * @return the configuration
   * @throws InvalidValueException if the key names no number of the configuration or the value breaks a rule
   */
  public SimulationConfig configAt(SimulationConfig base, double value) {
    return requireNonNull(base, "base").withNumber(key, value);
  }

  /**
   * Runs both policies for the replications at every grid point, in parallel across the machine's cores.
   *
   * @param base the configuration swept, not null
   * @param seed the seed of all random streams, the same at every grid point
   * @param years how many years to simulate, at least 1
   * @param replications how many replications per grid point and policy, at least 1
   * @param progress told how far the runs have come, not null
   * @return the results of every grid point
   * @throws InvalidValueException if the key names no number of the configuration or a value breaks a rule
   *     (checked for every grid point before anything runs)
   * @throws IllegalArgumentException if {@code years} or {@code replications} is less than 1
   */
  public Result run(SimulationConfig base, long seed, int years, int replications, ProgressListener progress) {
    requireNonNull(base, "base");
    requireNonNull(progress, "progress");
    if (years < 1 || replications < 1) {
      throw new IllegalArgumentException("years and replications must be at least 1");
    }
    List<SimulationConfig> configs = values.stream().map(v -> configAt(base, v)).toList();
    List<Simulation.Task> tasks = new ArrayList<>();
    for (SimulationConfig c : configs) {
      for (int r = 0; r < replications; r++) {
        for (Policy p : Policy.values()) {
          tasks.add(new Simulation.Task(c, p, r));
        }
      }
    }
    int weeks = Simulation.weeks(years);
    ImmutableList<RunResult> runs = Simulation.runAll(tasks, seed, weeks, progress);
    int perPoint = replications * Policy.values().length;
    ImmutableList.Builder<SimulationResult> points = ImmutableList.builder();
    for (int i = 0; i < configs.size(); i++) {
      points.add(new SimulationResult(configs.get(i), seed, years, weeks, replications,
          runs.subList(i * perPoint, (i + 1) * perPoint)));
    }
    return new Result(this, base, points.build());
  }

  /**
   * The results of a sweep: one {@link SimulationResult} per grid point, in grid order. Immutable and
   * thread-safe.
   *
   * @param sweep the sweep run, not null
   * @param base the configuration swept, not null
   * @param points the results per grid point, one per value, not null
   */
  public record Result(Sweep sweep, SimulationConfig base, ImmutableList<SimulationResult> points) {
    /**
     * Validates the components.
     *
     * @param sweep the sweep run, not null
     * @param base the configuration swept, not null
     * @param points the results per grid point, one per value, not null
     */
    public Result {
      requireNonNull(sweep, "sweep");
      requireNonNull(base, "base");
      requireNonNull(points, "points");
      if (points.size() != sweep.values().size()) {
        throw new IllegalArgumentException("bug: one result per grid point");
      }
    }

    /**
     * Returns the paired difference closed-loop minus refer-and-forget of a measure at every grid point.
     *
     * @param metric a name from {@link Metrics#NAMES}, not null
     * @return the estimates, in grid order
     */
    public ImmutableList<Estimate> differences(String metric) {
      return points.stream().map(p -> p.difference(metric)).collect(ImmutableList.toImmutableList());
    }

    /**
     * Writes {@code sweep.csv} (tidy: one row per grid point, policy — or {@code difference} — and measure:
     * {@code parameter,value,policy,metric,n,mean,sd,ci95_half_width,ci95_low,ci95_high}), {@code sweep.png}
     * (the effect of closed-loop referral against the swept value, with 95% intervals) and {@code config.json}
     * (the configuration swept) into a directory, created if needed.
     *
     * @param dir the directory, not null
     * @throws IOException if a file cannot be written
     */
    public void write(Path dir) throws IOException {
      OutputFiles.writeSweep(this, requireNonNull(dir, "dir"));
    }
  }
}
