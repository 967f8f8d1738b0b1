package io.github.casework.signal;

/**
 * Where a signal is in its lifecycle: raised → acknowledged → responded → closed, in that order only. A closed
 * signal stays closed.
 */
public enum SignalStatus {
  /** Handed in; the addressee has not yet acknowledged it. */
  RAISED("raised"),
  /** The addressee acknowledged it; a response is owed by the due date. */
  ACKNOWLEDGED("acknowledged"),
  /** The addressee responded; feedback to the raisers is pending until all are reached. */
  RESPONDED("responded"),
  /** Feedback reached every raiser; no further change. */
  CLOSED("closed");

  private final String code;

  SignalStatus(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lower-case code.
   *
   * @return the stable lower-case code
   */
  public String code() {
    return code;
  }
}
