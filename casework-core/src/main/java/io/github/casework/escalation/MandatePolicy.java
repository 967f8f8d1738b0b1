package io.github.casework.escalation;

import io.github.casework.InvalidValueException;

/**
 * How firmly an agency holds its professionals to their {@link Mandate}: whether a step above it, taken without
 * the own manager in the loop, is accepted and accounted for afterwards, or refused. Each policy has a stable
 * lower-case {@link #code()}.
 *
 * <p>{@link #ADVISORY} is the default: it follows the seed article, where Maartje weighs going via her manager
 * ("then it may take much longer, or vanish under other priorities"), takes the risk, goes to the official and then
 * higher herself, and it works; the article asks organisations for "a broader mandate to act as they see fit",
 * with accountability "on broad lines instead of details". {@link #STRICT} keeps the hard rule for an organisation
 * that forbids going beyond the mandate.
 */
public enum MandatePolicy {
  /**
   * A step beyond the mandate is accepted and recorded as such, with the professional's reason; it creates the
   * duty to inform the own manager within a norm (see {@link Escalation#informManagerDue}).
   */
  ADVISORY("advisory"),
  /**
   * A step beyond the mandate is refused ({@link EscalationCodes#BEYOND_MANDATE}): the own manager must be in the
   * loop first. This was the only behaviour before policies existed, so a recorded mandate without a policy
   * (version 1 documents written before) reads as strict.
   */
  STRICT("strict");

  private final String code;

  MandatePolicy(String code) {
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
   * Returns the policy with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the policy
   * @throws InvalidValueException if no policy has this code
   */
  public static MandatePolicy ofCode(String code) {
    for (MandatePolicy p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new InvalidValueException(EscalationCodes.MANDATE_POLICY_UNKNOWN, "MandatePolicy.code",
        "is not a known mandate policy");
  }
}
