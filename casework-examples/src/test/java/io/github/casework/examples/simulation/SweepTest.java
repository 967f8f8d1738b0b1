package io.github.casework.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps: the grid, the configuration at a grid point, common random numbers, the tidy file and the chart. */
class SweepTest {
  private static final SimulationConfig SMALL = SimulationConfig.defaults().scaledTo(1500);

  @Test
  void theGridIsComputedInDecimalAndIncludesItsEnd() {
    Sweep s = Sweep.parse("closedLoop.followUpReliability=0.5:1.0:0.1");
    assertThat(s.key()).isEqualTo("closedLoop.followUpReliability");
    assertThat(s.values()).containsExactly(0.5, 0.6, 0.7, 0.8, 0.9, 1.0);
    assertThat(Sweep.parse("socialWorkers=10:40:15").values()).containsExactly(10.0, 25.0, 40.0);
    assertThat(Sweep.parse("cracksGraceDays=7:7:1").values()).containsExactly(7.0);
  }

  @Test
  void aBadSweepIsRefusedWithItsCode() {
    for (String bad : List.of("closedLoop.followUpReliability", "=0:1:0.1", "x=0:1", "x=a:1:0.1", "x=1:0:0.1",
        "x=0:1:0", "x=0:1:-0.1", "x=0:1000:1")) {
      assertThatThrownBy(() -> Sweep.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(((InvalidValueException) e).code()).isEqualTo(SimulationCodes.SWEEP));
    }
  }

  @Test
  void aGridPointReplacesOneNumberAndIsCheckedLikeAFile() {
    SimulationConfig d = SimulationConfig.defaults();
    assertThat(d.withNumber("closedLoop.followUpReliability", 0.5).closedLoop().followUpReliability())
        .isEqualTo(0.5);
    assertThat(d.withNumber("agencies.1.counsellors", 400).agencies().get(1).counsellors()).isEqualTo(400);
    assertThat(d.withNumber("closedLoop.followUpReliability", 0.5).agencies()).isEqualTo(d.agencies());
    assertThat(d.withNumber("socialWorkers", d.socialWorkers())).isEqualTo(d);
    for (String notANumber : List.of("closedLoop", "closedLoop.nothing", "start", "agencies.9.counsellors",
        "agencies.x", "")) {
      assertThatThrownBy(() -> d.withNumber(notANumber, 1)).as(notANumber)
          .isInstanceOf(InvalidValueException.class)
          .satisfies(e -> assertThat(((InvalidValueException) e).code()).isEqualTo(SimulationCodes.NOT_A_NUMBER));
    }
    assertThatThrownBy(() -> d.withNumber("socialWorkers", 2.5)).isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).code()).isEqualTo(SimulationCodes.NOT_A_NUMBER));
    assertThatThrownBy(() -> d.withNumber("closedLoop.followUpReliability", 1.5))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("$.closedLoop.followUpReliability"));
  }

  @Test
  void everyGridPointMeetsTheSameClientsAndEachReplicationIsTheStandAloneRun(@TempDir Path dir) throws IOException {
    Sweep sweep = Sweep.parse("closedLoop.followUpReliability=0.6:1.0:0.4");
    Sweep.Result r = sweep.run(SMALL, 11, 1, 2, ProgressListener.NONE);
    assertThat(r.points()).hasSize(2);
    for (int rep = 0; rep < 2; rep++) {
      // Refer-and-forget never follows up: with common random numbers it is the same run at every grid point.
      RunResult a = r.points().get(0).runs(Policy.REFER_AND_FORGET).get(rep);
      RunResult b = r.points().get(1).runs(Policy.REFER_AND_FORGET).get(rep);
      assertThat(a).isEqualTo(b);
      // Closed-loop differs with the reliability, yet the arrivals (the arrival sub-stream) are the same.
      RunResult c0 = r.points().get(0).runs(Policy.CLOSED_LOOP).get(rep);
      RunResult c1 = r.points().get(1).runs(Policy.CLOSED_LOOP).get(rep);
      assertThat(c0).isNotEqualTo(c1);
      assertThat(c0.weekly().column(RunMetrics.ARRIVALS)).isEqualTo(c1.weekly().column(RunMetrics.ARRIVALS));
      // The stable single-replication entry point gives the very same run.
      assertThat(Simulation.runOne(sweep.configAt(SMALL, 1.0), Policy.CLOSED_LOOP, 11, rep, Simulation.weeks(1)))
          .isEqualTo(c1);
    }
    r.write(dir);
    List<String> csv = Files.readAllLines(dir.resolve(OutputFiles.SWEEP_CSV));
    assertThat(csv.get(0)).isEqualTo("parameter,value,policy,metric,n,mean,sd,ci95_half_width,ci95_low,ci95_high");
    assertThat(csv).hasSize(1 + 2 * 3 * Metrics.NAMES.size());
    assertThat(csv).contains("closedLoop.followUpReliability,0.6,difference,clients_between_cracks,2,"
        + OutputFiles.number(r.points().get(0).difference(Metrics.CLIENTS_BETWEEN_CRACKS).mean()) + ","
        + OutputFiles.number(r.points().get(0).difference(Metrics.CLIENTS_BETWEEN_CRACKS).standardDeviation()) + ","
        + OutputFiles.number(r.points().get(0).difference(Metrics.CLIENTS_BETWEEN_CRACKS).halfWidth()) + ","
        + OutputFiles.number(r.points().get(0).difference(Metrics.CLIENTS_BETWEEN_CRACKS).lower()) + ","
        + OutputFiles.number(r.points().get(0).difference(Metrics.CLIENTS_BETWEEN_CRACKS).upper()));
    assertThat(csv.stream().filter(l -> l.contains(",refer-and-forget,"))).hasSize(2 * Metrics.NAMES.size());
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(OutputFiles.SWEEP_CHART))));
    assertThat(png.getWidth()).isEqualTo(1440);
    assertThat(SimulationConfig.read(dir.resolve(OutputFiles.CONFIG))).isEqualTo(SMALL);
  }
}
