package io.github.casework.examples.simulation;

import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Urgency;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.party.AgencyKind;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks the configuration records share; every failure is an {@link InvalidValueException} naming the field.
 * Every number has an upper bound too (the ranges {@link SimulationConfig} documents), so that a typo such as
 * {@code "clientsPerYear": 1e9} is refused instead of running without end.
 */
final class ConfigChecks {
  static final String CODE = SimulationCodes.INVALID;

  /** The most new clients a year in one area: a million, twenty times the benchmark's whole district. */
  static final double MAX_CLIENTS_PER_YEAR = 1_000_000;
  /** The most people of one kind (counsellors, social workers), and the highest signal threshold: 100,000. */
  static final int MAX_PEOPLE = 100_000;
  /** The longest duration in days (a mean service time, patience, delay, grace period): ten years. */
  static final double MAX_DAYS = 3_650;
  /** The largest coefficient of variation of a duration: 10. */
  static final double MAX_CV = 10;
  /** The most extra needs a client brings on average, and the most referrals per need: 100. */
  static final int MAX_COUNT = 100;
  /** The largest weight of a mix (domain, urgency): a million. */
  static final double MAX_WEIGHT = 1_000_000;
  private static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  private ConfigChecks() {}

  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidValueException(SimulationCodes.MISSING, field, "is required");
    }
    return value;
  }

  static double probability(double p, String field) {
    if (!(p >= 0 && p <= 1)) {
      throw new InvalidValueException(CODE, field, "must be a probability from 0 to 1");
    }
    return p;
  }

  static double positive(double x, String field) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new InvalidValueException(CODE, field, "must be positive and finite");
    }
    return x;
  }

  static double nonNegative(double x, String field) {
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new InvalidValueException(CODE, field, "must be zero or positive and finite");
    }
    return x;
  }

  static double positive(double x, double max, String field) {
    if (!(x > 0 && x <= max)) {
      throw new InvalidValueException(SimulationCodes.OUT_OF_RANGE, field, "must be above 0 and at most " + number(max));
    }
    return x;
  }

  static double nonNegative(double x, double max, String field) {
    if (!(x >= 0 && x <= max)) {
      throw new InvalidValueException(SimulationCodes.OUT_OF_RANGE, field, "must be 0 to " + number(max));
    }
    return x;
  }

  static int between(int x, int min, int max, String field) {
    if (x < min || x > max) {
      throw new InvalidValueException(SimulationCodes.OUT_OF_RANGE, field, "must be " + min + " to " + max);
    }
    return x;
  }

  private static String number(double x) {
    return x == Math.rint(x) ? String.format(java.util.Locale.ROOT, "%,d", (long) x) : String.valueOf(x);
  }

  static int atLeast(int x, int min, String field) {
    if (x < min) {
      throw new InvalidValueException(CODE, field, "must be at least " + min);
    }
    return x;
  }

  static String agencyId(@Nullable String id, String field) {
    required(id, field);
    if (!AGENCY_ID.matcher(id).matches()) {
      throw new InvalidValueException(CODE, field,
          "must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit");
    }
    return id;
  }

  static LifeDomain domain(@Nullable String code, String field) {
    required(code, field);
    for (LifeDomain d : LifeDomain.values()) {
      if (d.code().equals(code)) {
        return d;
      }
    }
    throw new InvalidValueException(CODE, field, "is not a life domain code such as finances or housing");
  }

  static Urgency urgency(@Nullable String code, String field) {
    required(code, field);
    for (Urgency u : Urgency.values()) {
      if (u.code().equals(code)) {
        return u;
      }
    }
    throw new InvalidValueException(CODE, field, "is not an urgency code: routine, priority, urgent or crisis");
  }

  static AgencyKind kind(@Nullable String code, String field) {
    required(code, field);
    for (AgencyKind k : AgencyKind.values()) {
      if (k.code().equals(code)) {
        return k;
      }
    }
    throw new InvalidValueException(CODE, field, "is not an agency kind code such as debt-services");
  }

  static LadderLevel level(@Nullable String code, String field) {
    required(code, field);
    for (LadderLevel l : LadderLevel.values()) {
      if (l.code().equals(code)) {
        return l;
      }
    }
    throw new InvalidValueException(CODE, field, "is not a ladder level code such as supervisor");
  }
}
