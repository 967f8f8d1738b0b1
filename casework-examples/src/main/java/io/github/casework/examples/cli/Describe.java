package io.github.casework.examples.cli;

/**
 * Describes a text the user gave without quoting it: a kind, an option's value. Input may hold personal data,
 * newlines or terminal escapes, and be of any length; a message says how long it is and where its first character
 * outside the expected set is, and of which class, so that the user can find it and nothing of it is printed.
 */
final class Describe {
  private Describe() {}

  /**
   * Describes a text against the characters of codes: lower-case ASCII letters, digits and the hyphen.
   *
   * @param text the text, not null
   * @return for instance {@code "a text of 12 characters, the first not a lower-case letter, digit or '-' at 3: a
   *     space"}
   */
  static String code(String text) {
    return describe(text, "a lower-case letter, digit or '-'", Describe::isCodeCharacter);
  }

  /**
   * Describes a text against the characters of an ISO-8601 instant or date: ASCII letters, digits and {@code +-:.}.
   *
   * @param text the text, not null
   * @return the description
   */
  static String instant(String text) {
    return describe(text, "a digit, letter or one of + - : .", c -> c < 128 && (Character.isLetterOrDigit(c)
        || "+-:.".indexOf(c) >= 0));
  }

  private static String describe(String text, String expected, java.util.function.IntPredicate allowed) {
    int length = text.codePointCount(0, text.length());
    StringBuilder sb = new StringBuilder("a text of ").append(length).append(length == 1 ? " character" : " characters");
    int position = 1;
    for (int i = 0; i < text.length(); position++) {
      int c = text.codePointAt(i);
      if (!allowed.test(c)) {
        sb.append(", the first not ").append(expected).append(" at ").append(position).append(": ")
            .append(classOf(c));
        break;
      }
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  private static boolean isCodeCharacter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }

  /** {@return the class of a character, in words} */
  static String classOf(int c) {
    if (Character.isISOControl(c)) {
      return c == '\n' || c == '\r' ? "a line break" : c == 0x1b ? "a control character (escape)"
          : "a control character";
    } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return "a space";
    } else if (c >= 128) {
      return "a non-ASCII character";
    } else if (Character.isUpperCase(c)) {
      return "an upper-case letter";
    } else if (Character.isLetterOrDigit(c)) {
      return "a letter or digit";
    }
    return "a punctuation character";
  }
}
