package io.github.casework.examples.simulation;

import io.github.casework.examples.simulation.queue.EventCalendar;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.norm.TimeLimit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A run's time: the calendar's days since the first simulated midnight as instants for the aggregates, and the
 * service norms' due instants. Not thread-safe: one per run.
 */
final class SimClock {
  static final double DAY_MILLIS = 86_400_000d;
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final ServiceNorms NORMS = ServiceNorms.dutchDefaults();

  private final EventCalendar calendar;
  private final Instant start;
  // One entry per norm: the local day last asked for and its due instant. The calendar only moves forward, so
  // this hits as often as a cache of every day would, and holds a handful of entries however long the run.
  private final Map<TimeLimit, long[]> lastDay = new HashMap<>();
  private final Map<TimeLimit, Instant> lastDue = new HashMap<>();

  SimClock(EventCalendar calendar, Instant start) {
    this.calendar = calendar;
    this.start = start;
  }

  EventCalendar calendar() {
    return calendar;
  }

  /** {@return the calendar's current time, in days} */
  double today() {
    return calendar.now();
  }

  Instant now() {
    return instant(calendar.now());
  }

  Instant instant(double days) {
    return start.plusMillis((long) Math.floor(days * DAY_MILLIS));
  }

  double days(Instant instant) {
    return Duration.between(start, instant).toMillis() / DAY_MILLIS;
  }

  /** Schedules an action a number of days from now. */
  void after(double days, Runnable action) {
    calendar.schedule(calendar.now() + days, action);
  }

  /** Schedules an action at an instant, or now if the instant has passed. */
  void at(Instant when, Runnable action) {
    calendar.schedule(Math.max(calendar.now(), days(when)), action);
  }

  /**
   * A service norm's due instant from an instant, the same as {@link ServiceNorms#deadline}'s {@code dueFrom};
   * norms counted in working days are computed once per local day (the calendar walk is the costly part).
   */
  Instant due(TimeLimit limit, Instant from) {
    if (!(limit instanceof TimeLimit.WorkingDays)) {
      return NORMS.deadline(limit).dueFrom(from);
    }
    long localDay = Math.floorDiv(from.getEpochSecond() + ZONE.getRules().getOffset(from).getTotalSeconds(), 86_400);
    long[] day = lastDay.get(limit);
    if (day != null && day[0] == localDay) {
      return lastDue.get(limit);
    }
    Instant due = NORMS.deadline(limit).dueFrom(from);
    lastDay.put(limit, new long[] {localDay});
    lastDue.put(limit, due);
    return due;
  }
}
