package io.github.casework.earlywarning;

/**
 * What became of one early signal (signaalstatus), as the DDAS Uitwisselmodel v1.2 of VNG Realisatie lists the
 * statuses (EnumSignaalstatus); {@link OutreachCase#statusOf} derives it from the outreach case that bundles the
 * signal. Each has a stable lower-case {@link #code()}.
 */
public enum EarlySignalStatus {
  /** Received, not yet taken up. */
  NOT_YET_TAKEN_UP("not-yet-taken-up"),
  /** Taken up: the municipality offers help. */
  TAKEN_UP("taken-up"),
  /** Not taken up: a repeated signal of the same arrears. */
  NOT_TAKEN_UP_REPEATED("not-taken-up-repeated"),
  /** Not taken up: an unjustified signal (below the threshold, say). */
  NOT_TAKEN_UP_UNJUSTIFIED("not-taken-up-unjustified"),
  /** Not taken up for another reason. */
  NOT_TAKEN_UP_OTHER("not-taken-up-other"),
  /** The resident is already known to debt services. */
  ALREADY_KNOWN_TO_DEBT_SERVICES("already-known-to-debt-services"),
  /** The resident has died. */
  DECEASED("deceased"),
  /** The person is not (or no longer) a resident of the municipality. */
  NOT_A_RESIDENT("not-a-resident");

  private final String code;

  EarlySignalStatus(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
