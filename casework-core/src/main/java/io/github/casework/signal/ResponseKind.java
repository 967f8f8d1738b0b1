package io.github.casework.signal;

import io.github.casework.InvalidValueException;

/** What the addressee decided to do with a signal. Each kind has a stable lower-case {@link #code()}. */
public enum ResponseKind {
  /** A new service is developed or offered. */
  NEW_SERVICE("new-service"),
  /** A policy dialogue is started (beleidsdialoog). */
  POLICY_DIALOGUE("policy-dialogue"),
  /** The signal is raised with the municipality or city district. */
  RAISED_WITH_MUNICIPALITY("raised-with-municipality"),
  /** The topic is made a priority theme (speerpunt) for the coming period. */
  PRIORITY_THEME("priority-theme"),
  /** Nothing is done; only allowed with a stated reason. */
  NO_ACTION("no-action");

  private final String code;

  ResponseKind(String code) {
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
   * Returns the kind with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the kind
   * @throws InvalidValueException if no kind has this code
   */
  public static ResponseKind ofCode(String code) {
    for (ResponseKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new InvalidValueException(SignalCodes.RESPONSE_KIND_UNKNOWN, "ResponseKind.code",
        "is not a known response kind");
  }
}
