package io.github.casework.examples.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Collection;

/**
 * A measure over independent replications: the sample mean with a 95% confidence interval from Student's t
 * distribution with {@code n − 1} degrees of freedom (mean ± t<sub>0.975, n−1</sub> · s / √n). With one replication
 * the half-width is not defined and is reported as {@code NaN}. Immutable and thread-safe.
 *
 * @param n the number of replications, at least 1
 * @param mean the sample mean
 * @param standardDeviation the sample standard deviation (divisor n − 1), 0 when n = 1
 * @param halfWidth the half-width of the 95% confidence interval, {@code NaN} when n = 1
 */
public record Estimate(int n, double mean, double standardDeviation, double halfWidth) {

  /**
   * Validates the components.
   *
   * @param n the number of replications, at least 1
   * @param mean the sample mean
   * @param standardDeviation the sample standard deviation (divisor n − 1), 0 when n = 1
   * @param halfWidth the half-width of the 95% confidence interval, {@code NaN} when n = 1
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public Estimate {
    if (n < 1) {
      throw new IllegalArgumentException("an estimate needs at least one replication");
    }
  }

  /**
   * Estimates the mean of replications' values.
   *
   * @param values one value per replication, at least one, not null
   * @return the estimate
   * @throws IllegalArgumentException if there are no values
   */
  public static Estimate of(double... values) {
    requireNonNull(values, "values");
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("an estimate needs at least one replication");
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= n;
    if (n == 1) {
      return new Estimate(1, mean, 0, Double.NaN);
    }
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    return new Estimate(n, mean, sd, StudentT.quantile975(n - 1) * sd / Math.sqrt(n));
  }

  /**
   * Estimates the mean of replications' values.
   *
   * @param values one value per replication, at least one, not null
   * @return the estimate
   * @throws IllegalArgumentException if there are no values
   */
  public static Estimate of(Collection<Double> values) {
    return of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** {@return the lower end of the 95% confidence interval} */
  public double lower() {
    return mean - halfWidth;
  }

  /** {@return the upper end of the 95% confidence interval} */
  public double upper() {
    return mean + halfWidth;
  }

  /**
   * Returns whether a value lies in the 95% confidence interval (ends included).
   *
   * @param value the value
   * @return true if {@code lower() <= value <= upper()}
   */
  public boolean covers(double value) {
    return lower() <= value && value <= upper();
  }

  /** Shows the mean ± half-width, as in {@code 1.2345 ± 0.0123 (n=10)}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.6g ± %.3g (n=%d)", mean, halfWidth, n);
  }
}
