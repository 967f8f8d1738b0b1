package io.github.casework.directory;

import io.github.casework.InvalidValueException;

/**
 * A client's household income relative to the Dutch social minimum (sociaal minimum, the standard amounts of the
 * Participatiewet), in the bands municipal minima schemes commonly use (up to 100%, 110%, 120% or 130% of it); the
 * exact percentages are each municipality's choice. Each value has a stable lower-case {@link #code()}.
 */
public enum IncomeBand {
  /** No income of its own. */
  NONE("none"),
  /** An income up to the social minimum. */
  UP_TO_SOCIAL_MINIMUM("up-to-social-minimum"),
  /** An income above the social minimum and up to 120% of it (a typical limit of minima schemes). */
  UP_TO_120_PERCENT("up-to-120-percent"),
  /** An income above 120% of the social minimum. */
  ABOVE_120_PERCENT("above-120-percent");

  private final String code;

  IncomeBand(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code, such as {@code up-to-120-percent}} */
  public String code() {
    return code;
  }

  /**
   * Returns the band with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the band
   * @throws InvalidValueException with {@link DirectoryCodes#UNKNOWN_CODE} if no band has this code
   */
  public static IncomeBand ofCode(String code) {
    return CodeLookup.of(values(), IncomeBand::code, "IncomeBand.code", code);
  }
}
