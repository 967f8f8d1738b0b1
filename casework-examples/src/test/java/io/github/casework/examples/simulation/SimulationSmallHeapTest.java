package io.github.casework.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.examples.cli.CaseworkCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run — the default district, 10 years, 10 replications of both policies, as {@code casework
 * simulate --years 10 --replications 10} — completes in a JVM whose heap is capped at 512 MB, with every file
 * written. The run's own state is small (well under 20 MB per run in progress, one per core at most); the
 * gigabytes seen without a cap are the JVM's heap growing towards a quarter of the machine's memory before it
 * collects.
 */
class SimulationSmallHeapTest {

  @Test
  void theDefaultTenYearTenReplicationRunFitsIn512Megabytes(@TempDir Path dir) throws IOException,
      InterruptedException {
    Path out = dir.resolve("out");
    Path gcLog = dir.resolve("gc.log");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"), CaseworkCommand.class.getName(),
        "simulate", "--years", "10", "--replications", "10", "--out", out.toString());
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    for (String file : List.of("summary.csv", "summary.json", "weekly.csv", "policies.png", "config.json")) {
      assertThat(Files.size(out.resolve(file))).as(file).isPositive();
    }
    // The largest heap left after a collection, for the record.
    long peak = 0;
    Matcher m = Pattern.compile("->(\\d+)M\\(").matcher(Files.readString(gcLog));
    while (m.find()) {
      peak = Math.max(peak, Long.parseLong(m.group(1)));
    }
    System.out.println("default 10-year, 10-replication run under -Xmx512m: largest heap after a collection "
        + peak + " MB");
    assertThat(peak).isPositive().isLessThan(512);
  }
}
