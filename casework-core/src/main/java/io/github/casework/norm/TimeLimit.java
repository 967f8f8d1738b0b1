package io.github.casework.norm;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import java.time.Duration;
import java.time.Period;

/**
 * How long a norm allows for something to happen: an exact duration, a calendar period (such as one quarter) or
 * a number of working days. A limit is data, the value {@link ServiceNorms} holds; it has no due instant of its
 * own, because periods and working days are counted on a calendar in a zone. Counted that way it becomes a
 * {@link io.github.casework.Deadline} — {@link ServiceNorms#deadline(TimeLimit)} or a {@link CalendarDeadline} —
 * which is what a command takes and the only thing that computes a due instant. Limits are positive; a deadline
 * that is due at once is {@code Deadline.after(Duration.ZERO)}. Equal when of the same kind and amount.
 * Immutable and thread-safe.
 */
public sealed interface TimeLimit {

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
  }

  /**
   * A calendar period, added in the zone's local date-time (so one month after 31 January is the end of
   * February; see {@link CalendarDeadline}).
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
  }

  /**
   * A number of working days: due at the end (midnight) of the n-th working day after the start date (see
   * {@link CalendarDeadline}).
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
  }
}
