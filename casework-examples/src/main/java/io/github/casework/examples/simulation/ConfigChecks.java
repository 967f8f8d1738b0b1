package io.github.casework.examples.simulation;

import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Urgency;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.party.AgencyKind;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The checks the configuration records share; every failure is an {@link InvalidValueException} naming the field. */
final class ConfigChecks {
  static final String CODE = "simulation-config.invalid";
  private static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  private ConfigChecks() {}

  static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw new InvalidValueException("simulation-config.missing", field, "is required");
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
