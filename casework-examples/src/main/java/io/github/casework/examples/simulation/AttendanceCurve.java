package io.github.casework.examples.simulation;

import io.github.casework.InvalidValueException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.jspecify.annotations.Nullable;

/**
 * How the chance that a client on an agency's waiting list is still there falls with the wait: the share
 * {@code S(d)} of clients who would still attend after waiting {@code d} days, the survival function of their
 * patience. A client whose service starts at once never drops out; a waiting client drops out when the wait
 * passes the patience drawn at arrival, so {@code S} is exactly the attendance the queue produces at a wait of
 * {@code d} days. In a configuration file, an agency's optional {@code attendance}:
 * <pre>{@code {"type": "cure-rate", "attendanceAtZero": 1, "committedShare": 0.355, "meanDays": 1.56,
 *  "source": "Festinger et al. 2002"}}</pre>
 *
 * <ul>
 *   <li>{@code patience}: the agency's own {@code patienceDays} distribution (the model before calibration, and
 *       what an agency without {@code attendance} uses); the other parameters are ignored;
 *   <li>{@code cure-rate}: {@code S(d) = a0 · (π + (1 − π) · exp(−d / τ))} with {@code a0 = attendanceAtZero}, the
 *       share who stay once they must wait at all, {@code π = committedShare}, who wait as long as it takes, and
 *       {@code τ = meanDays}, the mean patience of the rest (a mixture cure model);
 *   <li>{@code logistic}: the odds of attending fall by the factor {@code r = oddsRatioPerWeek} for every week of
 *       waiting, {@code odds(d) = a0 / (1 − a0) · r^(d / 7)}, with {@code a0 = attendanceAtZero} (a logistic
 *       regression on the wait in weeks).
 * </ul>
 * {@link #festinger2002()} and {@link #bellNewns2004()} are the calibrated presets of the default district; the
 * defaults file carries them with their sources. Immutable and thread-safe.
 *
 * @param type {@code patience}, {@code cure-rate} or {@code logistic}, not null
 * @param attendanceAtZero the share who stay once they must wait at all, above 0 and at most 1 (below 1 for
 *     {@code logistic}; ignored for {@code patience})
 * @param committedShare the share of those who wait as long as it takes, 0 to 1 ({@code cure-rate} only)
 * @param meanDays the mean patience in days of the others, above 0 ({@code cure-rate} only)
 * @param oddsRatioPerWeek the odds ratio of attending per week of waiting, above 0 and below 1 ({@code logistic}
 *     only)
 * @param source where the parameters come from, free text for people (empty if none), not null
 */
public record AttendanceCurve(String type, double attendanceAtZero, double committedShare, double meanDays,
    double oddsRatioPerWeek, String source) {
  /** The agency's own patience distribution. */
  public static final String PATIENCE = "patience";
  /** A mixture cure model: a committed share and exponential patience for the rest. */
  public static final String CURE_RATE = "cure-rate";
  /** Odds of attending falling by a constant ratio per week. */
  public static final String LOGISTIC = "logistic";

  private static final double DAYS_PER_WEEK = 7;

  /**
   * Validates the components.
   *
   * @param type {@code patience}, {@code cure-rate} or {@code logistic}, not null
   * @param attendanceAtZero the share who stay once they must wait at all
   * @param committedShare the share of those who wait as long as it takes
   * @param meanDays the mean patience in days of the others
   * @param oddsRatioPerWeek the odds ratio of attending per week of waiting
   * @param source where the parameters come from; null means none
   * @throws InvalidValueException if the type is unknown or a parameter it uses is out of range
   */
  public AttendanceCurve(@Nullable String type, double attendanceAtZero, double committedShare, double meanDays,
      double oddsRatioPerWeek, @Nullable String source) {
    this.type = ConfigChecks.required(type, "AttendanceCurve.type");
    this.attendanceAtZero = attendanceAtZero;
    this.committedShare = committedShare;
    this.meanDays = meanDays;
    this.oddsRatioPerWeek = oddsRatioPerWeek;
    this.source = source == null ? "" : source;
    switch (type) {
      case PATIENCE -> { }
      case CURE_RATE -> {
        share(attendanceAtZero, "AttendanceCurve.attendanceAtZero");
        ConfigChecks.probability(committedShare, "AttendanceCurve.committedShare");
        ConfigChecks.positive(meanDays, ConfigChecks.MAX_DAYS, "AttendanceCurve.meanDays");
      }
      case LOGISTIC -> {
        if (!(attendanceAtZero > 0 && attendanceAtZero < 1)) {
          throw new InvalidValueException(SimulationCodes.OUT_OF_RANGE, "AttendanceCurve.attendanceAtZero",
              "must be above 0 and below 1 for a logistic curve");
        }
        if (!(oddsRatioPerWeek > 0 && oddsRatioPerWeek < 1)) {
          throw new InvalidValueException(SimulationCodes.OUT_OF_RANGE, "AttendanceCurve.oddsRatioPerWeek",
              "must be above 0 and below 1");
        }
      }
      default -> throw new InvalidValueException(ConfigChecks.CODE, "AttendanceCurve.type",
          "must be patience, cure-rate or logistic");
    }
  }

  private static void share(double x, String field) {
    if (!(x > 0 && x <= 1)) {
      throw new InvalidValueException(SimulationCodes.OUT_OF_RANGE, field, "must be above 0 and at most 1");
    }
  }

  /** {@return the agency's own patience distribution: the model before calibration} */
  public static AttendanceCurve patience() {
    return new AttendanceCurve(PATIENCE, 0, 0, 0, 0, "");
  }

  /**
   * Returns the curve fitted to the randomised trial of Festinger, Lamb, Marlowe and Kirby (2002), From telephone
   * to office: intake attendance as a function of appointment delay, Addictive Behaviors 27:131–137: 116 callers
   * to an outpatient cocaine clinic, randomly given an intake the same day or 1, 3 or 7 days later, attended 72%,
   * 41% and 38% of the time at 1, 3 and 7 days. A cure-rate curve with everyone attending without a wait
   * ({@code a0 = 1}), fitted by binomial maximum likelihood assuming 29 callers per arm (the paper's 116 over four
   * arms): {@code π = 0.355}, {@code τ = 1.56} days, giving 69%, 45% and 36%.
   *
   * @return the curve
   */
  public static AttendanceCurve festinger2002() {
    return new AttendanceCurve(CURE_RATE, 1, 0.355, 1.56, 0,
        "Festinger, Lamb, Marlowe and Kirby (2002), Addictive Behaviors 27:131-137: intake attended by 72%, 41%"
            + " and 38% at 1, 3 and 7 days of delay; fitted by binomial maximum likelihood, 29 callers per arm");
  }

  /**
   * Returns a logistic curve whose odds of attending fall by 15% per week of waiting, the figure a literature scan
   * attributes to a mental-health clinic study by Bell and Newns (2004) — not confirmed against the paper. The
   * level comes from Loveland and Driscoll (2014), Substance Abuse Treatment, Prevention, and Policy 9:41: 45% of
   * 1,822 people who asked for addiction treatment did not reach the assessment, a median of 6 days later; so
   * {@code S(6) = 0.55}, which gives {@code a0 = 0.584}.
   *
   * @return the curve
   */
  public static AttendanceCurve bellNewns2004() {
    double odds6 = 0.55 / 0.45;
    double odds0 = odds6 / Math.pow(0.85, 6 / DAYS_PER_WEEK);
    double a0 = Math.round(odds0 / (1 + odds0) * 1000) / 1000.0;
    return new AttendanceCurve(LOGISTIC, a0, 0, 0, 0.85,
        "odds ratio 0.85 per week of waiting: Bell and Newns (2004) as cited by the literature scan of issue 23,"
            + " not confirmed against the paper; level: 45% lost between call and assessment at a median wait of"
            + " 6 days, Loveland and Driscoll (2014), Substance Abuse Treatment, Prevention, and Policy 9:41");
  }

  /**
   * Returns the share of clients who would still attend after waiting a number of days; for {@code patience},
   * the survival function of the given distribution is not known in closed form, so this throws.
   *
   * @param days the wait, above 0
   * @return {@code S(days)}, from 0 to 1
   * @throws IllegalStateException for the {@code patience} type
   */
  public double attendance(double days) {
    return switch (type) {
      case CURE_RATE -> attendanceAtZero * (committedShare + (1 - committedShare) * Math.exp(-days / meanDays));
      case LOGISTIC -> {
        double odds = attendanceAtZero / (1 - attendanceAtZero) * Math.pow(oddsRatioPerWeek, days / DAYS_PER_WEEK);
        yield odds / (1 + odds);
      }
      default -> throw new IllegalStateException("the patience type has no closed-form attendance");
    };
  }

  /**
   * Returns a sampler of patience in days that has this attendance curve as its survival function, drawing one
   * uniform number per sample (inverse transform). A client who never drops out gets
   * {@code Double.POSITIVE_INFINITY}; one who leaves as soon as a wait begins gets the smallest positive double.
   *
   * @param rng the stream, not null
   * @param patienceDays the agency's own patience, used by the {@code patience} type, not null
   * @return the sampler
   */
  public ContinuousSampler sampler(UniformRandomProvider rng, Distribution patienceDays) {
    return switch (type) {
      case CURE_RATE -> () -> {
        double u = rng.nextDouble();
        if (u >= attendanceAtZero) {
          return Double.MIN_VALUE;
        }
        double v = u / attendanceAtZero;
        if (v < committedShare) {
          return Double.POSITIVE_INFINITY;
        }
        // (v - π) / (1 - π) is uniform on [0, 1): exp(-T/τ) equals it.
        double w = (v - committedShare) / (1 - committedShare);
        return w > 0 ? Math.max(Double.MIN_VALUE, -meanDays * Math.log(w)) : Double.POSITIVE_INFINITY;
      };
      case LOGISTIC -> {
        double alpha = Math.log(attendanceAtZero / (1 - attendanceAtZero));
        double beta = Math.log(oddsRatioPerWeek) / DAYS_PER_WEEK;
        yield () -> {
          double u = rng.nextDouble();
          if (u >= attendanceAtZero) {
            return Double.MIN_VALUE;
          }
          if (u == 0) {
            return Double.POSITIVE_INFINITY;
          }
          // S(T) = u: alpha + beta T = logit(u).
          return Math.max(Double.MIN_VALUE, (Math.log(u / (1 - u)) - alpha) / beta);
        };
      }
      default -> patienceDays.sampler(rng);
    };
  }
}
