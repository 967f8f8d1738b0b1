package io.github.casework.escalation;

import io.github.casework.InvalidValueException;

/**
 * How an escalation ended. Set once. An outcome that helps this one client while the rule stays as it was
 * ({@link #EXCEPTION_GRANTED}, {@link #PRIORITY_GRANTED}) is {@linkplain #isIncidental() incidental}: the
 * escalation is then an incident that may need a structural answer. Each outcome has a stable lower-case
 * {@link #code()}.
 */
public enum Outcome {
  /** The target agency made an exception (uitzondering) for this client. */
  EXCEPTION_GRANTED("exception-granted"),
  /** The target agency granted this client priority (voorrang), e.g. for housing. */
  PRIORITY_GRANTED("priority-granted"),
  /** The rule itself was changed, for everyone it concerns. */
  RULE_CHANGED("rule-changed"),
  /** The target agency upheld its position. */
  REFUSED("refused"),
  /** The professional withdrew the escalation. */
  WITHDRAWN("withdrawn");

  private final String code;

  Outcome(String code) {
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
   * Returns whether this outcome solved the one case without changing the rule that blocked it ("an incident
   * with an incidental solution"), so that the pattern behind it may need a structural answer.
   *
   * @return true for {@link #EXCEPTION_GRANTED} and {@link #PRIORITY_GRANTED}
   */
  public boolean isIncidental() {
    return this == EXCEPTION_GRANTED || this == PRIORITY_GRANTED;
  }

  /**
   * Returns whether the escalation got the client what was asked: an exception, a priority, or a changed rule. A
   * refusal upheld and a withdrawal are not successes. The {@link io.github.casework.signal.SignalDetector} counts
   * successful escalations beyond the mandate as evidence that the mandate itself is too narrow.
   *
   * @return true for {@link #EXCEPTION_GRANTED}, {@link #PRIORITY_GRANTED} and {@link #RULE_CHANGED}
   */
  public boolean isSuccess() {
    return this == EXCEPTION_GRANTED || this == PRIORITY_GRANTED || this == RULE_CHANGED;
  }

  /**
   * Returns the outcome with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the outcome
   * @throws InvalidValueException if no outcome has this code
   */
  public static Outcome ofCode(String code) {
    for (Outcome o : values()) {
      if (o.code.equals(code)) {
        return o;
      }
    }
    throw new InvalidValueException(EscalationCodes.OUTCOME_UNKNOWN, "Outcome.code",
        "is not a known escalation outcome");
  }
}
