package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.norm.ServiceNorms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The local dates a check run reads from instants, which it caches per period between the zone's transitions:
 * they must equal java.time's own conversion in any order of instants, across daylight-saving changes, and past
 * the number of periods the run keeps.
 */
class CheckRunDatesTest {
  private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

  private static LocalDate expectedDueDate(Instant due, ZoneId zone) {
    ZonedDateTime local = due.atZone(zone);
    boolean midnight = local.toLocalTime().equals(LocalTime.MIDNIGHT);
    return midnight ? local.toLocalDate().minusDays(1) : local.toLocalDate();
  }

  @Test
  void datesEqualJavaTimesInAnyOrderAcrossTransitionsAndManyYears() {
    CaseloadCheck check = CaseloadCheck.of(ServiceNorms.dutchDefaults());
    ZoneId zone = check.norms().zone();
    SplittableRandom random = new SplittableRandom(16);
    // A few years (a handful of periods) and then seventy (past the periods a run keeps), in random order.
    for (long spanDays : new long[] {3 * 365, 70 * 365}) {
      CheckRun run = new CheckRun(check, Caseload.builder().build(), AT);
      for (int i = 0; i < 20_000; i++) {
        long second = AT.getEpochSecond() - random.nextLong(spanDays * 86_400);
        Instant instant = Instant.ofEpochSecond(second, random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
        assertThat(run.date(instant)).as("%s", instant).isEqualTo(instant.atZone(zone).toLocalDate());
        assertThat(run.dueDate(instant)).as("%s", instant).isEqualTo(expectedDueDate(instant, zone));
      }
    }
  }

  @Test
  void theSecondsAroundEachTransitionOfAYearGetTheirOwnOffset() {
    CaseloadCheck check = CaseloadCheck.of(ServiceNorms.dutchDefaults());
    ZoneId zone = check.norms().zone();
    CheckRun run = new CheckRun(check, Caseload.builder().build(), AT);
    // Summer time began 2026-03-29 01:00 UTC and ended 2026-10-25 01:00 UTC; local midnight then is 22:00 or 23:00 UTC.
    for (String text : new String[] {"2026-10-25T00:59:59Z", "2026-10-25T01:00:00Z", "2026-03-29T00:59:59Z",
        "2026-03-29T01:00:00Z", "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z", "2026-03-28T23:00:00Z",
        "2026-03-29T22:00:00Z"}) {
      Instant instant = Instant.parse(text);
      assertThat(run.date(instant)).as(text).isEqualTo(instant.atZone(zone).toLocalDate());
      assertThat(run.dueDate(instant)).as(text).isEqualTo(expectedDueDate(instant, zone));
    }
  }
}
