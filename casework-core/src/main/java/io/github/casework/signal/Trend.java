package io.github.casework.signal;

import io.github.casework.InvalidValueException;

/** How a signalled problem develops compared with the previous period. Each has a stable {@link #code()}. */
public enum Trend {
  /** Not seen in the previous period. */
  NEW("new"),
  /** More than in the previous period. */
  INCREASING("increasing"),
  /** About as much as in the previous period. */
  STABLE("stable"),
  /** Less than in the previous period, but still present. */
  DECREASING("decreasing");

  private final String code;

  Trend(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lower-case code.
   *
   * @return the stable lower-case code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the trend from a count in the previous period to a count in this one: {@link #NEW} if the previous
   * count is zero, otherwise increasing, stable or decreasing as the counts compare.
   *
   * @param previous the count in the previous period, at least 0
   * @param current the count in this period, at least 0
   * @return the trend
   * @throws InvalidValueException if a count is negative
   */
  public static Trend between(int previous, int current) {
    if (previous < 0 || current < 0) {
      throw new InvalidValueException(SignalCodes.TREND_NEGATIVE_COUNT, "Trend.count", "counts must not be negative");
    }
    if (previous == 0) {
      return NEW;
    }
    return current > previous ? INCREASING : current == previous ? STABLE : DECREASING;
  }

  /**
   * Returns the trend with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the trend
   * @throws InvalidValueException if no trend has this code
   */
  public static Trend ofCode(String code) {
    for (Trend t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new InvalidValueException(SignalCodes.TREND_UNKNOWN, "Trend.code", "is not a known trend");
  }
}
