package io.github.casework.escalation;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rules an {@link Escalation} enforces, as carried by
 * {@link io.github.casework.CaseworkException#code()}. Codes never change meaning between releases.
 */
public final class EscalationCodes {
  /**
   * The escalation has its outcome; it accepts no further change (the outcome is set once), except informing the
   * own manager of a step beyond the mandate.
   */
  public static final String RESOLVED = "escalation.resolved";
  /** A change is dated before the escalation's last change. */
  public static final String OUT_OF_ORDER = "escalation.out-of-order";
  /** A step must reach a level strictly above the previous step: levels only go up. */
  public static final String LEVEL_NOT_HIGHER = "escalation.level-not-higher";
  /**
   * Under a strict mandate, a step above the mandate needs the route via the own manager or the own manager informed
   * first.
   */
  public static final String BEYOND_MANDATE = "escalation.beyond-mandate";
  /** Under an advisory mandate, a step beyond the mandate states the professional's reason for it. */
  public static final String BEYOND_MANDATE_REASON_REQUIRED = "escalation.beyond-mandate-reason-required";
  /** A reason for going beyond the mandate is given for a step that is not beyond it. */
  public static final String NOT_BEYOND_MANDATE = "escalation.not-beyond-mandate";
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

  /** A code names no known escalation reason. */
  public static final String REASON_UNKNOWN = "escalation-reason.unknown";
  /** A code names no known ladder level. */
  public static final String LADDER_LEVEL_UNKNOWN = "ladder-level.unknown";
  /** A code names no known escalation outcome. */
  public static final String OUTCOME_UNKNOWN = "outcome.unknown";
  /** A code names no known route. */
  public static final String ROUTE_UNKNOWN = "route.unknown";
  /** An agency grants two mandates for the same role. */
  public static final String MANDATES_DUPLICATE = "mandates.duplicate";
  /** A code names no known mandate policy. */
  public static final String MANDATE_POLICY_UNKNOWN = "mandate-policy.unknown";
  /** A code names no known reason for going beyond the mandate. */
  public static final String BEYOND_MANDATE_REASON_UNKNOWN = "beyond-mandate-reason.unknown";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(RESOLVED, "The escalation has its outcome; it accepts no further change (the outcome is set once), "
          + "except informing the own manager of a step beyond the mandate."),
      code(OUT_OF_ORDER, "A change is dated before the escalation's last change."),
      code(LEVEL_NOT_HIGHER, "A step must reach a level strictly above the previous step: levels only go up."),
      code(BEYOND_MANDATE, "Under a strict mandate, a step above the mandate needs the route via the own manager or "
          + "the own manager informed first."),
      code(BEYOND_MANDATE_REASON_REQUIRED,
          "Under an advisory mandate, a step beyond the mandate states the professional's reason for it."),
      code(NOT_BEYOND_MANDATE, "A reason for going beyond the mandate is given for a step that is not beyond it."),
      code(MANAGER_ALREADY_INFORMED, "The own manager was already informed (or the route runs via the own manager)."),
      code(NOT_ADDRESSED, "Only a withdrawal can end an escalation before anyone was addressed."),
      code(WRONG_ESCALATION, "An event names another escalation."),
      code(NOT_RAISED, "A history is empty or does not start with escalation.raised."),
      code(ALREADY_RAISED, "An escalation is raised twice."),
      code(MANDATE_MISMATCH, "The mandate given does not belong to the raising professional's agency and role."),
      code(REFERRAL_REQUIRED, "An escalation about a disputed refusal must name the refused referral."),
      code(REASON_UNKNOWN, "A code names no known escalation reason."),
      code(LADDER_LEVEL_UNKNOWN, "A code names no known ladder level."),
      code(OUTCOME_UNKNOWN, "A code names no known escalation outcome."),
      code(ROUTE_UNKNOWN, "A code names no known route."),
      code(MANDATES_DUPLICATE, "An agency grants two mandates for the same role."),
      code(MANDATE_POLICY_UNKNOWN, "A code names no known mandate policy."),
      code(BEYOND_MANDATE_REASON_UNKNOWN, "A code names no known reason for going beyond the mandate."));

  private EscalationCodes() {}

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
    return new ErrorCode(code, meaning, EscalationCodes.class.getPackageName());
  }
}
