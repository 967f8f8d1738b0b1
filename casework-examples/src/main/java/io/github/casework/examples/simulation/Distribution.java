package io.github.casework.examples.simulation;

import io.github.casework.InvalidValueException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratNormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.jspecify.annotations.Nullable;

/**
 * A distribution of a duration in days (service time, patience, delay), given by its mean and coefficient of
 * variation, sampled by Apache Commons RNG. In a configuration file:
 * <pre>{@code {"type": "lognormal", "mean": 60, "cv": 0.8}}</pre>
 *
 * <ul>
 *   <li>{@code exponential}: mean {@code mean}; {@code cv} is ignored (it is 1);
 *   <li>{@code lognormal}: mean {@code mean} and coefficient of variation {@code cv} &gt; 0, so σ² = ln(1 + cv²)
 *       and μ = ln(mean) − σ²/2 for the underlying normal;
 *   <li>{@code gamma}: mean {@code mean} and {@code cv} &gt; 0, so shape 1/cv² and scale mean·cv²;
 *   <li>{@code constant}: always {@code mean};
 *   <li>{@code never}: infinitely long (a patience that never runs out); {@code mean} is ignored.
 * </ul>
 * Immutable and thread-safe.
 *
 * @param type one of the types above, not null
 * @param mean the mean in days; positive except for {@code never}
 * @param cv the coefficient of variation (standard deviation / mean); positive for lognormal and gamma
 */
public record Distribution(String type, double mean, double cv) {
  /** Exponential. */
  public static final String EXPONENTIAL = "exponential";
  /** Log-normal. */
  public static final String LOGNORMAL = "lognormal";
  /** Gamma. */
  public static final String GAMMA = "gamma";
  /** A constant. */
  public static final String CONSTANT = "constant";
  /** Never ends. */
  public static final String NEVER = "never";

  /**
   * Validates the components.
   *
   * @param type one of the types above, not null
   * @param mean the mean in days; positive except for {@code never}
   * @param cv the coefficient of variation (standard deviation / mean); positive for lognormal and gamma
   * @throws InvalidValueException if the type is unknown or a parameter out of range
   */
  public Distribution(@Nullable String type, double mean, double cv) {
    this.type = ConfigChecks.required(type, "Distribution.type");
    this.mean = mean;
    this.cv = cv;
    switch (type) {
      case EXPONENTIAL, CONSTANT -> ConfigChecks.positive(mean, ConfigChecks.MAX_DAYS, "Distribution.mean");
      case LOGNORMAL, GAMMA -> {
        ConfigChecks.positive(mean, ConfigChecks.MAX_DAYS, "Distribution.mean");
        ConfigChecks.positive(cv, ConfigChecks.MAX_CV, "Distribution.cv");
      }
      case NEVER -> { }
      default -> throw new InvalidValueException(ConfigChecks.CODE, "Distribution.type",
          "must be exponential, lognormal, gamma, constant or never");
    }
  }

  /**
   * Returns an exponential distribution.
   *
   * @param mean the mean, positive
   * @return the distribution
   */
  public static Distribution exponential(double mean) {
    return new Distribution(EXPONENTIAL, mean, 1);
  }

  /**
   * Returns a log-normal distribution.
   *
   * @param mean the mean, positive
   * @param cv the coefficient of variation, positive
   * @return the distribution
   */
  public static Distribution lognormal(double mean, double cv) {
    return new Distribution(LOGNORMAL, mean, cv);
  }

  /** {@return the distribution that never ends} */
  public static Distribution never() {
    return new Distribution(NEVER, 0, 0);
  }

  /**
   * Returns a sampler of this distribution drawing from a stream. Samples are positive (a zero draw becomes the
   * smallest positive double, so that durations stay positive).
   *
   * @param rng the stream, not null
   * @return the sampler
   */
  public ContinuousSampler sampler(UniformRandomProvider rng) {
    ContinuousSampler s = switch (type) {
      case EXPONENTIAL -> ZigguratSampler.Exponential.of(rng, mean);
      case LOGNORMAL -> {
        double sigma2 = Math.log1p(cv * cv);
        yield LogNormalSampler.of(ZigguratNormalizedGaussianSampler.of(rng), Math.log(mean) - sigma2 / 2,
            Math.sqrt(sigma2));
      }
      case GAMMA -> AhrensDieterMarsagliaTsangGammaSampler.of(rng, 1 / (cv * cv), mean * cv * cv);
      case CONSTANT -> () -> mean;
      case NEVER -> () -> Double.POSITIVE_INFINITY;
      default -> throw new AssertionError("bug: unchecked type " + type);
    };
    return () -> {
      double x = s.sample();
      return x > 0 ? x : Double.MIN_VALUE;
    };
  }
}
