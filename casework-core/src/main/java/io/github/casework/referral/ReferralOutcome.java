package io.github.casework.referral;

/**
 * The outcome the receiving agency reports back when it completes a referral. Each has a stable lower-case
 * {@link #code()}.
 */
public enum ReferralOutcome {
  /** The need the client was referred for was met. */
  NEED_MET("need-met"),
  /** The need was partly met; the referrer decides what follows. */
  PARTLY_MET("partly-met"),
  /** The service was delivered but the need was not met. */
  NOT_MET("not-met");

  private final String code;

  ReferralOutcome(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
