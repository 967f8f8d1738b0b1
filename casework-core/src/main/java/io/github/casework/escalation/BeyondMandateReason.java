package io.github.casework.escalation;

import io.github.casework.InvalidValueException;

/**
 * Why a professional stepped beyond the mandate without the own manager in the loop: a coded reason, so that it can
 * be counted and can hold no personal data (a free text in an event stream is kept for as long as the stream).
 * The reasons are the ones the seed article weighs. Each reason has a stable lower-case {@link #code()}.
 */
public enum BeyondMandateReason {
  /** The client's need could not wait for the route via the own manager. */
  URGENT_NEED("urgent-need"),
  /**
   * Going via the own manager would take much longer, or the matter would vanish among other priorities (the
   * article's words for Maartje's dilemma).
   */
  MANAGER_ROUTE_TOO_SLOW("manager-route-too-slow"),
  /**
   * The official addressed hid behind a superior and the rules: whoever says A to the official must dare to say B
   * to the superior.
   */
  OFFICIAL_DEFERRED_UPWARD("official-deferred-upward"),
  /** The own manager could not be reached in time. */
  MANAGER_UNAVAILABLE("manager-unavailable");

  private final String code;

  BeyondMandateReason(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lower-case code.
   *
   * @return the stable lower-case code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the reason with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the reason
   * @throws InvalidValueException if no reason has this code
   */
  public static BeyondMandateReason ofCode(String code) {
    for (BeyondMandateReason r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new InvalidValueException(EscalationCodes.BEYOND_MANDATE_REASON_UNKNOWN, "BeyondMandateReason.code",
        "is not a known reason for going beyond the mandate");
  }
}
