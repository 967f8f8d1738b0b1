package io.github.casework.examples.simulation.queue;

/**
 * Closed formulas of queueing theory that the simulated queue is checked against. Each is written from its
 * published source, named on the method, and {@code QueueingFormulasTest} checks them against each other.
 */
final class QueueingFormulas {
  private QueueingFormulas() {}

  /**
   * Erlang's loss formula B(c, a) for offered load a = λ/μ and c servers, by the standard recursion
   * B(0) = 1, B(k) = a B(k−1) / (k + a B(k−1)) (Kleinrock, Queueing Systems vol. 1, 1975, eq. 3.46; Gross and
   * Harris, Fundamentals of Queueing Theory, 3rd ed., 1998, section 2.6).
   */
  static double erlangB(int c, double a) {
    double b = 1;
    for (int k = 1; k <= c; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  /**
   * Erlang's delay formula C(c, a): the probability that an arrival to an M/M/c queue must wait,
   * C = c B / (c − a (1 − B)) (Kleinrock 1975, eq. 3.40 rewritten through B; Gross and Harris 1998, eq. 2.33).
   */
  static double erlangC(int c, double lambda, double mu) {
    double a = lambda / mu;
    double b = erlangB(c, a);
    return c * b / (c - a * (1 - b));
  }

  /** The mean wait in queue of M/M/c: W<sub>q</sub> = C(c, a) / (c μ − λ) (Gross and Harris 1998, eq. 2.36). */
  static double erlangCMeanWait(int c, double lambda, double mu) {
    return erlangC(c, lambda, mu) / (c * mu - lambda);
  }

  /**
   * Palm's function A(x, y) = x e<sup>y</sup> y<sup>−x</sup> γ(x, y), with γ the lower incomplete gamma function,
   * as used for Erlang A by Garnett, Mandelbaum and Reiman, "Designing a call center with impatient customers",
   * Manufacturing &amp; Service Operations Management 4(3), 2002, and Mandelbaum and Zeltyn, "Service engineering
   * in action: the Palm/Erlang-A queue" (2007), section 3. Computed from the series of γ
   * (Abramowitz and Stegun 6.5.29), which gives A(x, y) = 1 + Σ<sub>k≥1</sub> y<sup>k</sup> / ∏<sub>j=1..k</sub>(x + j).
   */
  static double palmA(double x, double y) {
    double sum = 1;
    double term = 1;
    for (int k = 1; k < 100_000; k++) {
      term *= y / (x + k);
      sum += term;
      if (term < 1e-17 * sum) {
        return sum;
      }
    }
    throw new AssertionError("series did not converge");
  }

  /**
   * The probability of waiting in Erlang A (M/M/c+M): P(W &gt; 0) = A B / (1 + (A − 1) B), with A = A(cμ/θ, λ/θ)
   * and B = B(c, λ/μ) (Garnett, Mandelbaum and Reiman 2002; Mandelbaum and Zeltyn 2007, eq. 3.4).
   */
  static double erlangAWait(int c, double lambda, double mu, double theta) {
    double a = palmA(c * mu / theta, lambda / theta);
    double b = erlangB(c, lambda / mu);
    return a * b / (1 + (a - 1) * b);
  }

  /**
   * The probability of abandoning in Erlang A: P(Ab) = P(W &gt; 0) · (1 / (ρ A) + 1 − 1/ρ) with ρ = λ / (c μ)
   * (Mandelbaum and Zeltyn 2007, eq. 3.6 for P(Ab | W &gt; 0)).
   */
  static double erlangAAbandon(int c, double lambda, double mu, double theta) {
    double rho = lambda / (c * mu);
    double a = palmA(c * mu / theta, lambda / theta);
    return erlangAWait(c, lambda, mu, theta) * (1 / (rho * a) + 1 - 1 / rho);
  }

  /**
   * The same two probabilities from the birth–death chain of M/M/c+M summed numerically: death rate jμ up to c and
   * cμ + (j − c)θ above; P(wait) = P(N ≥ c) by PASTA and P(Ab) = θ E[queue] / λ. An independent check of the
   * closed forms above. Returns {P(wait), P(abandon)}.
   */
  static double[] erlangABirthDeath(int c, double lambda, double mu, double theta) {
    double[] weights = new double[20_000];
    weights[0] = 1;
    double total = 1;
    for (int j = 1; j < weights.length; j++) {
      double death = j <= c ? j * mu : c * mu + (j - c) * theta;
      weights[j] = weights[j - 1] * lambda / death;
      total += weights[j];
      if (j > c && weights[j] < 1e-18 * total) {
        break;
      }
    }
    double wait = 0;
    double queue = 0;
    for (int j = c; j < weights.length; j++) {
      wait += weights[j];
      queue += (j - c) * weights[j];
    }
    return new double[] {wait / total, theta * (queue / total) / lambda};
  }

  /** P(N ≥ c) for N ~ Poisson(m), the probability of waiting in Erlang A when θ = μ (the chain is then M/M/∞). */
  static double poissonTail(int c, double m) {
    double term = Math.exp(-m);
    double below = 0;
    for (int k = 0; k < c; k++) {
      below += term;
      term *= m / (k + 1);
    }
    return 1 - below;
  }
}
