package io.github.casework.referral;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

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
  /** An event names another referral than the one it is applied to, or carried over to the case with. */
  public static final String WRONG_REFERRAL = "referral.wrong-referral";
  /** A history is empty or does not start with {@code referral.drafted}. */
  public static final String NOT_DRAFTED = "referral.not-drafted";
  /** A referral is drafted twice. */
  public static final String ALREADY_DRAFTED = "referral.already-drafted";
  /** A referral and a case that do not belong together were paired in a {@link ReferralLoop}. */
  public static final String WRONG_CASE = "referral.wrong-case";
  /** The expected start on a waiting list is before the client is waitlisted. */
  public static final String EXPECTED_BEFORE_WAITLISTED = "referral.expected-before-waitlisted";

  /** A consent names no agency that may receive the data. */
  public static final String CONSENT_NO_RECIPIENT = "consent.no-recipient";
  /** A consent names no life domain. */
  public static final String CONSENT_NO_DOMAIN = "consent.no-domain";
  /** A legal basis names no provision. */
  public static final String LEGAL_BASIS_PROVISION_BLANK = "legal-basis.provision-blank";
  /** A legal basis's provision is longer than 200 characters. */
  public static final String LEGAL_BASIS_PROVISION_TOO_LONG = "legal-basis.provision-too-long";
  /** A refusal for not being eligible names no criterion. */
  public static final String REFUSAL_CRITERION_BLANK = "refusal.criterion-blank";
  /** The criterion a refusal names is longer than 200 characters. */
  public static final String REFUSAL_CRITERION_TOO_LONG = "refusal.criterion-too-long";

  /** A referral network is given the same referral twice. */
  public static final String NETWORK_DUPLICATE = "referral-network.duplicate";
  /** A referral network's ping-pong threshold is less than 1 return. */
  public static final String NETWORK_THRESHOLD = "referral-network.threshold";
  /** A ping-pong finding has no return, or not one referral more than it has returns. */
  public static final String PING_PONG_RETURNS = "ping-pong.returns";
  /** A precondition deadlock's cycle has fewer than two steps. */
  public static final String DEADLOCK_TOO_SHORT = "deadlock.too-short";
  /** In a precondition deadlock's cycle, a step does not wait for the life domain the next step refuses. */
  public static final String DEADLOCK_BROKEN_CYCLE = "deadlock.broken-cycle";
  /** A stale referral's overdue time is not positive. */
  public static final String STALE_NOT_OVERDUE = "stale.not-overdue";
  /** The referral rests on a consent the client withdrew for its agency and life domain: it cannot be sent. */
  public static final String CONSENT_WITHDRAWN = "referral.consent-withdrawn";
  /** A consent withdrawal names no agency or no life domain. */
  public static final String WITHDRAWAL_EMPTY_SCOPE = "consent-withdrawal.empty-scope";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(ILLEGAL_TRANSITION,
          "The command or event is not allowed in the referral's current state (see the table in Referral)."),
      code(OUT_OF_ORDER, "A change is dated before the referral's last change."),
      code(NO_SHARING_BASIS,
          "The referral cannot be sent: no consent or legal basis for sharing the client's data is recorded."),
      code(CONSENT_OUT_OF_SCOPE, "The recorded consent does not cover the receiving agency or the need's life domain."),
      code(CONSENT_NOT_YET_GIVEN, "The consent is dated after it is recorded."),
      code(DUE_BEFORE_SENT, "The response due date falls before the referral is sent."),
      code(FOLLOW_UP_BEFORE_RESPONSE, "The follow-up due date falls before the response due date."),
      code(PRECONDITION_IS_THE_NEED, "A precondition names the very life domain the referral is for."),
      code(SAME_PROFESSIONAL, "Accountability can only be accepted by someone other than the referrer."),
      code(WRONG_REFERRAL,
          "An event names another referral than the one it is applied to, or carried over to the case with."),
      code(NOT_DRAFTED, "A history is empty or does not start with referral.drafted."),
      code(ALREADY_DRAFTED, "A referral is drafted twice."),
      code(WRONG_CASE, "A referral and a case that do not belong together were paired in a ReferralLoop."),
      code(EXPECTED_BEFORE_WAITLISTED, "The expected start on a waiting list is before the client is waitlisted."),
      code(CONSENT_NO_RECIPIENT, "A consent names no agency that may receive the data."),
      code(CONSENT_NO_DOMAIN, "A consent names no life domain."),
      code(LEGAL_BASIS_PROVISION_BLANK, "A legal basis names no provision."),
      code(LEGAL_BASIS_PROVISION_TOO_LONG, "A legal basis's provision is longer than 200 characters."),
      code(REFUSAL_CRITERION_BLANK, "A refusal for not being eligible names no criterion."),
      code(REFUSAL_CRITERION_TOO_LONG, "The criterion a refusal names is longer than 200 characters."),
      code(NETWORK_DUPLICATE, "A referral network is given the same referral twice."),
      code(NETWORK_THRESHOLD, "A referral network's ping-pong threshold is less than 1 return."),
      code(PING_PONG_RETURNS, "A ping-pong finding has no return, or not one referral more than it has returns."),
      code(DEADLOCK_TOO_SHORT, "A precondition deadlock's cycle has fewer than two steps."),
      code(DEADLOCK_BROKEN_CYCLE,
          "In a precondition deadlock's cycle, a step does not wait for the life domain the next step refuses."),
      code(STALE_NOT_OVERDUE, "A stale referral's overdue time is not positive."),
      code(CONSENT_WITHDRAWN,
          "The referral rests on a consent the client withdrew for its agency and life domain: it cannot be sent."),
      code(WITHDRAWAL_EMPTY_SCOPE, "A consent withdrawal names no agency or no life domain."));

  private ReferralCodes() {}

  /**
   * Returns every code of this class with the rule it stands for, in declaration order; the
   * {@link io.github.casework.ErrorCatalogue} joins these lists.
   *
   * @return the codes, immutable
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, ReferralCodes.class.getPackageName());
  }
}
