package io.github.casework.referral;

/**
 * The stable codes of the rules a {@link Referral} (and a {@link ReferralLoop}) enforces, as carried by
 * {@link io.github.casework.CaseworkException#code()}. Codes never change meaning between releases.
 */
public final class ReferralCodes {
  /** The command or event is not allowed in the referral's current state (see the table in {@link Referral}). */
  public static final String ILLEGAL_TRANSITION = "referral.illegal-transition";
  /** A change is dated before the referral's last change. */
  public static final String OUT_OF_ORDER = "referral.out-of-order";
  /** The referral cannot be sent: no consent or legal basis for sharing the client's data is recorded. */
  public static final String NO_SHARING_BASIS = "referral.no-sharing-basis";
  /** The recorded consent does not cover the receiving agency or the need's life domain. */
  public static final String CONSENT_OUT_OF_SCOPE = "referral.consent-out-of-scope";
  /** The consent is dated after it is recorded. */
  public static final String CONSENT_NOT_YET_GIVEN = "referral.consent-not-yet-given";
  /** The response due date falls before the referral is sent. */
  public static final String DUE_BEFORE_SENT = "referral.due-before-sent";
  /** The follow-up due date falls before the response due date. */
  public static final String FOLLOW_UP_BEFORE_RESPONSE = "referral.follow-up-before-response";
  /** A precondition names the very life domain the referral is for. */
  public static final String PRECONDITION_IS_THE_NEED = "referral.precondition-is-the-need";
  /** Accountability can only be accepted by someone other than the referrer. */
  public static final String SAME_PROFESSIONAL = "referral.same-professional";
  /** An event names another referral. */
  public static final String WRONG_REFERRAL = "referral.wrong-referral";
  /** A history does not start with {@code referral.drafted}. */
  public static final String NOT_DRAFTED = "referral.not-drafted";
  /** A referral is drafted twice. */
  public static final String ALREADY_DRAFTED = "referral.already-drafted";
  /** A referral and a case that do not belong together were paired in a {@link ReferralLoop}. */
  public static final String WRONG_CASE = "referral.wrong-case";

  private ReferralCodes() {}
}
