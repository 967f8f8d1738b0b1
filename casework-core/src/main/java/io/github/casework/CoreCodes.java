package io.github.casework;

import com.google.common.collect.ImmutableList;

/**
 * The stable codes of the rules of the shared vocabulary in {@code io.github.casework} (versions, deadlines, life
 * domains, decisions and the error catalogue itself), as carried by {@link CaseworkException#code()}. Codes never
 * change meaning between releases.
 */
public final class CoreCodes {
  /** A command expected another version of the aggregate than it has: it changed since the caller read it. */
  public static final String VERSION_CONFLICT = "version.conflict";
  /** An exact expected version is less than 1 (a command for an aggregate that does not exist yet expects none). */
  public static final String VERSION_INVALID = "version.invalid";
  /** A deadline's duration is negative. */
  public static final String DEADLINE_NEGATIVE = "deadline.negative";
  /** A code names none of the life domains. */
  public static final String LIFE_DOMAIN_UNKNOWN = "life-domain.unknown";
  /** A decision carries no event: a command that decides something produces at least one. */
  public static final String DECISION_NO_EVENTS = "decision.no-events";
  /** An error code is not dot-separated parts of lower-case words joined by hyphens. */
  public static final String ERROR_CODE_MALFORMED = "error-code.malformed";
  /** An error code's meaning is blank. */
  public static final String ERROR_CODE_MEANING_BLANK = "error-code.meaning-blank";
  /** An error code's package name is not a lower-case Java package name. */
  public static final String ERROR_CODE_PACKAGE_INVALID = "error-code.package-invalid";
  /** An aggregate kind's name is not a lower-case word (it prefixes the kind's event type ids). */
  public static final String AGGREGATE_NAME_INVALID = "aggregate-type.name-invalid";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(VERSION_CONFLICT,
          "A command expected another version of the aggregate than it has: it changed since the caller read it."),
      code(VERSION_INVALID,
          "An exact expected version is less than 1 (a command for an aggregate that does not exist yet "
              + "expects none)."),
      code(DEADLINE_NEGATIVE, "A deadline's duration is negative."),
      code(LIFE_DOMAIN_UNKNOWN, "A code names none of the life domains."),
      code(DECISION_NO_EVENTS, "A decision carries no event: a command that decides something produces at least one."),
      code(ERROR_CODE_MALFORMED, "An error code is not dot-separated parts of lower-case words joined by hyphens."),
      code(ERROR_CODE_MEANING_BLANK, "An error code's meaning is blank."),
      code(ERROR_CODE_PACKAGE_INVALID, "An error code's package name is not a lower-case Java package name."),
      code(AGGREGATE_NAME_INVALID,
          "An aggregate kind's name is not a lower-case word (it prefixes the kind's event type ids)."));

  private CoreCodes() {}

  /**
   * Returns every code of this class with the rule it stands for, in declaration order; the
   * {@link io.github.casework.ErrorCatalogue} joins these lists.
   *
   * @return the codes, immutable
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, CoreCodes.class.getPackageName());
  }
}
