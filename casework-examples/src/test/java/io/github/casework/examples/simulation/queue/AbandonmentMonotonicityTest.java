package io.github.casework.examples.simulation.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.examples.simulation.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Over a grid of utilisation and mean patience, the simulated abandonment fraction rises as patience falls and as
 * utilisation rises. Each cell is a mean over replications, and neighbouring cells must differ by more than their
 * confidence intervals combined, so the order is not an accident of noise.
 */
class AbandonmentMonotonicityTest {
  private static final double[] UTILISATION = {0.8, 0.95, 1.1};
  private static final double[] MEAN_PATIENCE = {4, 2, 1, 0.5};
  private static final int SERVERS = 10;

  @Test
  void abandonmentRisesAsPatienceFallsAndUtilisationRises() {
    Estimate[][] grid = new Estimate[UTILISATION.length][MEAN_PATIENCE.length];
    for (int i = 0; i < UTILISATION.length; i++) {
      for (int j = 0; j < MEAN_PATIENCE.length; j++) {
        QueueExperiment e = new QueueExperiment(SERVERS, UTILISATION[i] * SERVERS, 1, 1 / MEAN_PATIENCE[j], 100,
            1500);
        grid[i][j] = QueueReplications.run(e, 31L * i + j, 8).estimate(QueueStatistics::abandonmentFraction);
      }
    }
    for (int i = 0; i < UTILISATION.length; i++) {
      for (int j = 0; j < MEAN_PATIENCE.length; j++) {
        if (j > 0) {
          assertRises(grid[i][j - 1], grid[i][j], "less patience at rho " + UTILISATION[i]);
        }
        if (i > 0) {
          assertRises(grid[i - 1][j], grid[i][j], "higher utilisation at patience " + MEAN_PATIENCE[j]);
        }
      }
    }
  }

  private static void assertRises(Estimate lower, Estimate higher, String what) {
    assertThat(higher.lower()).as("%s: %s should exceed %s", what, higher, lower).isGreaterThan(lower.upper());
  }
}
