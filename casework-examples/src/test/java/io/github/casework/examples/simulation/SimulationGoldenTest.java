package io.github.casework.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the default district's weekly series and totals for one seed, byte for byte: a change that makes the
 * simulation faster must leave its results alone (BENCHMARKS.md, 6), and one that changes the model must say so by
 * regenerating this golden ({@code -Dcasework.regenerate=true}) in the same commit.
 */
class SimulationGoldenTest {
  private static final Path GOLDEN = moduleDir().resolve("src/test/resources/golden/simulation");

  @Test
  void theDefaultDistrictsWeeklySeriesAndTotalsStayTheSameForTheSameSeed() throws IOException {
    // One year, one replication of each policy: the run the simulation benchmark measures.
    SimulationResult result = Simulation.run(SimulationConfig.defaults(), 2027, 1, 1, ProgressListener.NONE);
    check(OutputFiles.WEEKLY_CSV, OutputFiles.weeklyCsv(result));
    check(OutputFiles.SUMMARY_CSV, OutputFiles.summaryCsv(result));
  }

  private static void check(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("casework.regenerate")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
  }
}
