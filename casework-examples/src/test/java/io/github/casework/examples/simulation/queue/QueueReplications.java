package io.github.casework.examples.simulation.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.examples.simulation.Estimate;
import io.github.casework.examples.simulation.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Runs independent replications of a queue experiment and checks Little's law on each. */
final class QueueReplications {
  private final List<QueueStatistics> runs;

  private QueueReplications(List<QueueStatistics> runs) {
    this.runs = runs;
  }

  static QueueReplications run(QueueExperiment experiment, long seed, int replications) {
    List<QueueStatistics> runs = new ArrayList<>(replications);
    for (int r = 0; r < replications; r++) {
      QueueStatistics s = experiment.run(RandomStreams.replication(seed, r));
      assertLittlesLaw(s);
      runs.add(s);
    }
    return new QueueReplications(runs);
  }

  /**
   * Little's law L = λW, for the waiting list and for the whole system, on one run. The identity is exact up to
   * the clients who straddle the ends of the window (their share is of order L / arrivals, far below 0.1% here);
   * 1% relative is therefore sampling error with a wide margin, yet a queue that lost the time of abandoning
   * clients, or counted waits twice, fails by far more.
   */
  static void assertLittlesLaw(QueueStatistics s) {
    double lambda = s.arrivalRate();
    assertThat(s.meanQueueLength()).as("L_q vs λ W_q").isCloseTo(lambda * s.meanWait(),
        org.assertj.core.api.Assertions.within(0.01 * s.meanQueueLength() + 1e-9));
    assertThat(s.meanNumberInSystem()).as("L vs λ W").isCloseTo(lambda * s.meanSojourn(),
        org.assertj.core.api.Assertions.within(0.01 * s.meanNumberInSystem()));
  }

  Estimate estimate(ToDoubleFunction<QueueStatistics> measure) {
    return Estimate.of(runs.stream().mapToDouble(measure).toArray());
  }
}
