package io.github.casework.examples.text;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times for people, in Dutch or English, with the zone named ({@code Mon 5 Oct 2026 10:00 CEST},
 * {@code ma 5 okt 2026 10:00 CEST}). The names of days and months are this class's own, not the JDK's locale data,
 * which changes between JDK releases: the same instant prints the same on every JDK. Europe/Amsterdam is named CET
 * or CEST; another zone by its offset from UTC. Immutable and thread-safe.
 */
public final class Dates {
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final List<String> EN_MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
      "Sep", "Oct", "Nov", "Dec");
  private static final List<String> EN_MONTHS_LONG = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");
  private static final List<String> NL_MONTHS = List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep",
      "okt", "nov", "dec");
  private static final List<String> NL_MONTHS_LONG = List.of("januari", "februari", "maart", "april", "mei", "juni",
      "juli", "augustus", "september", "oktober", "november", "december");
  private static final List<String> EN_DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
  private static final List<String> NL_DAYS = List.of("ma", "di", "wo", "do", "vr", "za", "zo");

  private final ZoneId zone;
  private final boolean dutch;

  private Dates(ZoneId zone, boolean dutch) {
    this.zone = zone;
    this.dutch = dutch;
  }

  /**
   * Returns the formats for a zone and language.
   *
   * @param zone the zone to show instants in, not null
   * @param language Dutch for a Dutch locale, English otherwise, not null
   * @return the formats
   */
  public static Dates of(ZoneId zone, Locale language) {
    return new Dates(requireNonNull(zone, "zone"), requireNonNull(language, "language").getLanguage().equals("nl"));
  }

  /** {@return whether these are the Dutch formats} */
  public boolean dutch() {
    return dutch;
  }

  /** {@return the day and month, such as {@code 5 Oct}} */
  public String dayMonth(Instant at) {
    ZonedDateTime t = at.atZone(zone);
    return t.getDayOfMonth() + " " + (dutch ? NL_MONTHS : EN_MONTHS).get(t.getMonthValue() - 1);
  }

  /** {@return the year of an instant in the zone} */
  public int year(Instant at) {
    return at.atZone(zone).getYear();
  }

  /** {@return the date, such as {@code 5 Oct 2026}} */
  public String day(Instant at) {
    return dayMonth(at) + " " + at.atZone(zone).getYear();
  }

  /** {@return a day, such as {@code 5 Oct 2026}} */
  public String day(LocalDate day) {
    return day.getDayOfMonth() + " " + (dutch ? NL_MONTHS : EN_MONTHS).get(day.getMonthValue() - 1) + " "
        + day.getYear();
  }

  /** {@return the date with its weekday, such as {@code Mon 5 Oct 2026}} */
  public String weekday(Instant at) {
    return weekdayName(at) + " " + day(at);
  }

  /** {@return the long date, such as {@code 15 December 2026}} */
  public String longDay(Instant at) {
    ZonedDateTime t = at.atZone(zone);
    return t.getDayOfMonth() + " " + (dutch ? NL_MONTHS_LONG : EN_MONTHS_LONG).get(t.getMonthValue() - 1) + " "
        + t.getYear();
  }

  /** {@return the long date and time with the zone, such as {@code 15 December 2026, 10:00 CET}} */
  public String longDateTime(Instant at) {
    return longDay(at) + ", " + time(at);
  }

  /** {@return weekday, day, month and time with the zone, such as {@code Mon 5 Oct 10:00 CEST}} */
  public String moment(Instant at) {
    return weekdayName(at) + " " + dayMonth(at) + " " + time(at);
  }

  /** {@return the time with the zone, such as {@code 10:00 CEST}} */
  public String time(Instant at) {
    ZonedDateTime t = at.atZone(zone);
    return String.format(Locale.ROOT, "%02d:%02d %s", t.getHour(), t.getMinute(), zoneName(at));
  }

  private String weekdayName(Instant at) {
    return (dutch ? NL_DAYS : EN_DAYS).get(at.atZone(zone).getDayOfWeek().getValue() - 1);
  }

  private String zoneName(Instant at) {
    if (zone.equals(AMSTERDAM)) {
      return zone.getRules().isDaylightSavings(at) ? "CEST" : "CET";
    }
    ZoneOffset offset = zone.getRules().getOffset(at);
    return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
  }
}
