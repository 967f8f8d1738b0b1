package io.github.casework.json.deser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.Reach;
import io.github.casework.testing.Tries;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** The hand-written instant scan accepts exactly what the specification pattern and {@code Instant.parse} accept. */
class InstantScanProperties {
  private static final String ALPHABET = "0123456789-T:.Z ";

  /** Valid instants with fractions of 0 to 10 digits, then zero to three random character edits. */
  static final Gen<String> NEAR_INSTANTS = r -> {
    StringBuilder sb = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d", r.nextInt(10_000),
        r.nextInt(14), r.nextInt(33), r.nextInt(25), r.nextInt(61), r.nextInt(61)));
    int fraction = r.nextInt(11);
    if (fraction > 0) {
      sb.append('.');
      for (int i = 0; i < fraction; i++) {
        sb.append((char) ('0' + r.nextInt(10)));
      }
    }
    sb.append('Z');
    for (int edits = r.nextInt(4); edits > 0 && sb.length() > 0; edits--) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(3)) {
        case 0 -> sb.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        case 1 -> sb.deleteCharAt(at);
        default -> sb.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  };

  static long expected(String s) {
    if (!Reading.INSTANT.matcher(s).matches()) {
      return Long.MIN_VALUE;
    }
    try {
      return Instant.parse(s).getEpochSecond();
    } catch (DateTimeParseException e) {
      return Long.MAX_VALUE;
    }
  }

  @Test
  void theScanAgreesWithThePatternAndInstantParse() {
    int[] accepted = {0};
    Property.forAll("json.instant-scan", NEAR_INSTANTS, s -> {
      long expected = expected(s);
      assertThat(Reading.instantSeconds(s)).as(s).isEqualTo(expected);
      if (expected != Long.MIN_VALUE && expected != Long.MAX_VALUE) {
        accepted[0]++;
      }
    });
    Reach.require("valid instants", accepted[0], Tries.count(), 0.15);
  }

  /**
   * The end of every month in the years where the leap rule's three clauses decide differently (divisible by 4, by
   * 100, by 400, and none), and at the ends of the format's range: random instants reach these too rarely.
   */
  @Test
  void theScanAgreesAtEveryMonthsEndInTheYearsTheLeapRuleTurnsOn() {
    int leapDays = 0;
    for (int year : new int[] {0, 1, 4, 100, 200, 400, 1600, 1700, 1900, 2000, 2023, 2024, 2100, 2400, 9600, 9900,
        9996, 9999}) {
      for (int month = 1; month <= 12; month++) {
        for (int day = 27; day <= 32; day++) {
          String s = String.format("%04d-%02d-%02dT23:59:59Z", year, month, day);
          long expected = expected(s);
          assertThat(Reading.instantSeconds(s)).as(s).isEqualTo(expected);
          String fraction = String.format("%04d-%02d-%02dT00:00:00.5Z", year, month, day);
          assertThat(Reading.instantSeconds(fraction)).as(fraction).isEqualTo(expected(fraction));
          if (month == 2 && day == 29 && expected != Long.MAX_VALUE) {
            leapDays++;
          }
        }
      }
    }
    // 0, 4, 400, 1600, 2000, 2024, 2400, 9600 and 9996 are leap years; 1, 100, 200, 1700, 1900, 2023, 2100, 9900
    // and 9999 are not.
    assertThat(leapDays).isEqualTo(9);
    assertThat(Reading.instantSeconds("1900-02-29T00:00:00Z")).isEqualTo(Long.MAX_VALUE);
    assertThat(Reading.instantSeconds("2000-02-29T00:00:00Z")).isEqualTo(Instant.parse("2000-02-29T00:00:00Z")
        .getEpochSecond());
    assertThat(Reading.instantSeconds("2026-04-30T00:00:00Z")).isEqualTo(Instant.parse("2026-04-30T00:00:00Z")
        .getEpochSecond());
    assertThat(Reading.instantSeconds("2026-04-31T00:00:00Z")).isEqualTo(Long.MAX_VALUE);
  }
}
