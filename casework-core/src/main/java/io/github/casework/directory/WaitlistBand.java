package io.github.casework.directory;

import io.github.casework.InvalidValueException;

/**
 * How long a new client waits for a service, in the bands of the SDOH Clinical Care capacity answer (the same as
 * {@link io.github.casework.referral.Capacity}'s waiting lists). Each value has a stable lower-case {@link #code()}.
 */
public enum WaitlistBand {
  /** No waiting: a new client is taken on now. */
  NONE("none", false),
  /** A wait of less than one month. */
  UNDER_ONE_MONTH("under-1-month", true),
  /** A wait of one to three months. */
  ONE_TO_THREE_MONTHS("1-to-3-months", true),
  /** A wait of more than three months. */
  OVER_THREE_MONTHS("over-3-months", true),
  /** A wait the service cannot say. */
  UNDETERMINED("undetermined", true);

  private final String code;
  private final boolean waiting;

  WaitlistBand(String code, boolean waiting) {
    this.code = code;
    this.waiting = waiting;
  }

  /** {@return the stable lower-case code, such as {@code 1-to-3-months}} */
  public String code() {
    return code;
  }

  /** {@return true for every band but {@link #NONE}: a new client waits} */
  public boolean isWaiting() {
    return waiting;
  }

  /**
   * Returns the band with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the band
   * @throws InvalidValueException with {@link DirectoryCodes#UNKNOWN_CODE} if no band has this code
   */
  public static WaitlistBand ofCode(String code) {
    return CodeLookup.of(values(), WaitlistBand::code, "WaitlistBand.code", code);
  }
}
