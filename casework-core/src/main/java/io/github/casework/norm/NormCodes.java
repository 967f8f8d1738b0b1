package io.github.casework.norm;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rules of working-day calendars, holidays and time limits, as carried by
 * {@link io.github.casework.CaseworkException#code()}. Codes never change meaning between releases.
 */
public final class NormCodes {
  /** A calendar's weekend covers the whole week: a week needs at least one working day. */
  public static final String CALENDAR_NO_WORKING_DAY = "calendar.no-working-day";
  /** Dutch holidays are asked for a year outside -999999999 to 999999999 (the years a date can hold). */
  public static final String CALENDAR_YEAR_OUT_OF_RANGE = "calendar.year-out-of-range";
  /** A number of working days to add is outside 0 to 100000. */
  public static final String WORKING_DAYS_OUT_OF_RANGE = "working-days.out-of-range";
  /** A time limit's duration or period is zero or negative. */
  public static final String TIME_LIMIT_NOT_POSITIVE = "time-limit.not-positive";
  /** A time limit in working days is outside 1 to 1000. */
  public static final String TIME_LIMIT_OUT_OF_RANGE = "time-limit.out-of-range";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(CALENDAR_NO_WORKING_DAY,
          "A calendar's weekend covers the whole week: a week needs at least one working day."),
      code(CALENDAR_YEAR_OUT_OF_RANGE,
          "Dutch holidays are asked for a year outside -999999999 to 999999999 (the years a date can hold)."),
      code(WORKING_DAYS_OUT_OF_RANGE, "A number of working days to add is outside 0 to 100000."),
      code(TIME_LIMIT_NOT_POSITIVE, "A time limit's duration or period is zero or negative."),
      code(TIME_LIMIT_OUT_OF_RANGE, "A time limit in working days is outside 1 to 1000."));

  private NormCodes() {}

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
    return new ErrorCode(code, meaning, NormCodes.class.getPackageName());
  }
}
