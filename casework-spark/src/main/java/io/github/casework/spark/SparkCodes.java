package io.github.casework.spark;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of a rejected input of a Spark job, as carried by
 * {@link io.github.casework.CaseworkException#code()}; an invalid line itself carries the wire format's code
 * ({@link io.github.casework.json.JsonCodes}) or the domain's. Codes never change meaning between releases.
 */
public final class SparkCodes {
  /** No input file was given, or a path names no file. */
  public static final String NO_INPUT = "spark.no-input";
  /** Two input files' headers list the same agency, professional or case area differently, or other mandates. */
  public static final String CONTEXT_CONFLICT = "spark.context-conflict";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(NO_INPUT, "No input file was given, or a path names no file."),
      code(CONTEXT_CONFLICT, "Two input files' headers list the same agency, professional or case area "
          + "differently, or other mandates."));

  private SparkCodes() {}

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, SparkCodes.class.getPackageName());
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
