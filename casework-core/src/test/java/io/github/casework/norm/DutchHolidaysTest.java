package io.github.casework.norm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.testing.Rejections;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DutchHolidaysTest {

  /**
   * Easter Sunday 2000–2040 as published by the Astronomical Society of South Australia, "Easter Dates 2000 to
   * 2099" (cross-checked against python-dateutil's {@code easter()}, which implements a different formulation).
   */
  private static final String[] EASTER_2000_2040 = {
      "2000-04-23", "2001-04-15", "2002-03-31", "2003-04-20", "2004-04-11", "2005-03-27", "2006-04-16",
      "2007-04-08", "2008-03-23", "2009-04-12", "2010-04-04", "2011-04-24", "2012-04-08", "2013-03-31",
      "2014-04-20", "2015-04-05", "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12",
      "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28",
      "2028-04-16", "2029-04-01", "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09",
      "2035-03-25", "2036-04-13", "2037-04-05", "2038-04-25", "2039-04-10", "2040-04-01"};

  @Test
  void easterAgreesWithThePublishedTable() {
    for (int year = 2000; year <= 2040; year++) {
      assertThat(DutchHolidays.easterSunday(year)).as("Easter %s", year)
          .isEqualTo(LocalDate.parse(EASTER_2000_2040[year - 2000]));
    }
  }

  @Test
  void easterIsAlwaysASundayBetween22MarchAnd25April() {
    for (int year = 1583; year <= 9999; year++) {
      LocalDate easter = DutchHolidays.easterSunday(year);
      assertThat(easter.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
      assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
  }

  @Test
  void holidaysOf2026() {
    assertThat(DutchHolidays.standard().holidays(2026)).containsOnlyKeys(
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 27),
        LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 24), LocalDate.of(2026, 5, 25),
        LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    assertThat(DutchHolidays.standard().withGoodFriday(true).holidays(2026))
        .containsEntry(LocalDate.of(2026, 4, 3), "Good Friday");
  }

  @Test
  void kingsDayMovesToSaturdayWhenThe27thIsASunday() {
    assertThat(DutchHolidays.standard().holidays(2025)).containsEntry(LocalDate.of(2025, 4, 26), "King's Day")
        .doesNotContainKey(LocalDate.of(2025, 4, 27));
    assertThat(DutchHolidays.standard().holidays(2031)).containsEntry(LocalDate.of(2031, 4, 26), "King's Day");
    assertThat(DutchHolidays.standard().holidays(2026)).containsEntry(LocalDate.of(2026, 4, 27), "King's Day");
    assertThat(DutchHolidays.standard().isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    assertThat(DutchHolidays.standard().plusWorkingDays(LocalDate.of(2026, 4, 24), 1))
        .isEqualTo(LocalDate.of(2026, 4, 28));
  }

  @Test
  void liberationDaySharesItsDateWithAscensionIn2016() {
    assertThat(DutchHolidays.standard().withLiberationDay(true).holidays(2016))
        .containsEntry(LocalDate.of(2016, 5, 5), "Liberation Day, Ascension Day");
    assertThat(DutchHolidays.standard().holidays(2016)).containsEntry(LocalDate.of(2016, 5, 5), "Ascension Day");
    assertThat(DutchHolidays.standard().withLiberationDay(true).isWorkingDay(LocalDate.of(2025, 5, 5))).isFalse();
    assertThat(DutchHolidays.standard().isWorkingDay(LocalDate.of(2025, 5, 5))).isTrue();
  }

  @Test
  void threeWorkingDaysAroundEaster() {
    DutchHolidays nl = DutchHolidays.standard();
    // Thursday 2 April 2026: Good Friday works, Easter Monday does not.
    assertThat(nl.plusWorkingDays(LocalDate.of(2026, 4, 2), 3)).isEqualTo(LocalDate.of(2026, 4, 8));
    assertThat(nl.withGoodFriday(true).plusWorkingDays(LocalDate.of(2026, 4, 2), 3))
        .isEqualTo(LocalDate.of(2026, 4, 9));
  }

  @Test
  void threeWorkingDaysAroundChristmas() {
    // Wednesday 23 December 2026: the 24th counts, Christmas (Fri) and Boxing Day (Sat) and Sunday do not.
    assertThat(DutchHolidays.standard().plusWorkingDays(LocalDate.of(2026, 12, 23), 3))
        .isEqualTo(LocalDate.of(2026, 12, 29));
    assertThat(DutchHolidays.standard().workingDaysBetween(LocalDate.of(2026, 12, 23), LocalDate.of(2027, 1, 4)))
        .isEqualTo(6); // 24, 28, 29, 30, 31 Dec and 4 Jan; New Year's Day is a holiday
  }

  @Test
  void yearsOutsideTheGregorianRangeAreRejected() {
    assertThatThrownBy(() -> DutchHolidays.easterSunday(1582))
        .extracting(Rejections::code).isEqualTo("calendar.year-out-of-range");
    assertThat(DutchHolidays.standard().holidays(1990)).containsEntry(LocalDate.of(1990, 4, 30), "Queen's Day");
  }

  @Test
  void withersReturnTheSameInstanceWhenNothingChanges() {
    DutchHolidays nl = DutchHolidays.standard();
    assertThat(nl.withGoodFriday(false)).isSameAs(nl);
    assertThat(nl.withLiberationDay(false)).isSameAs(nl);
    assertThat(nl.withGoodFriday(true)).isEqualTo(DutchHolidays.standard().withGoodFriday(true)).isNotEqualTo(nl);
  }
}
