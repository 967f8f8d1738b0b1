package io.github.casework.earlywarning;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rules an {@link OutreachCase}, an {@link EarlySignal}, a {@link Resident} and an
 * {@link Ending} enforce, as carried by {@link io.github.casework.CaseworkException#code()}. Codes never change
 * meaning between releases.
 */
public final class EarlyWarningCodes {
  /** A command or event was given to a closed outreach case. */
  public static final String CLOSED = "outreach.closed";
  /** A change is dated before the outreach case's last change. */
  public static final String OUT_OF_ORDER = "outreach.out-of-order";
  /** An event names another outreach case. */
  public static final String WRONG_CASE = "outreach.wrong-case";
  /** A history is empty or does not start with outreach.opened. */
  public static final String NOT_OPENED = "outreach.not-opened";
  /** An outreach case is opened twice. */
  public static final String ALREADY_OPENED = "outreach.already-opened";
  /** An outreach case bundles at least one early signal. */
  public static final String NO_SIGNALS = "outreach.no-signals";
  /** An early signal names another resident than the signals the outreach case bundles. */
  public static final String OTHER_HOUSEHOLD = "outreach.other-household";
  /** An early signal is bundled twice. */
  public static final String DUPLICATE_SIGNAL = "outreach.duplicate-signal";
  /** An outreach case is taken up twice. */
  public static final String ALREADY_TAKEN_UP = "outreach.already-taken-up";
  /** An outreach case cannot be taken up before the signal date of its first early signal. */
  public static final String TAKEN_UP_BEFORE_SIGNAL = "outreach.taken-up-before-signal";
  /** A contact attempt is recorded in an outreach case that was not taken up. */
  public static final String NOT_TAKEN_UP = "outreach.not-taken-up";
  /** A contact attempt is dated before the day the outreach case was taken up. */
  public static final String ATTEMPT_BEFORE_TAKE_UP = "outreach.attempt-before-take-up";
  /** This end result needs at least one contact attempt. */
  public static final String END_RESULT_NEEDS_ATTEMPT = "outreach.end-result-needs-attempt";
  /** This end result needs a contact attempt that reached the resident. */
  public static final String END_RESULT_NEEDS_CONTACT = "outreach.end-result-needs-contact";
  /** This end result needs the outreach case taken up first. */
  public static final String END_RESULT_NEEDS_TAKE_UP = "outreach.end-result-needs-take-up";
  /** A not-taken-up end result cannot close an outreach case that was taken up. */
  public static final String END_RESULT_AFTER_TAKE_UP = "outreach.end-result-after-take-up";
  /** A follow-up or referral end result names the casework referral that carries it on. */
  public static final String REFERRAL_REQUIRED = "ending.referral-required";
  /** Only a follow-up or referral end result names a referral. */
  public static final String REFERRAL_NOT_ALLOWED = "ending.referral-not-allowed";
  /** An early signal's amount is negative or above 10,000,000 euros. */
  public static final String AMOUNT_OUT_OF_RANGE = "early-signal.amount-out-of-range";
  /** An early signal's arrears start after its signal date. */
  public static final String ARREARS_AFTER_SIGNAL = "early-signal.arrears-after-signal";
  /** A postcode is not four digits, the first not 0, followed by two capital letters. */
  public static final String POSTCODE_INVALID = "resident.postcode-invalid";
  /** A house number is outside 1 to 99999. */
  public static final String HOUSE_NUMBER_OUT_OF_RANGE = "resident.house-number-out-of-range";
  /** A house number addition is not 1 to 4 letters or digits. */
  public static final String HOUSE_NUMBER_ADDITION_INVALID = "resident.house-number-addition-invalid";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(CLOSED, "A command or event was given to a closed outreach case."),
      code(OUT_OF_ORDER, "A change is dated before the outreach case's last change."),
      code(WRONG_CASE, "An event names another outreach case."),
      code(NOT_OPENED, "A history is empty or does not start with outreach.opened."),
      code(ALREADY_OPENED, "An outreach case is opened twice."),
      code(NO_SIGNALS, "An outreach case bundles at least one early signal."),
      code(OTHER_HOUSEHOLD, "An early signal names another resident than the signals the outreach case bundles."),
      code(DUPLICATE_SIGNAL, "An early signal is bundled twice."),
      code(ALREADY_TAKEN_UP, "An outreach case is taken up twice."),
      code(TAKEN_UP_BEFORE_SIGNAL,
          "An outreach case cannot be taken up before the signal date of its "
              + "first early signal."),
      code(NOT_TAKEN_UP, "A contact attempt is recorded in an outreach case that was not taken up."),
      code(ATTEMPT_BEFORE_TAKE_UP, "A contact attempt is dated before the day the outreach case was taken up."),
      code(END_RESULT_NEEDS_ATTEMPT, "This end result needs at least one contact attempt."),
      code(END_RESULT_NEEDS_CONTACT, "This end result needs a contact attempt that reached the resident."),
      code(END_RESULT_NEEDS_TAKE_UP, "This end result needs the outreach case taken up first."),
      code(END_RESULT_AFTER_TAKE_UP, "A not-taken-up end result cannot close an outreach case that was taken up."),
      code(REFERRAL_REQUIRED, "A follow-up or referral end result names the casework referral that carries it on."),
      code(REFERRAL_NOT_ALLOWED, "Only a follow-up or referral end result names a referral."),
      code(AMOUNT_OUT_OF_RANGE, "An early signal's amount is negative or above 10,000,000 euros."),
      code(ARREARS_AFTER_SIGNAL, "An early signal's arrears start after its signal date."),
      code(POSTCODE_INVALID, "A postcode is not four digits, the first not 0, followed by two capital letters."),
      code(HOUSE_NUMBER_OUT_OF_RANGE, "A house number is outside 1 to 99999."),
      code(HOUSE_NUMBER_ADDITION_INVALID, "A house number addition is not 1 to 4 letters or digits."));

  private EarlyWarningCodes() {}

  /** {@return every code with its meaning, in declaration order} */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, EarlyWarningCodes.class.getPackageName());
  }
}
