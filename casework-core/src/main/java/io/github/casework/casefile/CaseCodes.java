package io.github.casework.casefile;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rules a {@link Case} enforces, as carried by
 * {@link io.github.casework.CaseworkException#code()}. Codes never change meaning between releases.
 */
public final class CaseCodes {
  /** A command or event was given to a closed case. */
  public static final String CLOSED = "case.closed";
  /** The lifecycle does not allow this step from the current status (intake → active ⇄ waiting → closed). */
  public static final String ILLEGAL_TRANSITION = "case.illegal-transition";
  /** No need with this id exists in the case. */
  public static final String NEED_UNKNOWN = "case.need-unknown";
  /** A need with this id already exists in the case. */
  public static final String NEED_DUPLICATE = "case.need-duplicate";
  /** The need already has a disposition. */
  public static final String NEED_NOT_OPEN = "case.need-not-open";
  /** The case cannot close while a need is open. */
  public static final String NEED_STILL_OPEN = "case.need-still-open";
  /** Accountability can only move to someone other than the professional who holds it. */
  public static final String SAME_PROFESSIONAL = "case.same-professional";
  /** The stated previous accountable professional is not the one who holds accountability. */
  public static final String ACCOUNTABLE_MISMATCH = "case.accountable-mismatch";
  /** A change is dated before the case's last change. */
  public static final String OUT_OF_ORDER = "case.out-of-order";
  /** An event names another case. */
  public static final String WRONG_CASE = "case.wrong-case";
  /** A history is empty or does not start with {@code case.opened}. */
  public static final String NOT_OPENED = "case.not-opened";
  /**
   * A need still has an open referral: the case cannot close, and the need cannot get a disposition or be handed
   * over through another referral, until that referral's loop is closed or it is handed over.
   */
  public static final String REFERRAL_OPEN = "case.referral-open";
  /** The referral is not an open referral of that need. */
  public static final String REFERRAL_UNKNOWN = "case.referral-unknown";
  /** The referral is already open on a need of this case. */
  public static final String REFERRAL_DUPLICATE = "case.referral-duplicate";
  /** A case is given {@code case.opened} again: a history opens the case twice. */
  public static final String ALREADY_OPENED = "case.already-opened";

  /** The same urgent threat is already reported for the need. */
  public static final String THREAT_DUPLICATE = "case.threat-duplicate";
  /** The first conversation is recorded once per case. */
  public static final String FIRST_CONVERSATION_DUPLICATE = "case.first-conversation-duplicate";

  /** A need with a disposition still has open referrals. */
  public static final String NEED_DISPOSED_WHILE_REFERRED = "need.disposed-while-referred";
  /** A need's disposition is dated before the need was registered. */
  public static final String NEED_DISPOSED_BEFORE_REGISTERED = "need.disposed-before-registered";
  /** After a handover, the need's accountable professional is not the one who accepted it. */
  public static final String NEED_HANDOVER_MISMATCH = "need.handover-mismatch";
  /** The disposition of an unmet need states no reason. */
  public static final String DISPOSITION_EXPLANATION_BLANK = "disposition.explanation-blank";
  /** The reason an unmet need states is longer than 2000 characters. */
  public static final String DISPOSITION_EXPLANATION_TOO_LONG = "disposition.explanation-too-long";
  /** An assessment has neither a ZRM score nor a participation rung. */
  public static final String ASSESSMENT_EMPTY = "assessment.empty";
  /** A ZRM score is not between 1 and 5. */
  public static final String ZRM_SCORE_OUT_OF_RANGE = "zrm-score.out-of-range";
  /** A participation rung is not between 1 and 6. */
  public static final String PARTICIPATION_RUNG_OUT_OF_RANGE = "participation-rung.out-of-range";
  /** A code names no known urgency. */
  public static final String URGENCY_UNKNOWN = "urgency.unknown";
  /** A code names no known urgent threat. */
  public static final String URGENT_THREAT_UNKNOWN = "urgent-threat.unknown";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(CLOSED, "A command or event was given to a closed case."),
      code(ILLEGAL_TRANSITION,
          "The lifecycle does not allow this step from the current status (intake → active ⇄ waiting → closed)."),
      code(NEED_UNKNOWN, "No need with this id exists in the case."),
      code(NEED_DUPLICATE, "A need with this id already exists in the case."),
      code(NEED_NOT_OPEN, "The need already has a disposition."),
      code(NEED_STILL_OPEN, "The case cannot close while a need is open."),
      code(SAME_PROFESSIONAL, "Accountability can only move to someone other than the professional who holds it."),
      code(ACCOUNTABLE_MISMATCH,
          "The stated previous accountable professional is not the one who holds accountability."),
      code(OUT_OF_ORDER, "A change is dated before the case's last change."),
      code(WRONG_CASE, "An event names another case."),
      code(NOT_OPENED, "A history is empty or does not start with case.opened."),
      code(REFERRAL_OPEN,
          "A need still has an open referral: the case cannot close, and the need cannot get a disposition or "
              + "be handed over through another referral, until that referral's loop is closed or it is handed "
              + "over."),
      code(REFERRAL_UNKNOWN, "The referral is not an open referral of that need."),
      code(REFERRAL_DUPLICATE, "The referral is already open on a need of this case."),
      code(ALREADY_OPENED, "A case is given case.opened again: a history opens the case twice."),
      code(THREAT_DUPLICATE, "The same urgent threat is already reported for the need."),
      code(FIRST_CONVERSATION_DUPLICATE, "The first conversation is recorded once per case."),
      code(NEED_DISPOSED_WHILE_REFERRED, "A need with a disposition still has open referrals."),
      code(NEED_DISPOSED_BEFORE_REGISTERED, "A need's disposition is dated before the need was registered."),
      code(NEED_HANDOVER_MISMATCH,
          "After a handover, the need's accountable professional is not the one who accepted it."),
      code(DISPOSITION_EXPLANATION_BLANK, "The disposition of an unmet need states no reason."),
      code(DISPOSITION_EXPLANATION_TOO_LONG, "The reason an unmet need states is longer than 2000 characters."),
      code(ASSESSMENT_EMPTY, "An assessment has neither a ZRM score nor a participation rung."),
      code(ZRM_SCORE_OUT_OF_RANGE, "A ZRM score is not between 1 and 5."),
      code(PARTICIPATION_RUNG_OUT_OF_RANGE, "A participation rung is not between 1 and 6."),
      code(URGENCY_UNKNOWN, "A code names no known urgency."),
      code(URGENT_THREAT_UNKNOWN, "A code names no known urgent threat."));

  private CaseCodes() {}

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
    return new ErrorCode(code, meaning, CaseCodes.class.getPackageName());
  }
}
