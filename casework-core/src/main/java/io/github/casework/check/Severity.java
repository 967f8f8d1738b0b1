package io.github.casework.check;

/**
 * How serious a {@link Finding} is, from information to a breach that puts a client at risk. Ordered from least
 * to most serious; each has a stable lower-case {@link #code()}.
 */
public enum Severity {
  /** Worth knowing; no action is overdue. */
  INFO("info"),
  /** Something is late or drifting; act soon. */
  WARNING("warning"),
  /** A norm or rule is breached; act now. */
  ERROR("error"),
  /** A client is at risk of falling between the cracks (tussen wal en schip) or is stuck in a deadlock. */
  CRITICAL("critical");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }

  /**
   * Returns the severity with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the severity
   * @throws io.github.casework.InvalidValueException if no severity has this code
   */
  public static Severity ofCode(String code) {
    for (Severity s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new io.github.casework.InvalidValueException(CheckCodes.SEVERITY_UNKNOWN, "Severity.code",
        "is not a known severity");
  }
}
