package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import io.github.casework.CaseworkException;

/**
 * Thrown when a document or event stream cannot be read (or a value cannot be written) in the casework wire
 * format: it is not well-formed JSON, exceeds a limit, has the wrong shape, or describes a value or history the
 * domain forbids.
 *
 * <p>It carries where the problem is: a {@linkplain #pointer() JSON pointer} (RFC 6901) into the document, and the
 * {@linkplain #line() line} and {@linkplain #column() column} of the input. Its {@link #code()} is either one of
 * {@link JsonCodes} (the input does not follow the format) or the domain's own code, such as
 * {@code case.need-still-open} or {@code id.invalid-character} (the input follows the format but describes
 * something the domain forbids); in the second case the domain exception is the {@linkplain #getCause() cause}.
 *
 * <p>The message states the rule and the location; it never contains personal data nor echoes the input: the
 * pointer names only members defined by the format (an unknown member is reported at the object that holds it),
 * and the parser's own exceptions, whose messages quote the input, are not kept as causes.
 */
public final class CaseworkJsonException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /** The rule that was broken, without the location. */
  private final String rule;
  /** The JSON pointer of the offending value. */
  private final String pointer;
  /** The 1-based line, or -1. */
  private final long line;
  /** The 1-based column, or -1. */
  private final long column;

  /**
   * Creates an exception for input that does not follow the format.
   *
   * @param code the stable code, not null
   * @param rule the rule that was broken, without personal data or input, not null
   * @param pointer the JSON pointer of the offending value ({@code ""} for the whole document), not null
   * @param line the 1-based line of the input, or -1 if not known
   * @param column the 1-based column of the input, or -1 if not known
   */
  public CaseworkJsonException(String code, String rule, String pointer, long line, long column) {
    super(code, message(requireNonNull(rule, "rule"), requireNonNull(pointer, "pointer"), line, column));
    this.rule = rule;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * Creates an exception for input the domain rejected.
   *
   * @param code the stable code, not null
   * @param rule the rule that was broken, without personal data or input, not null
   * @param pointer the JSON pointer of the offending value ({@code ""} for the whole document), not null
   * @param line the 1-based line of the input, or -1 if not known
   * @param column the 1-based column of the input, or -1 if not known
   * @param cause the domain exception that rejected the value, not null
   */
  public CaseworkJsonException(String code, String rule, String pointer, long line, long column, Throwable cause) {
    this(code, rule, pointer, line, column);
    initCause(requireNonNull(cause, "cause"));
  }

  private static String message(String rule, String pointer, long line, long column) {
    StringBuilder sb = new StringBuilder(rule).append(" (at ");
    sb.append(pointer.isEmpty() ? "the document root" : pointer);
    if (line > 0) {
      sb.append(", line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
    }
    return sb.append(')').toString();
  }

  /** Returns this exception moved to another line (an NDJSON line is parsed on its own, as line 1). */
  CaseworkJsonException atLine(long newLine) {
    Throwable cause = getCause();
    CaseworkJsonException moved = cause == null
        ? new CaseworkJsonException(code(), rule, pointer, newLine, column)
        : new CaseworkJsonException(code(), rule, pointer, newLine, column, cause);
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  /**
   * Returns the rule that was broken, without the location.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the JSON pointer (RFC 6901) of the offending value within the document, or within the line of an
   * NDJSON stream; {@code ""} means the whole document or line.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line of the input where the problem was found.
   *
   * @return the line, or -1 if not known (for example while writing)
   */
  public long line() {
    return line;
  }

  /**
   * Returns the 1-based column (in characters) of the input where the problem was found.
   *
   * @return the column, or -1 if not known
   */
  public long column() {
    return column;
  }
}
