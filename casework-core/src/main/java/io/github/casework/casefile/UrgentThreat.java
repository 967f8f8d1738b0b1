package io.github.casework.casefile;

/**
 * An acute threat that makes a request for debt assistance urgent under the Wet gemeentelijke
 * schuldhulpverlening (Wgs, art. 4a para. 2): then a first conversation is due within three working days.
 * Each has a stable lower-case {@link #code()}.
 */
public enum UrgentThreat {
  /** A threatened eviction (dreigende huisuitzetting). */
  EVICTION("eviction"),
  /** A threatened cut-off of gas, electricity or heating. */
  ENERGY_CUT_OFF("energy-cut-off"),
  /** A threatened cut-off of drinking water. */
  WATER_CUT_OFF("water-cut-off"),
  /** A threatened termination of the health insurance (zorgverzekering). */
  HEALTH_INSURANCE_TERMINATION("health-insurance-termination");

  private final String code;

  UrgentThreat(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }

  /**
   * Returns the threat with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the threat
   * @throws io.github.casework.InvalidValueException if no threat has this code
   */
  public static UrgentThreat ofCode(String code) {
    for (UrgentThreat t : values()) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    throw new io.github.casework.InvalidValueException(
        CaseCodes.URGENT_THREAT_UNKNOWN, "UrgentThreat.code", "is not a known urgent threat");
  }
}
