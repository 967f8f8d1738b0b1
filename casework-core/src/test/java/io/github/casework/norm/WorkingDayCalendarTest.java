package io.github.casework.norm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calendars with other weekends and fixed holidays than the Dutch national ones. */
class WorkingDayCalendarTest {
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Test
  void aCustomWeekendAndHolidaysAreNotWorkingDays() {
    LocalDate holiday = MONDAY.plusDays(2);
    WorkingDayCalendar c = WorkingDayCalendar.of(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), List.of(holiday));
    assertThat(c.isWorkingDay(MONDAY)).isTrue();
    assertThat(c.isWorkingDay(MONDAY.plusDays(1))).isTrue();
    assertThat(c.isWorkingDay(holiday)).isFalse();
    assertThat(c.isWorkingDay(MONDAY.plusDays(3))).isTrue();
    assertThat(c.isWorkingDay(MONDAY.plusDays(4))).as("Friday").isFalse();
    assertThat(c.isWorkingDay(MONDAY.plusDays(5))).as("Saturday").isFalse();
    assertThat(c.isWorkingDay(MONDAY.plusDays(6))).as("Sunday").isTrue();
    // The holiday is one date, not every Wednesday.
    assertThat(c.isWorkingDay(holiday.plusWeeks(1))).isTrue();
  }

  @Test
  void aWeekWithOneWorkingDayIsAllowedAndSevenDaysOffAreNot() {
    Set<DayOfWeek> six = EnumSet.complementOf(EnumSet.of(DayOfWeek.THURSDAY));
    WorkingDayCalendar thursdays = WorkingDayCalendar.of(six, List.of());
    assertThat(MONDAY.datesUntil(MONDAY.plusWeeks(2)).filter(thursdays::isWorkingDay))
        .allMatch(d -> d.getDayOfWeek() == DayOfWeek.THURSDAY).hasSize(2);
    assertThatThrownBy(() -> WorkingDayCalendar.of(EnumSet.allOf(DayOfWeek.class), List.of()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(NormCodes.CALENDAR_NO_WORKING_DAY));
  }

  @Test
  void weekendsOnlyKeepsEveryWeekdayAndNoHoliday() {
    WorkingDayCalendar c = WorkingDayCalendar.weekendsOnly();
    LocalDate christmas = LocalDate.of(2026, 12, 25);
    assertThat(c.isWorkingDay(christmas)).as("a Friday, no holiday here").isTrue();
    assertThat(c.isWorkingDay(christmas.plusDays(1))).isFalse();
    assertThat(c.isWorkingDay(christmas.plusDays(2))).isFalse();
  }
}
