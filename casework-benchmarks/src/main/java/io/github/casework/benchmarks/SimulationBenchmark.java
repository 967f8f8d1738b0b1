package io.github.casework.benchmarks;

import io.github.casework.examples.simulation.Metrics;
import io.github.casework.examples.simulation.Policy;
import io.github.casework.examples.simulation.RunResult;
import io.github.casework.examples.simulation.Simulation;
import io.github.casework.examples.simulation.SimulationConfig;
import io.github.casework.examples.simulation.queue.QueueExperiment;
import io.github.casework.examples.simulation.queue.QueueStatistics;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 6: simulation events per second of the default district (6,000 new clients a year, six agencies,
 * closed-loop policy, one year, one replication, one thread), where every event drives the real aggregates;
 * against the bare event calendar and waiting-list core ({@link QueueExperiment}: one M/M/c agency, no aggregates),
 * counted the same way. Read the {@code events} rows: events per second.
 *
 * <p>Both warm up by work before the timed warm-up iterations ({@link #warmUpByWork}): the district model runs
 * a hundred times more code than the queue core, and on a loaded machine a few seconds of warm-up gave it so little
 * CPU time that the JIT compiler had not finished with it when the measurement began (BENCHMARKS.md, 6).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SimulationBenchmark {
  private final SimulationConfig config = SimulationConfig.defaults();
  private final QueueExperiment queue = QueueExperiment.erlangC(10, 9.0, 1.0, 0, 20_000);
  private static final int WARM_UP_RUNS = 40;
  private long seed = 2027;

  /** Counts simulation events, reported as a throughput. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Events {
    /** Events run by the calendar. */
    public long events;

    /** Resets the count before each iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
    }
  }

  /**
   * Runs each side a fixed number of times before JMH's warm-up iterations, so that the JIT compiler has seen the
   * same work whatever the load of the machine; the seeds are not the measured ones.
   */
  @Setup(Level.Trial)
  public void warmUpByWork() {
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      queue.run(RandomSource.XO_RO_SHI_RO_128_PP.create(-1 - i));
      Simulation.runOne(config, Policy.CLOSED_LOOP, -1 - i, 0, 52);
    }
  }

  /** Baseline: the bare calendar and queue core, one agency, no aggregates; two events per arrival. */
  @Benchmark
  public QueueStatistics baselineQueueCore(Events counter) {
    QueueStatistics stats = queue.run(RandomSource.XO_RO_SHI_RO_128_PP.create(seed++));
    counter.events += 2 * stats.arrivals();
    return stats;
  }

  /** casework: one year of the default district, closed-loop, one replication. */
  @Benchmark
  public RunResult caseworkDistrictYear(Events counter) {
    RunResult r = Simulation.runOne(config, Policy.CLOSED_LOOP, seed++, 0, 52);
    counter.events += (long) r.metric(Metrics.SIMULATION_EVENTS);
    return r;
  }
}
