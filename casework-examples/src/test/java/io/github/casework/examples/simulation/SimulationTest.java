package io.github.casework.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole kit end to end on a small district (a tenth of the default, one year): determinism of the output files,
 * the paired comparison of the policies, and the shape of the outputs.
 */
class SimulationTest {
  private static final SimulationConfig SMALL = SimulationConfig.defaults().scaledTo(600);

  @Test
  void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDifferentOnes(@TempDir Path dir) throws IOException {
    Simulation.run(SMALL, 7, 1, 2, dir.resolve("a"), ProgressListener.NONE);
    Simulation.run(SMALL, 7, 1, 2, dir.resolve("b"), ProgressListener.NONE);
    Simulation.run(SMALL, 8, 1, 2, dir.resolve("c"), ProgressListener.NONE);
    for (String file : List.of(OutputFiles.CONFIG, OutputFiles.SUMMARY_CSV, OutputFiles.SUMMARY_JSON,
        OutputFiles.WEEKLY_CSV, OutputFiles.CHART)) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file)))
          .as(file).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
    for (String file : List.of(OutputFiles.SUMMARY_CSV, OutputFiles.SUMMARY_JSON, OutputFiles.WEEKLY_CSV)) {
      assertThat(Files.readAllBytes(dir.resolve("c").resolve(file)))
          .as(file).isNotEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
  }

  @Test
  void closedLoopNeverLeavesMoreClientsBetweenTheCracksThanReferAndForgetOnTheSameSeeds() {
    for (long seed = 1; seed <= 4; seed++) {
      RunResult forget = Simulation.runOne(SMALL, Policy.REFER_AND_FORGET, seed, 0, 52);
      RunResult closed = Simulation.runOne(SMALL, Policy.CLOSED_LOOP, seed, 0, 52);
      // Paired: both policies met the same newly arriving clients.
      assertThat(closed.metric(Metrics.CLIENTS) - closed.metric(Metrics.RETURNING_CLIENTS))
          .isEqualTo(forget.metric(Metrics.CLIENTS) - forget.metric(Metrics.RETURNING_CLIENTS));
      assertThat(forget.metric(Metrics.CLIENTS_BETWEEN_CRACKS)).as("seed %s", seed).isPositive();
      assertThat(closed.metric(Metrics.CLIENTS_BETWEEN_CRACKS)).as("seed %s", seed)
          .isLessThanOrEqualTo(forget.metric(Metrics.CLIENTS_BETWEEN_CRACKS));
    }
  }

  @Test
  void theRunsExerciseEveryAggregate() {
    RunResult closed = Simulation.runOne(SimulationConfig.defaults().scaledTo(2000), Policy.CLOSED_LOOP, 3, 0, 104);
    assertThat(closed.metric(Metrics.REFERRALS)).isPositive();
    assertThat(closed.metric(Metrics.REFUSALS)).isPositive();
    assertThat(closed.metric(Metrics.DROP_OUTS)).isPositive();
    assertThat(closed.metric(Metrics.ESCALATIONS)).isPositive();
    assertThat(closed.metric(Metrics.DEADLOCKS_FORMED)).isPositive();
    assertThat(closed.metric(Metrics.DEADLOCKS_DETECTED)).isPositive();
    assertThat(closed.metric(Metrics.DEADLOCKS_RESOLVED)).isPositive();
    assertThat(closed.metric(Metrics.SIGNALS_RAISED)).isPositive();
    assertThat(closed.metric(Metrics.SIGNALS_ANSWERED)).isPositive();
    assertThat(closed.metric(Metrics.CASES_CLOSED)).isPositive();
    assertThat(closed.metric(Metrics.REGULATORY_GAPS)).isPositive();
    double resolvedEscalations = 0;
    for (String name : Metrics.NAMES) {
      if (name.startsWith("escalations_outcome_")) {
        resolvedEscalations += closed.metric(name);
      }
    }
    assertThat(resolvedEscalations).isPositive().isLessThanOrEqualTo(closed.metric(Metrics.ESCALATIONS));
    assertThat(closed.metric(Metrics.RESOLUTION_MEDIAN_DAYS)).isPositive()
        .isLessThanOrEqualTo(closed.metric(Metrics.RESOLUTION_P95_DAYS));
  }

  @Test
  void replicationsAreSummarisedWithConfidenceIntervalsAndPairedDifferences(@TempDir Path dir) throws IOException {
    List<Double> fractions = new ArrayList<>();
    SimulationResult result = Simulation.run(SMALL, 11, 1, 3, dir, (done, total, f) -> fractions.add(f));
    assertThat(result.runs()).hasSize(6);
    assertThat(fractions).isSorted().last().isEqualTo(1.0);
    Estimate forget = result.estimate(Policy.REFER_AND_FORGET, Metrics.CLIENTS_BETWEEN_CRACKS);
    Estimate closed = result.estimate(Policy.CLOSED_LOOP, Metrics.CLIENTS_BETWEEN_CRACKS);
    assertThat(forget.n()).isEqualTo(3);
    assertThat(result.difference(Metrics.CLIENTS_BETWEEN_CRACKS).mean())
        .isCloseTo(closed.mean() - forget.mean(), org.assertj.core.api.Assertions.within(1e-9));

    List<String> summary = Files.readAllLines(dir.resolve(OutputFiles.SUMMARY_CSV));
    assertThat(summary.get(0)).isEqualTo("metric,policy,n,mean,sd,ci95_half_width,ci95_low,ci95_high");
    assertThat(summary).hasSize(1 + 3 * Metrics.NAMES.size());
    List<String> weekly = Files.readAllLines(dir.resolve(OutputFiles.WEEKLY_CSV));
    assertThat(weekly).hasSize(1 + 2 * 3 * 52);
    assertThat(weekly.get(1)).startsWith("refer-and-forget,0,0,2027-01-04,");
    assertThat(Files.readString(dir.resolve(OutputFiles.SUMMARY_JSON))).contains("\"clients_between_cracks\"");
    byte[] png = Files.readAllBytes(dir.resolve(OutputFiles.CHART));
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(SimulationConfig.read(dir.resolve(OutputFiles.CONFIG))).isEqualTo(SMALL);
  }

  @Test
  void runsInProgressAreBoundedByTheHeapAsWellAsByTheCores() {
    java.util.List<Simulation.Task> tasks = java.util.Collections.nCopies(40,
        new Simulation.Task(SimulationConfig.defaults(), Policy.CLOSED_LOOP, 0));
    long mb = 1L << 20;
    // 6,000 clients a year: a budget of 16 MiB + 6,000 × 4 KiB, about 39.4 MiB, per run in progress.
    assertThat(Simulation.threads(tasks, 64, 512 * mb)).isEqualTo(12);
    assertThat(Simulation.threads(tasks, 2, 512 * mb)).isEqualTo(2);
    assertThat(Simulation.threads(tasks.subList(0, 3), 64, 8192 * mb)).isEqualTo(3);
    assertThat(Simulation.threads(tasks, 64, 16 * mb)).isEqualTo(1);
    java.util.List<Simulation.Task> big = java.util.Collections.nCopies(40,
        new Simulation.Task(SimulationConfig.defaults().scaledTo(60_000), Policy.CLOSED_LOOP, 0));
    assertThat(Simulation.threads(big, 64, 512 * mb)).isEqualTo(2);
  }
}
