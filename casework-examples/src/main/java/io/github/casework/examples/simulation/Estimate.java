package io.github.casework.examples.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.math.Stats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import org.apache.commons.statistics.distribution.TDistribution;

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
    Stats stats = Stats.of(values);
    if (n == 1) {
      return new Estimate(1, stats.mean(), 0, Double.NaN);
    }
    double sd = stats.sampleStandardDeviation();
    return new Estimate(n, stats.mean(), sd, tQuantile975(n - 1) * sd / Math.sqrt(n));
  }

  /**
   * Returns the 0.975 quantile of Student's t distribution (Commons Statistics), the factor of a two-sided 95%
   * interval.
   *
   * @param degreesOfFreedom the degrees of freedom, at least 1
   * @return the quantile
   */
  static double tQuantile975(int degreesOfFreedom) {
    if (degreesOfFreedom < 1) {
      throw new IllegalArgumentException("degrees of freedom must be at least 1");
    }
    return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(0.975);
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

  /**
   * Shows the mean ± half-width in plain decimals, both rounded to the half-width's second significant digit, as
   * in {@code 15790 ± 1200 (n=10)} or {@code 0.6181 ± 0.0026 (n=10)}; with one replication, the mean to six
   * significant digits and {@code ± n/a}.
   */
  @Override
  public String toString() {
    return format() + " (n=" + n + ")";
  }

  /**
   * Returns the mean ± half-width in plain decimal notation, both rounded to the half-width's second significant
   * digit (at most six decimals), such as {@code 15790 ± 1200}; the mean to six significant digits with
   * {@code ± 0} when every replication gave the same value, and with {@code ± n/a} with one replication.
   *
   * @return the text, locale-independent
   */
  public String format() {
    if (halfWidth == 0 && Double.isFinite(mean)) {
      BigDecimal m = new BigDecimal(mean).round(new MathContext(6, RoundingMode.HALF_EVEN));
      return plain(m, Math.min(6, Math.max(0, m.scale()))) + " ± 0";
    }
    if (!(halfWidth > 0) || Double.isInfinite(halfWidth) || !Double.isFinite(mean)) {
      BigDecimal m = Double.isFinite(mean) ? new BigDecimal(mean).round(new MathContext(6, RoundingMode.HALF_EVEN))
          : BigDecimal.ZERO;
      return plain(m, Math.min(6, Math.max(0, m.scale()))) + " ± n/a";
    }
    BigDecimal h = new BigDecimal(halfWidth).round(new MathContext(2, RoundingMode.HALF_EVEN));
    int scale = Math.min(6, Math.max(0, h.scale()));
    return plain(new BigDecimal(mean), scale) + " ± " + plain(h, scale);
  }

  private static String plain(BigDecimal d, int scale) {
    BigDecimal r = d.setScale(scale, RoundingMode.HALF_EVEN);
    return (r.signum() == 0 ? r.abs() : r).toPlainString();
  }
}
