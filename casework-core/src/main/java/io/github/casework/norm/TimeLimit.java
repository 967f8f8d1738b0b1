package io.github.casework.norm;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * A time limit within which something must happen: an exact duration, a calendar period (such as one quarter)
 * or a number of working days. {@link #dueAfter} turns it into a due instant. Immutable and thread-safe.
 */
public sealed interface TimeLimit {

  /**
   * Returns the instant by which the limit is reached, counting from {@code start}.
   *
   * @param start when the clock starts, not null
   * @param calendar the working-day calendar, used by {@link WorkingDays}, not null
   * @param zone the zone in which dates are read, not null
   * @return the due instant, not before {@code start}
   */
  Instant dueAfter(Instant start, WorkingDayCalendar calendar, ZoneId zone);

  /**
   * An exact duration, such as 48 hours.
   *
   * @param duration positive, not null
   * @return the limit
   */
  static TimeLimit of(Duration duration) {
    return new Exact(duration);
  }

  /**
   * A calendar period in the zone's local time, such as {@code Period.ofMonths(3)} or {@code Period.ofWeeks(4)}.
   *
   * @param period positive, not null
   * @return the limit
   */
  static TimeLimit of(Period period) {
    return new CalendarPeriod(period);
  }

  /**
   * A number of working days.
   *
   * @param days 1 to 1,000
   * @return the limit
   */
  static TimeLimit workingDays(int days) {
    return new WorkingDays(days);
  }

  /**
   * An exact duration.
   *
   * @param duration positive, not null
   */
  record Exact(Duration duration) implements TimeLimit {
    /**
     * Validates the duration.
     *
     * @param duration positive, not null
     * @throws InvalidValueException if it is zero or negative
     */
    public Exact {
      requireNonNull(duration, "duration");
      if (duration.isZero() || duration.isNegative()) {
        throw new InvalidValueException(NormCodes.TIME_LIMIT_NOT_POSITIVE, "TimeLimit.duration", "must be positive");
      }
    }

    @Override
    public Instant dueAfter(Instant start, WorkingDayCalendar calendar, ZoneId zone) {
      return requireNonNull(start, "start").plus(duration);
    }
  }

  /**
   * A calendar period, added in the zone's local date-time (so one month after 31 January is the end of
   * February).
   *
   * @param period positive in every unit it uses, not null
   */
  record CalendarPeriod(Period period) implements TimeLimit {
    /**
     * Validates the period.
     *
     * @param period positive in every unit it uses, not null
     * @throws InvalidValueException if it is zero or has a negative unit
     */
    public CalendarPeriod {
      requireNonNull(period, "period");
      if (period.isZero() || period.isNegative()) {
        throw new InvalidValueException(NormCodes.TIME_LIMIT_NOT_POSITIVE, "TimeLimit.period", "must be positive");
      }
    }

    @Override
    public Instant dueAfter(Instant start, WorkingDayCalendar calendar, ZoneId zone) {
      return start.atZone(requireNonNull(zone, "zone")).plus(period).toInstant();
    }
  }

  /**
   * A number of working days: due at the end (midnight) of the n-th working day after the start date.
   *
   * @param days 1 to 1,000
   */
  record WorkingDays(int days) implements TimeLimit {
    /**
     * Validates the count.
     *
     * @param days 1 to 1,000
     * @throws InvalidValueException if it is outside 1..1,000
     */
    public WorkingDays {
      if (days < 1 || days > 1000) {
        throw new InvalidValueException(
            NormCodes.TIME_LIMIT_OUT_OF_RANGE, "TimeLimit.days", "must be between 1 and 1000 working days");
      }
    }

    @Override
    public Instant dueAfter(Instant start, WorkingDayCalendar calendar, ZoneId zone) {
      LocalDate startDate = start.atZone(requireNonNull(zone, "zone")).toLocalDate();
      LocalDate dueDate = requireNonNull(calendar, "calendar").plusWorkingDays(startDate, days);
      return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }
  }
}
