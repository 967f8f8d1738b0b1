package io.github.casework.signal;

import io.github.casework.InvalidValueException;
import java.util.regex.Pattern;

/**
 * Rejects free text that obviously holds personal data, for the texts a signal carries upward (a target group, a
 * response's explanation). It catches the obvious only — a run of nine or more digits (a BSN, a phone number,
 * an account number), even when written with single spaces, dots or hyphens between the digits, and an e-mail
 * address — and is no substitute for the host's own care. Every rejection carries
 * {@link SignalCodes#PERSONAL_DATA}; messages never echo the text.
 */
final class PersonalDataGuard {
  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final int DIGIT_RUN = 9;

  private PersonalDataGuard() {}

  /** Throws if the text holds a long digit run or an e-mail address. */
  static void check(String field, String text) {
    if (hasDigitRun(text) || EMAIL.matcher(text).find()) {
      throw new InvalidValueException(SignalCodes.PERSONAL_DATA, field,
          "must not contain personal data such as a BSN, a phone number or an e-mail address");
    }
  }

  private static boolean hasDigitRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= DIGIT_RUN) {
          return true;
        }
      } else if (!(isSeparator(c) && run > 0 && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
        run = 0;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
