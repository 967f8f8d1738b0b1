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

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(MISSING, "A required field of the configuration is missing."),
      code(MALFORMED, "The configuration file is not well-formed JSON, or not a JSON object."),
      code(INVALID, "A field of the configuration breaks a rule of its own or across fields (a code, an id, "
          + "distinct values)."),
      code(OUT_OF_RANGE, "A number of the configuration is outside its documented range."),
      code(UNKNOWN_FIELD, "The configuration holds a field it does not define, or the same field twice."),
      code(WRONG_TYPE, "A field of the configuration holds a value of the wrong JSON type, such as text where "
          + "a number belongs."));

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
