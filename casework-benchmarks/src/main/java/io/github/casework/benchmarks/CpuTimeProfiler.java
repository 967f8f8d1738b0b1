package io.github.casework.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof io.github.casework.benchmarks.CpuTimeProfiler}) that reports CPU time per operation
 * next to the wall-clock score: {@code cpu.worker} sums the CPU time of JMH's worker threads, {@code cpu.process}
 * the whole JVM's (so it includes the garbage collector and the JIT compiler). On a machine shared with other
 * work, wall-clock time also counts the time the benchmark thread waited for a core; CPU time does not, so ratios
 * of CPU time drift much less with the load. One instance per JMH run, used from its control thread only.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long workerStart;
  private long processStart;

  @Override
  public String getDescription() {
    return "CPU time per operation, of JMH's worker threads and of the whole JVM";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    workerStart = workerCpuNanos();
    processStart = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long worker = workerCpuNanos() - workerStart;
    long process = os.getProcessCpuTime() - processStart;
    long ops = Math.max(1, result.getMetadata().getMeasuredOps());
    return List.of(
        new ScalarResult("cpu.worker", worker / 1_000.0 / ops, "us/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.process", process / 1_000.0 / ops, "us/op", AggregationPolicy.AVG));
  }

  /** Worker threads live through a benchmark's iterations, so the difference over one iteration is its cost. */
  private long workerCpuNanos() {
    long sum = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        long t = threads.getThreadCpuTime(info.getThreadId());
        sum += Math.max(0, t);
      }
    }
    return sum;
  }
}
