package io.github.casework.norm;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.casework.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides which dates are working days, and adds and counts working days. Implementations must be immutable
 * and thread-safe, and must have at least one working day in every week (so that adding always ends).
 *
 * <p>Counting convention: {@link #plusWorkingDays(LocalDate, int)} with {@code n ≥ 1} returns the n-th working
 * day after the start (the start itself does not count) and never lands on a non-working day;
 * {@link #workingDaysBetween(LocalDate, LocalDate)} counts the working days in {@code (start, end]}. So for every
 * start and {@code n ≥ 0}: {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}.
 */
public interface WorkingDayCalendar {

  /**
   * Returns whether the date is a working day.
   *
   * @param date the date, not null
   * @return true for a working day
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Returns the date {@code n} working days after {@code start}: the n-th working day after it, or
   * {@code start} itself when {@code n} is 0.
   *
   * @param start the date to count from (not counted), not null
   * @param n the number of working days, 0 to 100,000
   * @return the date
   * @throws InvalidValueException if {@code n} is negative or larger than 100,000
   */
  default LocalDate plusWorkingDays(LocalDate start, int n) {
    requireNonNull(start, "start");
    if (n < 0 || n > 100_000) {
      throw new InvalidValueException(
          NormCodes.WORKING_DAYS_OUT_OF_RANGE, "WorkingDayCalendar.n", "must be between 0 and 100000");
    }
    LocalDate d = start;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Counts the working days after {@code start} up to and including {@code end}; negative when {@code end} is
   * before {@code start} (then it counts the working days in {@code (end, start]}, negated).
   *
   * @param start the first date, not counted, not null
   * @param end the last date, counted, not null
   * @return the signed count
   */
  default long workingDaysBetween(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      return -workingDaysBetween(end, start);
    }
    long count = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns a calendar in which Saturday and Sunday are the only non-working days.
   *
   * @return the calendar
   */
  static WorkingDayCalendar weekendsOnly() {
    return of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), ImmutableSet.of());
  }

  /**
   * Returns a calendar with the given weekly days off and fixed holidays.
   *
   * @param weekend the days of the week that are never working days, fewer than seven, not null
   * @param holidays dates that are not working days, not null
   * @return the calendar
   * @throws InvalidValueException if every day of the week is a day off
   */
  static WorkingDayCalendar of(Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
    ImmutableSet<DayOfWeek> off = ImmutableSet.copyOf(weekend);
    ImmutableSet<LocalDate> dates = ImmutableSet.copyOf(holidays);
    if (off.size() >= 7) {
      throw new InvalidValueException(
          NormCodes.CALENDAR_NO_WORKING_DAY, "WorkingDayCalendar.weekend", "a week needs at least one working day");
    }
    return date -> !off.contains(date.getDayOfWeek()) && !dates.contains(date);
  }
}
