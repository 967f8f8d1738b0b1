package io.github.casework.referral;

/**
 * What a service said when asked, before the referral was sent, whether it can take the client on (the capacity
 * query of the SDOH Clinical Care IG): yes, no, or no but on a waiting list with a rough wait. Recorded with the
 * sending ({@link ReferralCommand.Send}); the caseload check names a referral sent to a service that said no. Each
 * answer has a stable lower-case {@link #code()} used in the wire format.
 */
public enum Capacity {
  /** The service can take the client on now. */
  YES("yes", false),
  /** The service cannot take the client on, and keeps no waiting list for it. */
  NO("no", false),
  /** No capacity now; a waiting list with a wait of less than one month. */
  WAITLIST_UNDER_ONE_MONTH("waitlist-under-1-month", true),
  /** No capacity now; a waiting list with a wait of one to three months. */
  WAITLIST_ONE_TO_THREE_MONTHS("waitlist-1-to-3-months", true),
  /** No capacity now; a waiting list with a wait of more than three months. */
  WAITLIST_OVER_THREE_MONTHS("waitlist-over-3-months", true),
  /** No capacity now; a waiting list whose wait the service could not say. */
  WAITLIST_UNDETERMINED("waitlist-undetermined", true);

  private final String code;
  private final boolean waitlist;

  Capacity(String code, boolean waitlist) {
    this.code = code;
    this.waitlist = waitlist;
  }

  /** {@return the stable lower-case code, such as {@code waitlist-1-to-3-months}} */
  public String code() {
    return code;
  }

  /** {@return true for the four waiting-list answers} */
  public boolean isWaitlist() {
    return waitlist;
  }
}
