package io.github.casework.id;

import io.github.casework.InvalidValueException;

/** The one rule all ids share; package-private so each id record states it through its constructor. */
final class IdRules {
  /** Longest id accepted, in characters. */
  static final int MAX_LENGTH = 64;

  private IdRules() {}

  /**
   * Checks an id value: 1 to 64 characters from {@code [A-Za-z0-9._:-]}, starting with a letter or digit.
   * The message never echoes the value. Returns the value itself: the canonical constructors do not intern, so
   * that an id made once and shared by reference (an {@link IdSource}'s, at one per new aggregate) does not pay for
   * the JVM's string table, which measured a quarter of the simulation's time (BENCHMARKS.md, 6).
   */
  static String check(String type, String value) {
    if (value == null) {
      throw new NullPointerException(type + ".value");
    }
    if (value.isEmpty()) {
      throw new InvalidValueException(IdCodes.BLANK, type + ".value", "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          IdCodes.TOO_LONG, type + ".value", "must be at most " + MAX_LENGTH + " characters");
    }
    if (!isLetterOrDigit(value.charAt(0))) {
      throw new InvalidValueException(
          IdCodes.INVALID_START, type + ".value", "must start with an ASCII letter or digit");
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        throw new InvalidValueException(
            IdCodes.INVALID_CHARACTER, type + ".value",
            "may contain only ASCII letters, digits and . _ : - (offending position " + i + ")");
      }
    }
    return value;
  }

  /**
   * Checks an id value as {@link #check} does and returns its canonical ({@link String#intern interned})
   * instance, for the {@code of} factories that readers call: a caseload read from a file names each id many
   * times (a case, its referrals, its escalations, their events), and one string per value keeps what a large
   * caseload holds small; the JVM's string table is outside the heap and drops strings nobody refers to.
   */
  static String canonical(String type, String value) {
    return check(type, value).intern();
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
