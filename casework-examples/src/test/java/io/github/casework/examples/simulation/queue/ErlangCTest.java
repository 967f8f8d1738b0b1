package io.github.casework.examples.simulation.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.examples.simulation.Estimate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The queue core against Erlang C (M/M/c, no abandonment): the simulated mean wait in queue and probability of
 * waiting must hold the formula's value inside their 95% confidence intervals over independent replications, and
 * those intervals must be narrow enough to mean something. Little's law is checked on every replication.
 */
class ErlangCTest {
  private static final long SEED = 20_261_128L;
  private static final int REPLICATIONS = 20;

  @ParameterizedTest(name = "c={0}, λ={1}, μ={2} (ρ={3})")
  @CsvSource({"10, 7, 1, 0.7, 8000", "10, 9, 1, 0.9, 20000"})
  void simulatedWaitAgreesWithErlangC(int c, double lambda, double mu, double rho, double duration) {
    QueueExperiment experiment = QueueExperiment.erlangC(c, lambda, mu, 500, duration);
    assertThat(experiment.utilisation()).isCloseTo(rho, org.assertj.core.api.Assertions.within(1e-12));
    QueueReplications runs = QueueReplications.run(experiment, SEED, REPLICATIONS);

    double wq = QueueingFormulas.erlangCMeanWait(c, lambda, mu);
    double pWait = QueueingFormulas.erlangC(c, lambda, mu);
    Estimate simulatedWq = runs.estimate(QueueStatistics::meanWait);
    Estimate simulatedPWait = runs.estimate(QueueStatistics::probabilityOfWaiting);
    System.out.printf("Erlang C rho=%.1f: Wq %.5f vs %s; P(wait) %.5f vs %s%n", rho, wq, simulatedWq, pWait,
        simulatedPWait);

    assertThat(simulatedWq.covers(wq)).as("Wq %s covers %s", simulatedWq, wq).isTrue();
    assertThat(simulatedPWait.covers(pWait)).as("P(wait) %s covers %s", simulatedPWait, pWait).isTrue();
    // An interval this wide could hide a real error; these bound what the test can detect.
    assertThat(simulatedWq.halfWidth()).isLessThan(0.05 * wq);
    assertThat(simulatedPWait.halfWidth()).isLessThan(0.02 * pWait);
  }
}
