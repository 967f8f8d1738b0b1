package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.norm.ServiceNorms;
import io.github.casework.testing.Tries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The check's local dates (the day of an instant, the last day of a deadline) agree with java.time's own zone
 * arithmetic in zones with daylight saving, odd offsets, a skipped day and transitions in the middle of an hour — apart from the run's cache of offsets
 * per hour, which the check leans on for speed: every instant is asked twice, so a wrong cached value shows too.
 */
class CheckRunDatesCacheTest {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Amsterdam"), ZoneId.of("UTC"),
      ZoneId.of("America/St_Johns"), ZoneId.of("Asia/Kathmandu"), ZoneId.of("Pacific/Apia"),
      ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/Los_Angeles"),
      // Its clocks changed at local midnight half past an hour UTC (until 2022): a transition inside a cached hour.
      ZoneId.of("Asia/Tehran"));

  private static CheckRun run(ZoneId zone) {
    return new CheckRun(CaseloadCheck.of(ServiceNorms.dutchDefaults().withZone(zone)), Caseload.builder().build(),
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** The last day of a deadline due at {@code due}: the day before when it falls on local midnight exactly. */
  private static LocalDate expectedDueDate(Instant due, ZoneId zone) {
    ZonedDateTime local = due.atZone(zone);
    return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
  }

  private static List<Instant> instants(ZoneId zone, SplittableRandom random) {
    List<Instant> out = new ArrayList<>();
    long from = Instant.parse("1950-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < Math.max(50, Tries.count() / 10); i++) {
      long second = random.nextLong(from, to);
      out.add(Instant.ofEpochSecond(second));
      out.add(Instant.ofEpochSecond(second, 1 + random.nextInt(999_999_999)));
      // Local midnight of that day, and its neighbours.
      Instant midnight = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400)).atStartOfDay(zone).toInstant();
      out.add(midnight);
      out.add(midnight.minusNanos(1));
      out.add(midnight.plusNanos(1));
    }
    // Around every transition (daylight saving, offset changes) in 2000-2030.
    ZoneOffsetTransition t = zone.getRules().nextTransition(Instant.parse("2000-01-01T00:00:00Z"));
    while (t != null && t.getInstant().isBefore(Instant.parse("2030-01-01T00:00:00Z"))) {
      for (long delta : new long[] {-3601, -3600, -1, 0, 1, 1799, 3599, 3600}) {
        out.add(t.getInstant().plusSeconds(delta));
      }
      t = zone.getRules().nextTransition(t.getInstant());
    }
    out.add(Instant.parse("0001-01-01T12:00:00Z"));
    out.add(Instant.parse("9999-12-30T12:00:00Z"));
    return out;
  }

  @Test
  void theDayOfAnInstantIsItsLocalDateInTheNormsZone() {
    SplittableRandom random = new SplittableRandom(Tries.baseSeed("check.run.dates"));
    for (ZoneId zone : ZONES) {
      CheckRun run = run(zone);
      List<Instant> instants = instants(zone, random.split());
      for (int pass = 0; pass < 2; pass++) {
        for (Instant i : instants) {
          assertThat(run.date(i)).as("%s in %s", i, zone).isEqualTo(i.atZone(zone).toLocalDate());
          assertThat(run.dueDate(i)).as("deadline %s in %s", i, zone).isEqualTo(expectedDueDate(i, zone));
        }
      }
    }
  }

  @Test
  void aDeadlineAtLocalMidnightEndsWithTheDayBefore() {
    CheckRun run = run(ZoneId.of("Europe/Amsterdam"));
    Instant midnight = Instant.parse("2026-03-02T23:00:00Z"); // 00:00 on Tuesday 3 March in Amsterdam
    assertThat(run.dueDate(midnight)).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(run.dueDate(midnight.plusNanos(1))).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(run.dueDate(midnight.minusSeconds(1))).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(run.date(midnight)).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(run.date(midnight.minusNanos(1))).isEqualTo(LocalDate.of(2026, 3, 2));
  }
}
