package io.github.casework.earlywarning;

/**
 * Where an {@link OutreachCase} is: received (not yet taken up), taken up, or closed with an end result. Each has a
 * stable lower-case {@link #code()}.
 */
public enum OutreachStatus {
  /** Its signals are received; the case is not yet taken up. */
  RECEIVED("received"),
  /** Taken up: the municipality is trying to reach the resident or helping. */
  TAKEN_UP("taken-up"),
  /** Closed with an end result. */
  CLOSED("closed");

  private final String code;

  OutreachStatus(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
