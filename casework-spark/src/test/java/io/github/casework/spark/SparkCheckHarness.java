package io.github.casework.spark;

import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.json.CaseworkJson;
import io.github.casework.norm.ServiceNorms;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: a harness that measures events per second of the check on one machine (read the stream, check it, on
 * one thread) and on Spark in local mode with 1 and 2 cores, on the same file, with repetitions. It prints wall-clock
 * and process-CPU rates, since on a shared machine the wall clock measures the neighbours as much as the code.
 *
 * <pre>{@code java <Spark's --add-opens> -cp <test class path> io.github.casework.spark.SparkCheckHarness \
 *     FILE AT REPETITIONS}</pre>
 */
public final class SparkCheckHarness {
  private SparkCheckHarness() {}

  /**
   * Runs the harness.
   *
   * @param args the caseload-events file, the instant to judge at, the repetitions
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Instant at = Instant.parse(args[1]);
    int reps = Integer.parseInt(args[2]);
    long events;
    try (var lines = Files.lines(file)) {
      events = lines.count() - 1;
    }
    CaseloadCheck check = CaseloadCheck.of(ServiceNorms.dutchDefaults());
    System.out.printf(Locale.ROOT, "file %s: %d events; load average %.2f%n", file, events, load());
    int findings = 0;
    for (int r = 0; r <= reps; r++) {
      long wall = System.nanoTime();
      long cpu = cpu();
      List<Finding> found;
      try (InputStream in = Files.newInputStream(file)) {
        Caseload caseload = CaseworkJson.standard().readCaseloadEvents(in).caseload();
        found = check.run(caseload, at);
      }
      findings = found.size();
      report(r == 0 ? "one machine (warm-up)" : "one machine", events, System.nanoTime() - wall, cpu() - cpu);
    }
    for (int cores : new int[] {1, 2}) {
      SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("harness")
          .config("spark.ui.enabled", "false").config("spark.serializer", System.getProperty("serializer",
              SparkCheck.SERIALIZER)).getOrCreate();
      try {
        for (int r = 0; r <= reps; r++) {
          long wall = System.nanoTime();
          long cpu = cpu();
          SparkCheck.Result result = SparkCheck.run(spark, List.of(file.toString()), CaseworkSpark::dutchDefaults,
              at, 4 * cores);
          if (result.findings().size() != findings) {
            throw new AssertionError("Spark found " + result.findings().size() + ", one machine " + findings);
          }
          report((r == 0 ? "warm-up " : "") + "local[" + cores + "]", events, System.nanoTime() - wall,
              cpu() - cpu);
        }
      } finally {
        spark.stop();
      }
    }
    System.out.printf(Locale.ROOT, "%d findings; load average %.2f%n", findings, load());
  }

  private static void report(String what, long events, long wallNanos, long cpuNanos) {
    System.out.printf(Locale.ROOT, "%-24s wall %7.2f s  %9.0f events/s   cpu %7.2f s  %9.0f events/cpu-s%n", what,
        wallNanos / 1e9, events / (wallNanos / 1e9), cpuNanos / 1e9, events / (cpuNanos / 1e9));
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
