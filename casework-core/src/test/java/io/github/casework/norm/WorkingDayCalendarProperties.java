package io.github.casework.norm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarProperties {

  record Case(WorkingDayCalendar calendar, LocalDate start, int n) {}

  private static final Gen<WorkingDayCalendar> CALENDARS = r -> switch (r.nextInt(4)) {
    case 0 -> DutchHolidays.standard();
    case 1 -> DutchHolidays.standard().withGoodFriday(true).withLiberationDay(r.nextBoolean());
    case 2 -> WorkingDayCalendar.weekendsOnly();
    default -> WorkingDayCalendar.of(Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
        List.of(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400))));
  };

  private static final Gen<Case> CASES = r -> new Case(CALENDARS.next(r),
      LocalDate.of(1990, 1, 1).plusDays(r.nextInt(110 * 365)), r.nextInt(400));

  @Test
  void addingNWorkingDaysThenCountingBackGivesN() {
    Property.forAll("calendar.add-then-count", CASES, c -> {
      LocalDate end = c.calendar().plusWorkingDays(c.start(), c.n());
      assertThat(c.calendar().workingDaysBetween(c.start(), end)).isEqualTo(c.n());
      assertThat(c.calendar().workingDaysBetween(end, c.start())).isEqualTo(-c.n());
    });
  }

  @Test
  void addingNeverLandsOnAWeekendOrHoliday() {
    Property.forAll("calendar.lands-on-working-day", CASES, c -> {
      if (c.n() > 0) {
        LocalDate end = c.calendar().plusWorkingDays(c.start(), c.n());
        assertThat(c.calendar().isWorkingDay(end)).as("%s + %s = %s", c.start(), c.n(), end).isTrue();
        if (c.calendar() instanceof DutchHolidays nl) {
          assertThat(end.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
          assertThat(nl.holidays(end.getYear())).doesNotContainKey(end);
        }
      }
    });
  }

  @Test
  void addingIsMonotoneInN() {
    Property.forAll("calendar.monotone", CASES, c -> {
      LocalDate a = c.calendar().plusWorkingDays(c.start(), c.n());
      LocalDate b = c.calendar().plusWorkingDays(c.start(), c.n() + 1);
      assertThat(b).isAfter(a);
      // Every date strictly between two consecutive results is a day off.
      for (LocalDate d = a.plusDays(1); d.isBefore(b); d = d.plusDays(1)) {
        assertThat(c.calendar().isWorkingDay(d)).isFalse();
      }
    });
  }
}
