package io.github.casework.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * What the guard blocks (a run of nine digits, also with single separators, and an e-mail address) and, as much,
 * what it lets through: the ordinary text of a signal, amounts, dates, provisions and short numbers.
 */
class PersonalDataGuardTest {

  private static void blocked(String text) {
    assertThatThrownBy(() -> PersonalDataGuard.check("f", text)).as(text)
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(SignalCodes.PERSONAL_DATA));
  }

  private static void allowed(String text) {
    assertThatCode(() -> PersonalDataGuard.check("f", text)).as(text).doesNotThrowAnyException();
  }

  @Test
  void ordinaryTextWithNumbersIsNotBlocked() {
    allowed("1,250,000,000");
    allowed("EUR 1,250,000 for 2026-2027");
    allowed("Wmo 2015 art. 2.3.5");
    allowed("12345678");
    allowed("1234 5678");
    allowed("12 34 56 78");
    allowed("1234-5678 and 9");
    allowed("1234  56789");
    allowed("12345678.");
    allowed("12345678 -");
    allowed("about 40 households in 2026, see p. 12");
    allowed("a@b");
  }

  @Test
  void nineDigitsAreBlockedAlsoWithSingleSeparators() {
    blocked("123456789");
    blocked("BSN 123456782.");
    blocked("call 06-12345678");
    blocked("1 2 3 4 5 6 7 8 9");
    blocked("123.456.789");
    blocked("12-34-56-789 x");
    blocked("x123 456 789");
    blocked("12345678 9");
  }

  @Test
  void anEmailAddressIsBlocked() {
    blocked("mail j.jansen@example.nl please");
    blocked("a@b.c");
  }
}
