package io.github.casework.norm;

import static java.util.Objects.requireNonNull;

import io.github.casework.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A {@link TimeLimit} counted on a working-day calendar in a zone: the {@link Deadline} a service norm sets, and
 * the one place a time limit becomes a due instant. {@link ServiceNorms#deadline(TimeLimit)} makes one with the
 * norms' calendar and zone, so a command such as {@code ReferralCommand.Send} takes a norm as it takes any other
 * deadline.
 *
 * <p>How each kind of limit is counted from the start:
 * <ul>
 *   <li>{@link TimeLimit.Exact}: the duration is added to the instant; calendar and zone play no part;
 *   <li>{@link TimeLimit.CalendarPeriod}: the period is added in the zone's local date-time, so one month after
 *       31 January is the end of February and a period keeps its local time of day across a change of summer
 *       time;
 *   <li>{@link TimeLimit.WorkingDays}: due at the end (local midnight) of the n-th working day after the start's
 *       local date.
 * </ul>
 * The due instant is never before the start. Equal when limit, calendar and zone are equal. Immutable and
 * thread-safe if the calendar is, as every {@link WorkingDayCalendar} must be.
 *
 * @param limit the time allowed, not null
 * @param calendar the working-day calendar, used by {@link TimeLimit.WorkingDays}, not null
 * @param zone the zone in which dates are read, not null
 */
public record CalendarDeadline(TimeLimit limit, WorkingDayCalendar calendar, ZoneId zone) implements Deadline {

  /**
   * Validates the components.
   *
   * @param limit the time allowed, not null
   * @param calendar the working-day calendar, not null
   * @param zone the zone in which dates are read, not null
   */
  public CalendarDeadline {
    requireNonNull(limit, "limit");
    requireNonNull(calendar, "calendar");
    requireNonNull(zone, "zone");
  }

  /**
   * Returns the instant by which the limit is reached, counting from {@code start}.
   *
   * @param start when the clock starts, not null
   * @return the due instant, after {@code start}
   */
  @Override
  public Instant dueFrom(Instant start) {
    requireNonNull(start, "start");
    if (limit instanceof TimeLimit.Exact e) {
      return start.plus(e.duration());
    } else if (limit instanceof TimeLimit.CalendarPeriod p) {
      return start.atZone(zone).plus(p.period()).toInstant();
    } else if (limit instanceof TimeLimit.WorkingDays w) {
      LocalDate dueDate = calendar.plusWorkingDays(start.atZone(zone).toLocalDate(), w.days());
      return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }
    throw new AssertionError("bug: a time limit of unknown kind");
  }
}
