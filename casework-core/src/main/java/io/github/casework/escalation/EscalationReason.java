package io.github.casework.escalation;

import io.github.casework.InvalidValueException;

/** Why a professional escalates. Each reason has a stable lower-case {@link #code()}. */
public enum EscalationReason {
  /** A rule of the target agency blocks an urgent need (e.g. a dropped priority rule). */
  RULE_CONFLICT("rule-conflict"),
  /** Agencies wait on each other: each demands the other goes first. */
  DEADLOCK("deadlock"),
  /** The target agency did not answer within its service norm. */
  DEADLINE_BREACH("deadline-breach"),
  /** No rule or service covers the need: the client falls outside every scheme. */
  REGULATORY_GAP("regulatory-gap"),
  /** The professional disputes a refusal of a referral; the escalation names that referral. */
  DISPUTED_REFUSAL("disputed-refusal");

  private final String code;

  EscalationReason(String code) {
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
  public static EscalationReason ofCode(String code) {
    for (EscalationReason r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new InvalidValueException(
        EscalationCodes.REASON_UNKNOWN, "EscalationReason.code", "is not a known escalation reason");
  }
}
