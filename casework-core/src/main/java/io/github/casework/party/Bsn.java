package io.github.casework.party;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;

/**
 * A Dutch citizen service number (burgerservicenummer): exactly nine digits, not all zeros, passing the
 * 11-proof: {@code 9·d1 + 8·d2 + 7·d3 + 6·d4 + 5·d5 + 4·d6 + 3·d7 + 2·d8 − 1·d9 ≡ 0 (mod 11)}
 * (rule as published by the Dutch government's Logius, "Elfproef BSN").
 *
 * <p>A BSN is personal data: {@link #toString()} masks all but the last four digits ({@code *****6789}) and
 * no exception message ever contains it. Use {@link #value()} only where the full number is required.
 * Immutable and thread-safe.
 *
 * @param value the nine digits
 */
public record Bsn(String value) {

  /**
   * Validates the value.
   *
   * @param value the nine digits
   * @throws InvalidValueException if it is not nine digits, is all zeros, or fails the 11-proof
   */
  public Bsn {
    requireNonNull(value, "value");
    if (value.length() != 9) {
      throw new InvalidValueException(PartyCodes.BSN_LENGTH, "Bsn.value", "must be exactly 9 digits");
    }
    int sum = 0;
    boolean allZero = true;
    for (int i = 0; i < 9; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new InvalidValueException(PartyCodes.BSN_NOT_DIGITS, "Bsn.value", "must be exactly 9 digits");
      }
      int digit = c - '0';
      allZero &= digit == 0;
      sum += (i < 8 ? 9 - i : -1) * digit;
    }
    if (allZero) {
      throw new InvalidValueException(PartyCodes.BSN_ALL_ZEROS, "Bsn.value", "must not be all zeros");
    }
    if (sum % 11 != 0) {
      throw new InvalidValueException(PartyCodes.BSN_ELEVEN_PROOF, "Bsn.value", "must pass the 11-proof");
    }
  }

  /**
   * Parses a BSN.
   *
   * @param text nine digits, not null
   * @return the BSN
   * @throws InvalidValueException if the text is not a valid BSN
   */
  public static Bsn parse(String text) {
    return new Bsn(text);
  }

  /**
   * Returns whether the text is a valid BSN, without throwing.
   *
   * @param text any text, not null
   * @return true if {@link #parse(String)} would succeed
   */
  public static boolean isValid(String text) {
    try {
      new Bsn(text);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** Returns the masked form, such as {@code *****6789}; never the full number. */
  @Override
  public String toString() {
    return "*****" + value.substring(5);
  }
}
