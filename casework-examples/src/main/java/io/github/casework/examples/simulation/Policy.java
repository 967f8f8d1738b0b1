package io.github.casework.examples.simulation;

/**
 * How referrers work, the choice the simulation compares. Each has a stable lower-case {@link #code()} used in the
 * output files.
 */
public enum Policy {
  /**
   * The referrer sends the referral and turns to other work: no follow-up, no acknowledgement, no escalation. The
   * library does not let the referrer close the case while the referral is open, so the need stays on the
   * referrer's name; whatever the receiving agency does, nobody on the referrer's side acts on it.
   */
  REFER_AND_FORGET("refer-and-forget"),
  /**
   * The referrer follows up at the referral's follow-up due date and acts on what it finds: closes the loop,
   * records the need met, re-refers, escalates refusals, deadlocks and stuck urgent needs, or records the need as
   * unmet with a reason (see {@link ClosedLoopConfig}).
   */
  CLOSED_LOOP("closed-loop");

  private final String code;

  Policy(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
