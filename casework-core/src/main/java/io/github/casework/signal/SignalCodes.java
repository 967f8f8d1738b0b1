package io.github.casework.signal;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rules a {@link Signal} and the {@link SignalDetector} enforce, as carried by
 * {@link io.github.casework.CaseworkException#code()}. Codes never change meaning between releases.
 */
public final class SignalCodes {
  /** A command or event was given to a closed signal. */
  public static final String CLOSED = "signal.closed";
  /** The lifecycle does not allow this step now (raised → acknowledged → responded → closed). */
  public static final String ILLEGAL_TRANSITION = "signal.illegal-transition";
  /** A change is dated before the signal's last change. */
  public static final String OUT_OF_ORDER = "signal.out-of-order";
  /** Feedback can only be given to professionals who raised the signal. */
  public static final String NOT_A_RAISER = "signal.not-a-raiser";
  /** Every professional named already had the feedback. */
  public static final String FEEDBACK_ALREADY_GIVEN = "signal.feedback-already-given";
  /** The signal cannot close before feedback reached every raiser. */
  public static final String FEEDBACK_MISSING = "signal.feedback-missing";
  /** An event names another signal. */
  public static final String WRONG_SIGNAL = "signal.wrong-signal";
  /** A history is empty or does not start with {@code signal.raised}. */
  public static final String NOT_RAISED = "signal.not-raised";
  /** A signal is raised twice. */
  public static final String ALREADY_RAISED = "signal.already-raised";
  /** A signal is raised by at least one professional; feedback reaches at least one. */
  public static final String NO_RAISERS = "signal.no-raisers";
  /** The response due date cannot precede the raising. */
  public static final String DUE_BEFORE_RAISED = "signal.due-before-raised";
  /** A signal cannot be raised before the quarter it reports on has begun. */
  public static final String PERIOD_NOT_BEGUN = "signal.period-not-begun";
  /** The detector was given two different incidents with the same kind and id. */
  public static final String CONFLICTING_INCIDENT = "signal.conflicting-incident";

  /** A text a signal carries upward holds what looks like personal data: a BSN, a phone number or an e-mail address. */
  public static final String PERSONAL_DATA = "text.personal-data";
  /** A topic's target group is blank. */
  public static final String TOPIC_BLANK = "topic.blank";
  /** A topic's target group is longer than 200 characters. */
  public static final String TOPIC_TOO_LONG = "topic.too-long";
  /** An area code is not 1 to 32 characters from {@code A-Z a-z 0-9 . _ -}, starting with a letter or digit. */
  public static final String AREA_INVALID = "area.invalid";
  /** A signal is addressed to a role that is not a manager role (team lead or manager). */
  public static final String ADDRESSEE_NOT_A_MANAGER = "addressee.not-a-manager";
  /** A response of no action states no reason. */
  public static final String RESPONSE_REASON_REQUIRED = "response.reason-required";
  /** A response's explanation is blank. */
  public static final String RESPONSE_BLANK = "response.blank";
  /** A response's explanation is longer than 2000 characters. */
  public static final String RESPONSE_TOO_LONG = "response.too-long";
  /** A code names no known response kind. */
  public static final String RESPONSE_KIND_UNKNOWN = "response-kind.unknown";
  /** A quarter's year is outside 1 to 9999. */
  public static final String QUARTER_YEAR_OUT_OF_RANGE = "quarter.year-out-of-range";
  /** A quarter's number is outside 1 to 4. */
  public static final String QUARTER_OUT_OF_RANGE = "quarter.out-of-range";
  /** A quarter's text is not of the form {@code 2026-Q4}. */
  public static final String QUARTER_UNPARSEABLE = "quarter.unparseable";
  /** A trend is asked between counts of which one is negative. */
  public static final String TREND_NEGATIVE_COUNT = "trend.negative-count";
  /** A code names no known trend. */
  public static final String TREND_UNKNOWN = "trend.unknown";
  /** The evidence of a signal counts no case, escalation or refusal. */
  public static final String EVIDENCE_EMPTY = "evidence.empty";
  /** A count of the evidence is negative. */
  public static final String EVIDENCE_NEGATIVE_COUNT = "evidence.negative-count";
  /** A count of the evidence is below the number of ids given for it. */
  public static final String EVIDENCE_COUNT_BELOW_IDS = "evidence.count-below-ids";
  /** An escalation's incident has a shape without escalation reason, or a refusal's one without refusal reason. */
  public static final String INCIDENT_REASON_REQUIRED = "incident.reason-required";
  /** An incident shape has neither an escalation reason nor a refusal reason. */
  public static final String INCIDENT_SHAPE_NO_REASON = "incident-shape.no-reason";
  /** An incident shape's refusal reason is not a code of 1 to 64 lower-case letters, digits and hyphens. */
  public static final String INCIDENT_SHAPE_INVALID_REFUSAL_REASON = "incident-shape.invalid-refusal-reason";
  /** The signal detector's threshold is less than 1 case. */
  public static final String DETECTOR_THRESHOLD = "signal-detector.threshold";
  /** A signal proposal groups no incident. */
  public static final String PROPOSAL_EMPTY = "signal-proposal.empty";
  /** A signal proposal's count of cases in the previous period is negative. */
  public static final String PROPOSAL_NEGATIVE_COUNT = "signal-proposal.negative-count";
  /** A signal proposal groups an incident of another shape than its own. */
  public static final String PROPOSAL_MIXED_SHAPES = "signal-proposal.mixed-shapes";
  /** A signal proposal lists the same incident twice. */
  public static final String PROPOSAL_DUPLICATE = "signal-proposal.duplicate";
  /** The signal detector's threshold for mandate proposals is less than 1 case. */
  public static final String DETECTOR_MANDATE_THRESHOLD = "signal-detector.mandate-threshold";
  /** The detector was given two different escalations with the same id. */
  public static final String CONFLICTING_ESCALATION = "signal.conflicting-escalation";
  /** A mandate proposal names no successful escalation, or its counts disagree with the escalations it names. */
  public static final String MANDATE_PROPOSAL_COUNTS = "mandate-proposal.counts";
  /** A mandate proposal's highest level reached is not above the mandate it proposes to widen. */
  public static final String MANDATE_PROPOSAL_LEVEL = "mandate-proposal.level";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(CLOSED, "A command or event was given to a closed signal."),
      code(ILLEGAL_TRANSITION,
          "The lifecycle does not allow this step now (raised → acknowledged → responded → closed)."),
      code(OUT_OF_ORDER, "A change is dated before the signal's last change."),
      code(NOT_A_RAISER, "Feedback can only be given to professionals who raised the signal."),
      code(FEEDBACK_ALREADY_GIVEN, "Every professional named already had the feedback."),
      code(FEEDBACK_MISSING, "The signal cannot close before feedback reached every raiser."),
      code(WRONG_SIGNAL, "An event names another signal."),
      code(NOT_RAISED, "A history is empty or does not start with signal.raised."),
      code(ALREADY_RAISED, "A signal is raised twice."),
      code(NO_RAISERS, "A signal is raised by at least one professional; feedback reaches at least one."),
      code(DUE_BEFORE_RAISED, "The response due date cannot precede the raising."),
      code(PERIOD_NOT_BEGUN, "A signal cannot be raised before the quarter it reports on has begun."),
      code(CONFLICTING_INCIDENT, "The detector was given two different incidents with the same kind and id."),
      code(PERSONAL_DATA,
          "A text a signal carries upward holds what looks like personal data: a BSN, a phone number or an "
              + "e-mail address."),
      code(TOPIC_BLANK, "A topic's target group is blank."),
      code(TOPIC_TOO_LONG, "A topic's target group is longer than 200 characters."),
      code(AREA_INVALID,
          "An area code is not 1 to 32 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit."),
      code(ADDRESSEE_NOT_A_MANAGER,
          "A signal is addressed to a role that is not a manager role (team lead or manager)."),
      code(RESPONSE_REASON_REQUIRED, "A response of no action states no reason."),
      code(RESPONSE_BLANK, "A response's explanation is blank."),
      code(RESPONSE_TOO_LONG, "A response's explanation is longer than 2000 characters."),
      code(RESPONSE_KIND_UNKNOWN, "A code names no known response kind."),
      code(QUARTER_YEAR_OUT_OF_RANGE, "A quarter's year is outside 1 to 9999."),
      code(QUARTER_OUT_OF_RANGE, "A quarter's number is outside 1 to 4."),
      code(QUARTER_UNPARSEABLE, "A quarter's text is not of the form 2026-Q4."),
      code(TREND_NEGATIVE_COUNT, "A trend is asked between counts of which one is negative."),
      code(TREND_UNKNOWN, "A code names no known trend."),
      code(EVIDENCE_EMPTY, "The evidence of a signal counts no case, escalation or refusal."),
      code(EVIDENCE_NEGATIVE_COUNT, "A count of the evidence is negative."),
      code(EVIDENCE_COUNT_BELOW_IDS, "A count of the evidence is below the number of ids given for it."),
      code(INCIDENT_REASON_REQUIRED,
          "An escalation's incident has a shape without escalation reason, or a refusal's one without refusal reason."),
      code(INCIDENT_SHAPE_NO_REASON, "An incident shape has neither an escalation reason nor a refusal reason."),
      code(INCIDENT_SHAPE_INVALID_REFUSAL_REASON,
          "An incident shape's refusal reason is not a code of 1 to 64 lower-case letters, digits and hyphens."),
      code(DETECTOR_THRESHOLD, "The signal detector's threshold is less than 1 case."),
      code(PROPOSAL_EMPTY, "A signal proposal groups no incident."),
      code(PROPOSAL_NEGATIVE_COUNT, "A signal proposal's count of cases in the previous period is negative."),
      code(PROPOSAL_MIXED_SHAPES, "A signal proposal groups an incident of another shape than its own."),
      code(PROPOSAL_DUPLICATE, "A signal proposal lists the same incident twice."),
      code(DETECTOR_MANDATE_THRESHOLD, "The signal detector's threshold for mandate proposals is less than 1 case."),
      code(CONFLICTING_ESCALATION, "The detector was given two different escalations with the same id."),
      code(MANDATE_PROPOSAL_COUNTS,
          "A mandate proposal names no successful escalation, or its counts disagree with the escalations it names."),
      code(MANDATE_PROPOSAL_LEVEL,
          "A mandate proposal's highest level reached is not above the mandate it proposes to widen."));

  private SignalCodes() {}

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
    return new ErrorCode(code, meaning, SignalCodes.class.getPackageName());
  }
}
