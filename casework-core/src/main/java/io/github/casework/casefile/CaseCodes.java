package io.github.casework.casefile;

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
  /** A history does not start with {@code case.opened}, or opens the case twice. */
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
  /** A case is opened twice. */
  public static final String ALREADY_OPENED = "case.already-opened";

  /** The same urgent threat is already reported for the need. */
  public static final String THREAT_DUPLICATE = "case.threat-duplicate";
  /** The first conversation is recorded once per case. */
  public static final String FIRST_CONVERSATION_DUPLICATE = "case.first-conversation-duplicate";

  private CaseCodes() {}
}
