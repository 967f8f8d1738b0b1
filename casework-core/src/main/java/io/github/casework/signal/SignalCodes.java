package io.github.casework.signal;

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

  private SignalCodes() {}
}
