package io.github.casework.signal;

/** What kind of event an {@link Incident} is. Each kind has a stable lower-case {@link #code()}. */
public enum IncidentKind {
  /** An escalation, identified by its {@link io.github.casework.id.EscalationId}. */
  ESCALATION("escalation"),
  /** The refusal of a referral, identified by the {@link io.github.casework.id.ReferralId} that was refused. */
  REFUSAL("refusal");

  private final String code;

  IncidentKind(String code) {
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
}
