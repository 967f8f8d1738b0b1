package io.github.casework.examples.simulation.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.casework.examples.simulation.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The queue core with abandonment against Erlang A (M/M/c+M, Palm's queue): probability of waiting and of
 * abandoning inside the 95% confidence intervals of independent replications. Little's law on every replication.
 */
class ErlangATest {
  private static final long SEED = 4_126L;
  private static final int REPLICATIONS = 20;

  @Test
  void patienceEqualToServiceGivesThePoissonTail() {
    // θ = μ: P(wait) = P(N ≥ 10) for N ~ Poisson(9) = 0.4126 (exact; Mandelbaum and Zeltyn 2007).
    QueueExperiment experiment = new QueueExperiment(10, 9, 1, 1, 200, 5000);
    QueueReplications runs = QueueReplications.run(experiment, SEED, REPLICATIONS);
    Estimate pWait = runs.estimate(QueueStatistics::probabilityOfWaiting);
    System.out.printf("Erlang A theta=mu: P(wait) 0.4126 vs %s%n", pWait);
    assertThat(QueueingFormulas.poissonTail(10, 9)).isCloseTo(0.4126, within(5e-5));
    assertThat(pWait.covers(QueueingFormulas.poissonTail(10, 9))).as("%s", pWait).isTrue();
    assertThat(pWait.halfWidth()).isLessThan(0.01);
  }

  @ParameterizedTest(name = "c={0}, λ={1}, μ={2}, θ={3}")
  @CsvSource({"10, 9, 1, 1", "10, 11, 1, 0.5", "10, 9, 1, 2"})
  void simulatedWaitingAndAbandonmentAgreeWithErlangA(int c, double lambda, double mu, double theta) {
    QueueExperiment experiment = new QueueExperiment(c, lambda, mu, theta, 200, 5000);
    QueueReplications runs = QueueReplications.run(experiment, SEED + c + (long) (lambda * 100 + theta * 10),
        REPLICATIONS);
    double pWait = QueueingFormulas.erlangAWait(c, lambda, mu, theta);
    double pAbandon = QueueingFormulas.erlangAAbandon(c, lambda, mu, theta);
    Estimate simulatedWait = runs.estimate(QueueStatistics::probabilityOfWaiting);
    Estimate simulatedAbandon = runs.estimate(QueueStatistics::abandonmentFraction);
    System.out.printf("Erlang A c=%d lambda=%.0f theta=%.1f: P(wait) %.5f vs %s; P(ab) %.5f vs %s%n", c, lambda,
        theta, pWait, simulatedWait, pAbandon, simulatedAbandon);

    assertThat(simulatedWait.covers(pWait)).as("P(wait) %s covers %s", simulatedWait, pWait).isTrue();
    assertThat(simulatedAbandon.covers(pAbandon)).as("P(ab) %s covers %s", simulatedAbandon, pAbandon).isTrue();
    assertThat(simulatedWait.halfWidth()).isLessThan(0.02 * pWait);
    assertThat(simulatedAbandon.halfWidth()).isLessThan(0.05 * pAbandon);
  }
}
