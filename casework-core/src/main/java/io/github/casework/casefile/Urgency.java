package io.github.casework.casefile;

import io.github.casework.InvalidValueException;

/** How soon a need must be acted on, from routine to crisis. Ordered from least to most urgent. */
public enum Urgency {
  /** Can wait for the regular planning. */
  ROUTINE("routine"),
  /** Should be picked up before routine work. */
  PRIORITY("priority"),
  /** Must be acted on within days, e.g. an eviction notice. */
  URGENT("urgent"),
  /** Acute danger to the client's safety, health or housing. */
  CRISIS("crisis");

  private final String code;

  Urgency(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }

  /**
   * Returns the urgency with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the urgency
   * @throws InvalidValueException if no urgency has this code
   */
  public static Urgency ofCode(String code) {
    for (Urgency u : values()) {
      if (u.code.equals(code)) {
        return u;
      }
    }
    throw new InvalidValueException(CaseCodes.URGENCY_UNKNOWN, "Urgency.code", "is not a known urgency");
  }
}
