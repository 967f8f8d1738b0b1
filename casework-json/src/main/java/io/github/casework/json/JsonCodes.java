package io.github.casework.json;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the JSON module: those of {@link CaseworkJsonException}s raised because the input does not
 * follow the wire format ({@code json.*}), and those of the values only this module defines, such as an
 * {@link AgencyDirectory} ({@code directory.*}). When the input follows the format but the domain rejects what it
 * describes, the exception carries the domain's own code instead (for example {@code case.illegal-transition}).
 * Codes never change meaning between releases; {@link CaseworkJson#errorCodes()} lists them with the domain's.
 */
public final class JsonCodes {
  /** The input is not well-formed JSON (including a blank line in an event stream). */
  public static final String SYNTAX = "json.syntax";
  /** The input ended inside a value. */
  public static final String TRUNCATED = "json.truncated";
  /** The input is not UTF-8, holds an invalid UTF-8 sequence, or starts with a byte-order mark. */
  public static final String INVALID_ENCODING = "json.invalid-encoding";
  /** A limit on nesting depth, string, name or number length, document or line size was exceeded. */
  public static final String LIMIT_EXCEEDED = "json.limit-exceeded";
  /** An object holds the same member name twice. */
  public static final String DUPLICATE_KEY = "json.duplicate-key";
  /** Something other than whitespace follows the document (or the value on an event-stream line). */
  public static final String TRAILING_CONTENT = "json.trailing-content";
  /** A value has the wrong JSON type, such as a number where a string is required. */
  public static final String WRONG_TYPE = "json.wrong-type";
  /** A member is {@code null}; the format never uses null (an absent optional member is omitted). */
  public static final String NULL_VALUE = "json.null-value";
  /** A required member is missing. */
  public static final String MISSING_MEMBER = "json.missing-member";
  /** In strict mode: a member the format does not define here. */
  public static final String UNKNOWN_MEMBER = "json.unknown-member";
  /**
   * The header of a caseload-events stream holds a member of a caseload document (cases, referrals, escalations,
   * signals) in tolerant mode, where skipping them would check an empty caseload; in a stream the aggregates are the
   * lines that follow. Strict mode reports them as json.unknown-member.
   */
  public static final String HEADER_HOLDS_AGGREGATES = "json.header-holds-aggregates";
  /** A {@code type} member names no known type. */
  public static final String UNKNOWN_TYPE = "json.unknown-type";
  /** A code (of a life domain, urgency, status, role...) is not one the format defines. */
  public static final String UNKNOWN_CODE = "json.unknown-code";
  /** An array that holds a set has the same item twice. */
  public static final String DUPLICATE_ITEM = "json.duplicate-item";
  /** An integer is written with a fraction or exponent, or is too large for its member. */
  public static final String INVALID_NUMBER = "json.invalid-number";
  /** An instant is not an RFC 3339 UTC date-time ({@code 2026-01-05T08:00:00Z}), or no such instant exists. */
  public static final String INVALID_INSTANT = "json.invalid-instant";
  /** A date is not written as yyyy-MM-dd, or no such day exists. */
  public static final String INVALID_DATE = "json.invalid-date";
  /** A string holds an unpaired UTF-16 surrogate, which cannot be written as UTF-8. */
  public static final String INVALID_STRING = "json.invalid-string";
  /** The envelope's {@code format} is not {@code casework}. */
  public static final String WRONG_FORMAT = "json.wrong-format";
  /** The envelope's {@code version} is not one this library reads. */
  public static final String UNSUPPORTED_VERSION = "json.unsupported-version";
  /** The envelope's {@code kind} is not the kind of document the caller asked for. */
  public static final String WRONG_KIND = "json.wrong-kind";
  /** A document's stated {@code state} differs from the state its history replays to. */
  public static final String STATE_MISMATCH = "json.state-mismatch";

  /** An agency directory lists two agencies with the same id. */
  public static final String DIRECTORY_DUPLICATE_AGENCY = "directory.duplicate-agency";
  /** An agency directory lists two professionals with the same id. */
  public static final String DIRECTORY_DUPLICATE_PROFESSIONAL = "directory.duplicate-professional";
  /** In an agency directory, a professional works for an agency the directory does not list. */
  public static final String DIRECTORY_UNKNOWN_AGENCY = "directory.unknown-agency";
  /** A history of events of any aggregate kind holds no event, so it names no aggregate kind. */
  public static final String HISTORY_EMPTY = "history.empty";
  /** The Jackson 2 on the class path is older than the oldest version this module supports. */
  public static final String UNSUPPORTED_JACKSON = "json.unsupported-jackson";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(SYNTAX, "The input is not well-formed JSON (including a blank line in an event stream)."),
      code(TRUNCATED, "The input ended inside a value."),
      code(INVALID_ENCODING,
          "The input is not UTF-8, holds an invalid UTF-8 sequence, or starts with a byte-order mark."),
      code(LIMIT_EXCEEDED,
          "A limit on nesting depth, string, name or number length, document or line size was exceeded."),
      code(DUPLICATE_KEY, "An object holds the same member name twice."),
      code(TRAILING_CONTENT,
          "Something other than whitespace follows the document (or the value on an event-stream line)."),
      code(WRONG_TYPE, "A value has the wrong JSON type, such as a number where a string is required."),
      code(NULL_VALUE, "A member is null; the format never uses null (an absent optional member is omitted)."),
      code(MISSING_MEMBER, "A required member is missing."),
      code(UNKNOWN_MEMBER, "In strict mode: a member the format does not define here."),
      code(HEADER_HOLDS_AGGREGATES, "The header of a caseload-events stream holds a member of a caseload document "
          + "(cases, referrals, escalations, signals) in tolerant mode, where skipping them would check an empty "
          + "caseload; in a stream the aggregates are the lines that follow. Strict mode reports them as "
          + "json.unknown-member."),
      code(UNKNOWN_TYPE, "A type member names no known type."),
      code(UNKNOWN_CODE, "A code (of a life domain, urgency, status, role...) is not one the format defines."),
      code(DUPLICATE_ITEM, "An array that holds a set has the same item twice."),
      code(INVALID_NUMBER, "An integer is written with a fraction or exponent, or is too large for its member."),
      code(INVALID_INSTANT,
          "An instant is not an RFC 3339 UTC date-time (2026-01-05T08:00:00Z), or no such instant exists."),
      code(INVALID_DATE, "A date is not written as yyyy-MM-dd, or no such day exists."),
      code(INVALID_STRING, "A string holds an unpaired UTF-16 surrogate, which cannot be written as UTF-8."),
      code(WRONG_FORMAT, "The envelope's format is not casework."),
      code(UNSUPPORTED_VERSION, "The envelope's version is not one this library reads."),
      code(WRONG_KIND, "The envelope's kind is not the kind of document the caller asked for."),
      code(STATE_MISMATCH, "A document's stated state differs from the state its history replays to."),
      code(DIRECTORY_DUPLICATE_AGENCY, "An agency directory lists two agencies with the same id."),
      code(DIRECTORY_DUPLICATE_PROFESSIONAL, "An agency directory lists two professionals with the same id."),
      code(DIRECTORY_UNKNOWN_AGENCY,
          "In an agency directory, a professional works for an agency the directory does not list."),
      code(HISTORY_EMPTY, "A history of events of any aggregate kind holds no event, so it names no aggregate kind."),
      code(UNSUPPORTED_JACKSON,
          "The Jackson 2 on the class path is older than the oldest version this module supports."));

  private JsonCodes() {}

  /**
   * Returns every code of this class with the rule it stands for, in declaration order;
   * {@link CaseworkJson#errorCodes()} joins these to the domain's.
   *
   * @return the codes, immutable
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, JsonCodes.class.getPackageName());
  }
}
