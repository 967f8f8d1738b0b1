package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of a rejected {@link SimulationConfig}, as carried by
 * {@link io.github.casework.CaseworkException#code()}; the field of the exception is the JSON path in the file.
 * Codes never change meaning between releases.
 */
public final class SimulationCodes {
  /** A required field of the configuration is missing. */
  public static final String MISSING = "simulation-config.missing";
  /** The configuration file is not well-formed JSON, or not a JSON object. */
  public static final String MALFORMED = "simulation-config.malformed";
  /** A field of the configuration breaks a rule of its own or across fields (a code, an id, distinct values). */
  public static final String INVALID = "simulation-config.invalid";
  /** A number of the configuration is outside its documented range. */
  public static final String OUT_OF_RANGE = "simulation-config.out-of-range";
  /** The configuration holds a field it does not define, or the same field twice. */
  public static final String UNKNOWN_FIELD = "simulation-config.unknown-field";
  /** A field of the configuration holds a value of the wrong JSON type, such as text where a number belongs. */
  public static final String WRONG_TYPE = "simulation-config.wrong-type";

  /** A path names no number of the configuration (in a sweep or an override). */
  public static final String NOT_A_NUMBER = "simulation-config.not-a-number";
  /** A sweep is not written key=from:to:step with from at most to, a positive step and at most 101 points. */
  public static final String SWEEP = "simulation-sweep.invalid";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(MISSING, "A required field of the configuration is missing."),
      code(MALFORMED, "The configuration file is not well-formed JSON, or not a JSON object."),
      code(INVALID, "A field of the configuration breaks a rule of its own or across fields (a code, an id, "
          + "distinct values)."),
      code(OUT_OF_RANGE, "A number of the configuration is outside its documented range."),
      code(UNKNOWN_FIELD, "The configuration holds a field it does not define, or the same field twice."),
      code(WRONG_TYPE, "A field of the configuration holds a value of the wrong JSON type, such as text where "
          + "a number belongs."),
      code(NOT_A_NUMBER, "A path names no number of the configuration (in a sweep or an override)."),
      code(SWEEP, "A sweep is not written key=from:to:step with from at most to, a positive step and at most 101 "
          + "points."));

  private SimulationCodes() {}

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, SimulationCodes.class.getPackageName());
  }

  /**
   * Returns every code of this class with the rule it stands for, in declaration order.
   *
   * @return the codes, immutable
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }
}
