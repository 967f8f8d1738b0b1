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
}
