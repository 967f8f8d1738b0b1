package io.github.casework.examples.simulation.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The formulas the simulation is validated against agree with each other and with published values. */
class QueueingFormulasTest {

  @Test
  void erlangAWithPatienceEqualToServiceIsThePoissonTail() {
    // Mandelbaum and Zeltyn's special case θ = μ: the chain is M/M/∞, so P(wait) = P(N ≥ c), N ~ Poisson(λ/μ).
    assertThat(QueueingFormulas.poissonTail(10, 9)).isCloseTo(0.4126, within(5e-5));
    assertThat(QueueingFormulas.erlangAWait(10, 9, 1, 1)).isCloseTo(QueueingFormulas.poissonTail(10, 9), within(1e-12));
  }

  @Test
  void erlangAClosedFormAgreesWithTheBirthDeathChain() {
    double[][] cases = {{10, 9, 1, 1}, {10, 11, 1, 0.5}, {10, 9, 1, 2}, {5, 4, 1, 0.1}, {20, 25, 1, 0.2}};
    for (double[] k : cases) {
      int c = (int) k[0];
      double[] chain = QueueingFormulas.erlangABirthDeath(c, k[1], k[2], k[3]);
      assertThat(QueueingFormulas.erlangAWait(c, k[1], k[2], k[3])).isCloseTo(chain[0], within(1e-9));
      assertThat(QueueingFormulas.erlangAAbandon(c, k[1], k[2], k[3])).isCloseTo(chain[1], within(1e-9));
    }
  }

  @Test
  void erlangAWithVeryPatientClientsTendsToErlangC() {
    assertThat(QueueingFormulas.erlangAWait(10, 7, 1, 1e-6)).isCloseTo(QueueingFormulas.erlangC(10, 7, 1), within(1e-4));
  }

  @Test
  void erlangCMatchesATextbookValue() {
    // Two servers, a = 1 (ρ = 0.5): C = 1/3 and Wq = 1/3 / (2 − 1) (Gross and Harris, M/M/2 example).
    assertThat(QueueingFormulas.erlangC(2, 1, 1)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(QueueingFormulas.erlangCMeanWait(2, 1, 1)).isCloseTo(1.0 / 3, within(1e-12));
  }
}
