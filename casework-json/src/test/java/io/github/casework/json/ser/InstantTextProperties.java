package io.github.casework.json.ser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The hand-written instant text is {@link Instant#toString()}'s, across the format's years and every precision. */
class InstantTextProperties {
  private static final long MIN = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  /** Instants from 0000 to 9999, with whole seconds, milli-, micro- or nanosecond fractions, and the edges. */
  static final Gen<Instant> INSTANTS = r -> {
    long seconds = switch (r.nextInt(8)) {
      case 0 -> MIN + r.nextInt(100_000);
      case 1 -> MAX - r.nextInt(100_000);
      case 2 -> r.nextInt(200_000) - 100_000L;
      default -> MIN + (long) (r.nextDouble() * (MAX - MIN));
    };
    int nanos = switch (r.nextInt(5)) {
      case 0 -> 0;
      case 1 -> r.nextInt(1000) * 1_000_000;
      case 2 -> r.nextInt(1_000_000) * 1000;
      case 3 -> r.nextInt(1_000_000_000);
      default -> r.nextBoolean() ? 999_999_999 : 1;
    };
    return Instant.ofEpochSecond(seconds, nanos);
  };

  @Test
  void theTextIsInstantToString() {
    Property.forAll("json.instant-text", INSTANTS, instant -> {
      char[] text = new char[30];
      assertThat(new String(text, 0, Writing.instantText(instant, text))).isEqualTo(instant.toString());
    });
  }

  @Test
  void theEdgesOfTheRange() {
    for (String s : new String[] {"0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59.999Z", "2000-02-29T12:00:00.000001Z", "2026-12-31T23:59:59.100Z"}) {
      Instant instant = Instant.parse(s);
      char[] text = new char[30];
      assertThat(new String(text, 0, Writing.instantText(instant, text))).isEqualTo(s);
    }
  }
}
