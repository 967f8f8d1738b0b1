package io.github.casework.norm;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.casework.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Dutch national public holidays as a {@link WorkingDayCalendar}: Saturdays, Sundays and New Year's Day,
 * Easter Sunday and Monday, King's Day (27 April, or 26 April when the 27th is a Sunday), Ascension Day (39
 * days after Easter), Whit Sunday and Monday (49 and 50 days after Easter), Christmas Day and Boxing Day.
 * Good Friday and Liberation Day (5 May) are options, since many employers give them only in some years.
 *
 * <p>The list follows the Algemene termijnenwet (art. 3) and the Rijksoverheid's overview of national holidays;
 * King's Day is counted from 2014 (before it, Queen's Day on 30 April, or 29 April when the 30th was a Sunday,
 * from 1949). Easter is computed by the anonymous Gregorian computus (Meeus/Jones/Butcher). Holidays of a year
 * are computed once and cached.
 *
 * <p>Every year {@link LocalDate} can hold is supported, so that any date a caseload carries (the wire format
 * allows years 0000 to 9999) and any deadline computed from it has a calendar: years before 1583 use the
 * proleptic Gregorian calendar and its Easter, as {@link LocalDate} does, and carry no King's or Queen's Day.
 * Such dates are not history, but judging them never fails. Immutable and thread-safe.
 */
public final class DutchHolidays implements WorkingDayCalendar {
  private static final DutchHolidays STANDARD = new DutchHolidays(false, false);

  private final boolean goodFriday;
  private final boolean liberationDay;
  private final ConcurrentMap<Integer, ImmutableSortedMap<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  private DutchHolidays(boolean goodFriday, boolean liberationDay) {
    this.goodFriday = goodFriday;
    this.liberationDay = liberationDay;
  }

  /**
   * Returns the calendar of the national holidays without Good Friday and Liberation Day.
   *
   * @return the calendar
   */
  public static DutchHolidays standard() {
    return STANDARD;
  }

  /**
   * Returns a copy that does or does not count Good Friday as a holiday.
   *
   * @param include whether Good Friday is a holiday
   * @return a calendar with that option; this instance if unchanged
   */
  public DutchHolidays withGoodFriday(boolean include) {
    return include == goodFriday ? this : new DutchHolidays(include, liberationDay);
  }

  /**
   * Returns a copy that does or does not count Liberation Day (5 May) as a holiday in every year.
   *
   * @param include whether Liberation Day is a holiday
   * @return a calendar with that option; this instance if unchanged
   */
  public DutchHolidays withLiberationDay(boolean include) {
    return include == liberationDay ? this : new DutchHolidays(goodFriday, include);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    requireNonNull(date, "date");
    DayOfWeek dow = date.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays(date.getYear()).containsKey(date);
  }

  /**
   * Returns the holidays of a year with their English names, in date order.
   *
   * @param year the year, {@link Year#MIN_VALUE} to {@link Year#MAX_VALUE} (proleptic Gregorian before 1583)
   * @return the holidays
   * @throws InvalidValueException if the year is out of range
   */
  public ImmutableSortedMap<LocalDate, String> holidays(int year) {
    checkYear(year);
    return byYear.computeIfAbsent(year, y -> compute(y, goodFriday, liberationDay));
  }

  /** Computes the holidays of a year without the cache, so that tests (and mutation testing) reach the rules. */
  static ImmutableSortedMap<LocalDate, String> compute(int year, boolean goodFriday, boolean liberationDay) {
    checkYear(year);
    LocalDate easter = easterSunday(year);
    // Liberation Day can fall on Ascension Day (as in 2016); a shared date gets both names.
    Map<LocalDate, String> b = new TreeMap<>();
    add(b, LocalDate.of(year, Month.JANUARY, 1), "New Year's Day");
    if (goodFriday) {
      add(b, easter.minusDays(2), "Good Friday");
    }
    add(b, easter, "Easter Sunday");
    add(b, easter.plusDays(1), "Easter Monday");
    if (year >= 2014) {
      LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
      add(b, kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY ? kingsDay.minusDays(1) : kingsDay, "King's Day");
    } else if (year >= 1949) {
      LocalDate queensDay = LocalDate.of(year, Month.APRIL, 30);
      add(b, queensDay.getDayOfWeek() == DayOfWeek.SUNDAY ? queensDay.minusDays(1) : queensDay, "Queen's Day");
    }
    if (liberationDay) {
      add(b, LocalDate.of(year, Month.MAY, 5), "Liberation Day");
    }
    add(b, easter.plusDays(39), "Ascension Day");
    add(b, easter.plusDays(49), "Whit Sunday");
    add(b, easter.plusDays(50), "Whit Monday");
    add(b, LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day");
    add(b, LocalDate.of(year, Month.DECEMBER, 26), "Boxing Day");
    return ImmutableSortedMap.copyOf(b);
  }

  private static void add(Map<LocalDate, String> holidays, LocalDate date, String name) {
    holidays.merge(date, name, (a, b) -> a + ", " + b);
  }

  /**
   * Returns the date of Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
   * (Meeus, Astronomical Algorithms, 1991, ch. 8; also known as the Meeus/Jones/Butcher algorithm).
   *
   * <p>The computus repeats every 5,700,000 years; floored division carries it to years before 1 unchanged.
   *
   * @param year the year, {@link Year#MIN_VALUE} to {@link Year#MAX_VALUE} (proleptic Gregorian before 1583)
   * @return Easter Sunday of that year
   * @throws InvalidValueException if the year is out of range
   */
  public static LocalDate easterSunday(int year) {
    checkYear(year);
    int a = Math.floorMod(year, 19);
    int b = Math.floorDiv(year, 100);
    int c = Math.floorMod(year, 100);
    int d = Math.floorDiv(b, 4);
    int e = Math.floorMod(b, 4);
    int f = Math.floorDiv(b + 8, 25);
    int g = Math.floorDiv(b - f + 1, 3);
    int h = Math.floorMod(19 * a + b - d - g + 15, 30);
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static void checkYear(int year) {
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw new InvalidValueException(NormCodes.CALENDAR_YEAR_OUT_OF_RANGE, "DutchHolidays.year",
          "must be " + Year.MIN_VALUE + " to " + Year.MAX_VALUE);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DutchHolidays other && goodFriday == other.goodFriday && liberationDay == other.liberationDay;
  }

  @Override
  public int hashCode() {
    return Objects.hash(goodFriday, liberationDay);
  }

  @Override
  public String toString() {
    return "DutchHolidays[goodFriday=" + goodFriday + ", liberationDay=" + liberationDay + "]";
  }
}
