package io.github.casework.escalation;

/**
 * The stable codes of the rules an {@link Escalation} enforces, as carried by
 * {@link io.github.casework.CaseworkException#code()}. Codes never change meaning between releases.
 */
public final class EscalationCodes {
  /** The escalation has its outcome; it accepts no further change (the outcome is set once). */
  public static final String RESOLVED = "escalation.resolved";
  /** A change is dated before the escalation's last change. */
  public static final String OUT_OF_ORDER = "escalation.out-of-order";
  /** A step must reach a level strictly above the previous step: levels only go up. */
  public static final String LEVEL_NOT_HIGHER = "escalation.level-not-higher";
  /** A step above the mandate needs the route via the own manager or the own manager informed first. */
  public static final String BEYOND_MANDATE = "escalation.beyond-mandate";
  /** The own manager was already informed (or the route runs via the own manager). */
  public static final String MANAGER_ALREADY_INFORMED = "escalation.manager-already-informed";
  /** Only a withdrawal can end an escalation before anyone was addressed. */
  public static final String NOT_ADDRESSED = "escalation.not-addressed";
  /** An event names another escalation. */
  public static final String WRONG_ESCALATION = "escalation.wrong-escalation";
  /** A history is empty or does not start with {@code escalation.raised}. */
  public static final String NOT_RAISED = "escalation.not-raised";
  /** An escalation is raised twice. */
  public static final String ALREADY_RAISED = "escalation.already-raised";
  /** The mandate given does not belong to the raising professional's agency and role. */
  public static final String MANDATE_MISMATCH = "escalation.mandate-mismatch";
  /** An escalation about a disputed refusal must name the refused referral. */
  public static final String REFERRAL_REQUIRED = "escalation.referral-required";

  private EscalationCodes() {}
}
