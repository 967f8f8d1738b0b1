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

  /**
   * Easter Sunday in other centuries, from the Astronomical Society of South Australia's "Easter Dates 1700 to
   * 2299" (R. W. Mallen), and the extremes Wikipedia's "Date of Easter" lists from the Book of Common Prayer's
   * tables (22 March in 1598, 1693, 1761, 1818, 2285; 25 April in 1666, 1734, 1886, 1943, 2038, 2190), with the
   * first Gregorian Easter, 10 April 1583; cross-checked against python-dateutil's {@code easter()}.
   */
  private static final String[] EASTER_OTHER_CENTURIES = {
      "1583-04-10", "1598-03-22", "1600-04-02", "1666-04-25", "1693-03-22", "1700-04-11", "1734-04-25",
      "1761-03-22", "1800-04-13", "1818-03-22", "1886-04-25", "1900-04-15", "1913-03-23", "1943-04-25",
      "1954-04-18", "1962-04-22", "2049-04-18", "2063-04-15", "2076-04-19", "2099-04-12", "2100-03-28",
      "2160-03-23", "2190-04-25", "2200-04-06", "2228-03-23", "2285-03-22", "2299-04-16"};

  @Test
  void easterAgreesWithThePublishedTablesOfOtherCenturies() {
    for (String date : EASTER_OTHER_CENTURIES) {
      LocalDate easter = LocalDate.parse(date);
      assertThat(DutchHolidays.easterSunday(easter.getYear())).as(date).isEqualTo(easter);
      assertThat(DutchHolidays.compute(easter.getYear(), false, false)).as(date)
          .containsEntry(easter, "Easter Sunday").containsEntry(easter.plusDays(1), "Easter Monday")
          .containsEntry(easter.plusDays(39), "Ascension Day").containsEntry(easter.plusDays(49), "Whit Sunday")
          .containsEntry(easter.plusDays(50), "Whit Monday");
    }
  }

  @Test
  void easterRepeatsEvery5700000YearsAlsoBeforeYearOne() {
    java.util.Random random = new java.util.Random(15L);
    for (int i = 0; i < 2_000; i++) {
      int year = random.nextInt(2 * 900_000_000) - 900_000_000;
      LocalDate easter = DutchHolidays.easterSunday(year);
      LocalDate later = DutchHolidays.easterSunday(year + 5_700_000);
      assertThat(later.getMonth()).as("year %s", year).isEqualTo(easter.getMonth());
      assertThat(later.getDayOfMonth()).as("year %s", year).isEqualTo(easter.getDayOfMonth());
      assertThat(easter.getDayOfWeek()).as("year %s", year).isEqualTo(java.time.DayOfWeek.SUNDAY);
      assertThat(easter).as("year %s", year).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
  }

  @Test
  void everyYearADateCanHoldHasHolidays() {
    // The wire format carries years 0000 to 9999 and deadlines run past 9999; the calendar used to throw there.
    DutchHolidays nl = DutchHolidays.standard();
    for (int year : new int[] {java.time.Year.MIN_VALUE, -1, 0, 1, 1200, 1582, 10_000, java.time.Year.MAX_VALUE}) {
      assertThat(nl.holidays(year)).as("year %s", year).containsKey(LocalDate.of(year, 12, 25))
          .containsKey(DutchHolidays.easterSunday(year));
    }
    assertThat(nl.isWorkingDay(LocalDate.of(0, 1, 1))).isFalse();
    assertThat(nl.plusWorkingDays(LocalDate.of(9999, 12, 30), 3)).isEqualTo(LocalDate.of(10_000, 1, 4));
    assertThatThrownBy(() -> DutchHolidays.easterSunday(java.time.Year.MAX_VALUE + 1))
        .extracting(Rejections::code).isEqualTo("calendar.year-out-of-range");
    assertThatThrownBy(() -> nl.holidays(java.time.Year.MIN_VALUE - 1))
        .extracting(Rejections::code).isEqualTo("calendar.year-out-of-range");
    assertThat(nl.holidays(1990)).containsEntry(LocalDate.of(1990, 4, 30), "Queen's Day");
  }

  @Test
  void queensAndKingsDayBeginInTheirYears() {
    assertThat(DutchHolidays.compute(1948, false, false)).doesNotContainValue("Queen's Day").hasSize(8);
    assertThat(DutchHolidays.compute(1949, false, false)).containsEntry(LocalDate.of(1949, 4, 30), "Queen's Day");
    // 30 April 1950 was a Sunday: Queen's Day moved to Saturday the 29th.
    assertThat(DutchHolidays.compute(1950, false, false)).containsEntry(LocalDate.of(1950, 4, 29), "Queen's Day")
        .doesNotContainKey(LocalDate.of(1950, 4, 30));
    assertThat(DutchHolidays.compute(2013, false, false)).containsEntry(LocalDate.of(2013, 4, 30), "Queen's Day")
        .doesNotContainValue("King's Day");
    assertThat(DutchHolidays.compute(2014, false, false)).containsEntry(LocalDate.of(2014, 4, 26), "King's Day")
        .doesNotContainValue("Queen's Day");
    assertThat(DutchHolidays.compute(2026, true, true)).containsEntry(LocalDate.of(2026, 4, 3), "Good Friday")
        .containsEntry(LocalDate.of(2026, 5, 5), "Liberation Day").hasSize(11);
    assertThat(DutchHolidays.compute(2026, false, false)).doesNotContainKeys(LocalDate.of(2026, 4, 3),
        LocalDate.of(2026, 5, 5)).hasSize(9);
  }

  @Test
  void theCacheHoldsWhatTheComputationGives() {
    for (boolean goodFriday : new boolean[] {false, true}) {
      for (boolean liberationDay : new boolean[] {false, true}) {
        DutchHolidays calendar = DutchHolidays.standard().withGoodFriday(goodFriday).withLiberationDay(liberationDay);
        for (int year = 1940; year <= 2100; year++) {
          assertThat(calendar.holidays(year)).as("%s %s", calendar, year)
              .isEqualTo(DutchHolidays.compute(year, goodFriday, liberationDay));
        }
      }
    }
  }

  @Test
  void withersReturnTheSameInstanceWhenNothingChanges() {
    DutchHolidays nl = DutchHolidays.standard();
    assertThat(nl.withGoodFriday(false)).isSameAs(nl);
    assertThat(nl.withLiberationDay(false)).isSameAs(nl);
    assertThat(nl.withGoodFriday(true)).isEqualTo(DutchHolidays.standard().withGoodFriday(true)).isNotEqualTo(nl);
  }
}
