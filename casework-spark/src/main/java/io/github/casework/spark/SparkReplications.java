package io.github.casework.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.casework.examples.simulation.Metrics;
import io.github.casework.examples.simulation.Policy;
import io.github.casework.examples.simulation.Replications;
import io.github.casework.examples.simulation.RunResult;
import io.github.casework.examples.simulation.Simulation;
import io.github.casework.examples.simulation.SimulationConfig;
import io.github.casework.examples.simulation.SimulationResult;
import io.github.casework.examples.simulation.WeeklySeries;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The simulation's replications as Spark tasks: one task per replication and policy, each drawing from the same
 * random stream as on one machine ({@link Simulation#runOne} with the same seed and index), so the gathered result
 * equals {@code Simulation.run} and its files ({@link SimulationResult#write}) are byte-identical. This class is the
 * only one here that knows the simulation kit. Stateless; thread-safe.
 */
public final class SparkReplications {
  private SparkReplications() {}

  /**
   * Runs both policies for a number of replications on the session's executors.
   *
   * @param spark the session, not null
   * @param config the district, not null
   * @param seed the seed of all random streams
   * @param years how many years to simulate, 1 to 100
   * @param replications how many replications, 1 to 100000
   * @return the result, equal to the single-machine run's
   * @throws IllegalArgumentException if {@code years} or {@code replications} is out of range
   */
  public static SimulationResult run(SparkSession spark, SimulationConfig config, long seed, int years,
      int replications) {
    requireNonNull(spark, "spark");
    requireNonNull(config, "config");
    if (years < 1 || years > 100 || replications < 1 || replications > 100_000) {
      throw new IllegalArgumentException("years must be 1 to 100 and replications 1 to 100000");
    }
    int weeks = Simulation.weeks(years);
    String configJson = config.toJson();
    List<int[]> tasks = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      for (Policy p : Policy.values()) {
        tasks.add(new int[] {r, p.ordinal()});
      }
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Run> runs = jsc.parallelize(tasks, tasks.size()).map(t -> {
      SimulationConfig c = SimulationConfig.parse(configJson);
      return Run.of(Simulation.runOne(c, Policy.values()[t[1]], seed, t[0], weeks));
    }).collect();
    List<RunResult> results = new ArrayList<>();
    runs.forEach(r -> results.add(r.result()));
    return Replications.gather(config, seed, years, replications, results);
  }

  /** A run as it travels from a task to the driver: plain numbers and names. */
  static final class Run implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int policy;
    private final int replication;
    private final double[] metrics;
    private final String[] columns;
    private final long[][] rows;

    private Run(int policy, int replication, double[] metrics, String[] columns, long[][] rows) {
      this.policy = policy;
      this.replication = replication;
      this.metrics = metrics;
      this.columns = columns;
      this.rows = rows;
    }

    static Run of(RunResult r) {
      double[] metrics = new double[Metrics.NAMES.size()];
      for (int i = 0; i < metrics.length; i++) {
        metrics[i] = r.metric(Metrics.NAMES.get(i));
      }
      WeeklySeries w = r.weekly();
      String[] columns = w.columns().toArray(new String[0]);
      long[][] rows = new long[w.weeks()][columns.length];
      for (int c = 0; c < columns.length; c++) {
        long[] column = w.column(columns[c]);
        for (int week = 0; week < rows.length; week++) {
          rows[week][c] = column[week];
        }
      }
      return new Run(r.policy().ordinal(), r.replication(), metrics, columns, rows);
    }

    RunResult result() {
      ImmutableMap.Builder<String, Double> m = ImmutableMap.builder();
      for (int i = 0; i < metrics.length; i++) {
        m.put(Metrics.NAMES.get(i), metrics[i]);
      }
      return new RunResult(Policy.values()[policy], replication, m.buildOrThrow(),
          Replications.weekly(List.of(columns), rows));
    }
  }
}
