package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2026-Q4} (October to December 2026): the period a signal reports on, since
 * signals are handed in every three months.
 *
 * <p>The text form is the four-digit year, {@code -Q} and the quarter number; {@link #parse(CharSequence)}
 * accepts exactly that form, so {@code parse(q.toString())} equals {@code q}. Ordered in time; the order is
 * consistent with {@code equals}. Immutable and thread-safe.
 *
 * @param year the year, from 1 to 9999
 * @param quarter the quarter of the year, from 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

  /** The first quarter that can be represented: {@code 0001-Q1}. */
  public static final Quarter MIN = new Quarter(1, 1);
  /** The last quarter that can be represented: {@code 9999-Q4}. */
  public static final Quarter MAX = new Quarter(9999, 4);

  /**
   * Validates the components.
   *
   * @param year the year, from 1 to 9999
   * @param quarter the quarter of the year, from 1 to 4
   * @throws InvalidValueException if the year is outside 1 to 9999 or the quarter outside 1 to 4
   */
  public Quarter {
    if (year < 1 || year > 9999) {
      throw new InvalidValueException(SignalCodes.QUARTER_YEAR_OUT_OF_RANGE, "Quarter.year", "must be from 1 to 9999");
    }
    if (quarter < 1 || quarter > 4) {
      throw new InvalidValueException(SignalCodes.QUARTER_OUT_OF_RANGE, "Quarter.quarter", "must be from 1 to 4");
    }
  }

  /**
   * Returns a quarter.
   *
   * @param year the year, from 1 to 9999
   * @param quarter the quarter, from 1 to 4
   * @return the quarter
   * @throws InvalidValueException if a component is out of range
   */
  public static Quarter of(int year, int quarter) {
    return new Quarter(year, quarter);
  }

  /**
   * Parses the text form, such as {@code 2026-Q4}.
   *
   * @param text four digits, {@code -Q}, and a digit from 1 to 4, not null
   * @return the quarter
   * @throws InvalidValueException if the text is not in that form or the year is 0000
   */
  public static Quarter parse(CharSequence text) {
    Matcher m = TEXT.matcher(requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new InvalidValueException(SignalCodes.QUARTER_UNPARSEABLE, "Quarter.text", "must look like 2026-Q4");
    }
    return new Quarter(Integer.parseInt(m.group(1)), m.group(2).charAt(0) - '0');
  }

  /**
   * Returns the quarter a date falls in.
   *
   * @param date the date, in years 1 to 9999, not null
   * @return its quarter
   * @throws InvalidValueException if the year is out of range
   */
  public static Quarter containing(LocalDate date) {
    requireNonNull(date, "date");
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Returns the quarter an instant falls in, on the calendar of a time zone.
   *
   * @param instant the instant, not null
   * @param zone the zone whose calendar counts, not null
   * @return its quarter
   * @throws InvalidValueException if the year is out of range
   */
  public static Quarter containing(Instant instant, ZoneId zone) {
    return containing(LocalDate.ofInstant(requireNonNull(instant, "instant"), requireNonNull(zone, "zone")));
  }

  /**
   * Returns the quarter's first day.
   *
   * @return the quarter's first day
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  /**
   * Returns the quarter's last day.
   *
   * @return the quarter's last day
   */
  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  /**
   * Returns whether a date falls in this quarter.
   *
   * @param date the date, not null
   * @return true if it is between {@link #firstDay()} and {@link #lastDay()} inclusive
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /**
   * Returns the first instant of this quarter in a zone: the start of its first day.
   *
   * @param zone the zone, not null
   * @return the first instant
   */
  public Instant start(ZoneId zone) {
    return firstDay().atStartOfDay(requireNonNull(zone, "zone")).toInstant();
  }

  /**
   * Returns the first instant after this quarter in a zone (exclusive end): the start of the next quarter's
   * first day.
   *
   * @param zone the zone, not null
   * @return the exclusive end
   */
  public Instant end(ZoneId zone) {
    return lastDay().plusDays(1).atStartOfDay(requireNonNull(zone, "zone")).toInstant();
  }

  /**
   * Returns the quarter a number of quarters later (or earlier, if negative).
   *
   * @param quarters how many quarters to add
   * @return the quarter; this one if {@code quarters} is zero
   * @throws InvalidValueException if the result is outside {@link #MIN} to {@link #MAX}
   */
  public Quarter plus(long quarters) {
    if (quarters == 0) {
      return this;
    }
    long index = (long) year * 4 + (quarter - 1) + quarters;
    long newYear = Math.floorDiv(index, 4);
    if (newYear < 1 || newYear > 9999) {
      throw new InvalidValueException(SignalCodes.QUARTER_YEAR_OUT_OF_RANGE, "Quarter.year", "must be from 1 to 9999");
    }
    return new Quarter((int) newYear, (int) Math.floorMod(index, 4) + 1);
  }

  /**
   * Returns the next quarter.
   *
   * @return the quarter after this one
   * @throws InvalidValueException if this is {@link #MAX}
   */
  public Quarter next() {
    return plus(1);
  }

  /**
   * Returns the previous quarter.
   *
   * @return the quarter before this one
   * @throws InvalidValueException if this is {@link #MIN}
   */
  public Quarter previous() {
    return plus(-1);
  }

  @Override
  public int compareTo(Quarter other) {
    int c = Integer.compare(year, other.year);
    return c != 0 ? c : Integer.compare(quarter, other.quarter);
  }

  /** Returns the text form, such as {@code 2026-Q4}, that {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    return String.format("%04d-Q%d", year, quarter);
  }
}
