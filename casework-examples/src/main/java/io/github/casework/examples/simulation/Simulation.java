package io.github.casework.examples.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the simulation kit: runs the district model under both {@linkplain Policy policies} for a
 * number of independent replications, in parallel across the machine's cores, and writes the results.
 *
 * <pre>{@code
 * SimulationConfig config = SimulationConfig.read(Path.of("district.json"));   // or SimulationConfig.defaults()
 * SimulationResult result = Simulation.run(config, 42, 10, 8, Path.of("out"), ProgressListener.NONE);
 * Estimate cracks = result.estimate(Policy.CLOSED_LOOP, Metrics.CLIENTS_BETWEEN_CRACKS);
 * }</pre>
 *
 * <p><b>Reproducibility.</b> Replication {@code r} draws from the {@code r}-th stream of the seed
 * ({@link RandomStreams#replication}); both policies of a replication start from the same stream, so they meet
 * the same clients (a paired comparison). Results are gathered by index, never by finishing order, and files are
 * written with fixed formats: the same configuration and seed give byte-identical files, whatever the number of
 * cores.
 *
 * <p>Stateless; thread-safe.
 */
public final class Simulation {
  private static final long RUN_BASE_BYTES = 16L << 20;
  private static final long RUN_BYTES_PER_CLIENT_A_YEAR = 4096;

  private Simulation() {}

  /**
   * Runs both policies for a number of replications and, if a directory is given, writes the output files (see
   * {@link SimulationResult#write(Path)}).
   *
   * @param config the district, not null
   * @param seed the seed of all random streams
   * @param years how many years to simulate, at least 1 (a year is 52 or 53 weeks: 365.2425 days, rounded to
   *     whole weeks over the whole period)
   * @param replications how many independent replications, at least 1
   * @param outDir where to write the files, created if needed; null to write nothing
   * @param progress told how far the runs have come, not null
   * @return the results of every run and their summary
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if {@code years} or {@code replications} is less than 1
   */
  public static SimulationResult run(SimulationConfig config, long seed, int years, int replications,
      @Nullable Path outDir, ProgressListener progress) throws IOException {
    SimulationResult result = run(config, seed, years, replications, progress);
    if (outDir != null) {
      result.write(outDir);
    }
    return result;
  }

  /**
   * Runs both policies for a number of replications, without writing files.
   *
   * @param config the district, not null
   * @param seed the seed of all random streams
   * @param years how many years to simulate, at least 1
   * @param replications how many independent replications, at least 1
   * @param progress told how far the runs have come, not null
   * @return the results of every run and their summary
   * @throws IllegalArgumentException if {@code years} or {@code replications} is less than 1
   */
  public static SimulationResult run(SimulationConfig config, long seed, int years, int replications,
      ProgressListener progress) {
    requireNonNull(config, "config");
    requireNonNull(progress, "progress");
    if (years < 1 || replications < 1) {
      throw new IllegalArgumentException("years and replications must be at least 1");
    }
    int weeks = weeks(years);
    List<Task> tasks = new ArrayList<>();
    for (int r = 0; r < replications; r++) {
      for (Policy policy : Policy.values()) {
        tasks.add(new Task(config, policy, r));
      }
    }
    return new SimulationResult(config, seed, years, weeks, replications, runAll(tasks, seed, weeks, progress));
  }

  /** One run to make: a configuration, a policy and a replication index. */
  record Task(SimulationConfig config, Policy policy, int replication) {}

  /**
   * Runs tasks in parallel across the machine's cores and returns their results in task order, whatever order
   * they finish in.
   */
  static ImmutableList<RunResult> runAll(List<Task> tasks, long seed, int weeks, ProgressListener progress) {
    Progress tracker = new Progress(tasks.size(), progress);
    int threads = threads(tasks, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "casework-simulation-" + threadNumber.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<RunResult>> futures = new ArrayList<>(tasks.size());
      for (Task t : tasks) {
        int task = futures.size();
        futures.add(pool.submit(() -> {
          RunResult result = runOne(t.config(), t.policy(), seed, t.replication(), weeks,
              f -> tracker.update(task, f));
          tracker.done(task);
          return result;
        }));
      }
      ImmutableList.Builder<RunResult> runs = ImmutableList.builder();
      for (Future<RunResult> f : futures) {
        runs.add(f.get());
      }
      return runs.build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the simulation was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * How many runs to have in progress at once: one per core, but no more than the heap holds. A run of the
   * default district (6,000 clients a year) holds well under 20 MB at any time; the budget per run is
   * 16 MiB plus 4 KiB per new client a year, about twice that, so that a capped heap ({@code -Xmx512m}) on a machine with many cores does not run out.
   */
  static int threads(List<Task> tasks, int cores, long maxHeap) {
    double clients = tasks.stream().mapToDouble(t -> t.config().clientsPerYear()).max().orElse(0);
    long perRun = RUN_BASE_BYTES + (long) (RUN_BYTES_PER_CLIENT_A_YEAR * clients);
    long byHeap = Math.max(1, maxHeap / perRun);
    return (int) Math.max(1, Math.min(Math.min(tasks.size(), cores), byHeap));
  }

  /**
   * Runs one policy for one replication on the calling thread: the stable entry point for running replications
   * elsewhere (on a cluster, one task per replication). The result depends only on the arguments: it is the same
   * run, bit for bit, as replication {@code replication} of {@link #run} with the same seed.
   *
   * @param config the district, not null
   * @param policy the policy, not null
   * @param seed the seed of all random streams
   * @param replication the replication's index, from 0
   * @param weeks how many weeks to simulate, at least 1
   * @return what the run measured
   * @throws IllegalArgumentException if {@code weeks} is less than 1 or the index negative
   */
  public static RunResult runOne(SimulationConfig config, Policy policy, long seed, int replication, int weeks) {
    return runOne(config, policy, seed, replication, weeks, f -> { });
  }

  /**
   * Returns the number of whole weeks in a number of years (of 365.2425 days).
   *
   * @param years the years, at least 1
   * @return the weeks
   */
  public static int weeks(int years) {
    if (years < 1) {
      throw new IllegalArgumentException("years must be at least 1");
    }
    return (int) Math.round(years * 365.2425 / 7);
  }

  private static RunResult runOne(SimulationConfig config, Policy policy, long seed, int replication, int weeks,
      java.util.function.DoubleConsumer progress) {
    requireNonNull(config, "config");
    requireNonNull(policy, "policy");
    if (weeks < 1) {
      throw new IllegalArgumentException("weeks must be at least 1");
    }
    return new DistrictModel(config, policy, RandomStreams.replication(seed, replication), weeks)
        .run(replication, progress);
  }

  /** Adds up the runs' progress and tells the listener, one call at a time, only when it moved visibly. */
  private static final class Progress {
    private final double[] fractions;
    private final ProgressListener listener;
    private int done;
    private double reported = -1;

    Progress(int tasks, ProgressListener listener) {
      this.fractions = new double[tasks];
      this.listener = listener;
    }

    synchronized void update(int task, double fraction) {
      fractions[task] = fraction;
      double total = 0;
      for (double f : fractions) {
        total += f;
      }
      total /= fractions.length;
      if (total - reported >= 0.001) {
        reported = total;
        listener.progress(done, fractions.length, total);
      }
    }

    synchronized void done(int task) {
      done++;
      fractions[task] = 1;
      double total = 0;
      for (double f : fractions) {
        total += f;
      }
      reported = Math.max(reported, total / fractions.length);
      listener.progress(done, fractions.length, reported);
    }
  }
}
