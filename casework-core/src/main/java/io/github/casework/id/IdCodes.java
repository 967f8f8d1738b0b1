package io.github.casework.id;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rule every id shares (1 to 64 characters from {@code [A-Za-z0-9._:-]}, starting with a
 * letter or digit) and of {@link IdSource}, as carried by {@link io.github.casework.CaseworkException#code()}.
 * Codes never change meaning between releases.
 */
public final class IdCodes {
  /** An id is empty. */
  public static final String BLANK = "id.blank";
  /** An id is longer than 64 characters, or an id source's prefix longer than 40. */
  public static final String TOO_LONG = "id.too-long";
  /** An id does not start with an ASCII letter or digit. */
  public static final String INVALID_START = "id.invalid-start";
  /** An id holds a character other than ASCII letters, digits and {@code . _ : -}. */
  public static final String INVALID_CHARACTER = "id.invalid-character";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(BLANK, "An id is empty."),
      code(TOO_LONG, "An id is longer than 64 characters, or an id source's prefix longer than 40."),
      code(INVALID_START, "An id does not start with an ASCII letter or digit."),
      code(INVALID_CHARACTER, "An id holds a character other than ASCII letters, digits and . _ : -."));

  private IdCodes() {}

  /**
   * Returns every code of this class with the rule it stands for, in declaration order; the
   * {@link io.github.casework.ErrorCatalogue} joins these lists.
   *
   * @return the codes, immutable
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, IdCodes.class.getPackageName());
  }
}
