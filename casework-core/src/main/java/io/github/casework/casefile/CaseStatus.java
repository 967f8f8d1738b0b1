package io.github.casework.casefile;

/**
 * Where a case is in its lifecycle: intake → active ⇄ waiting → closed. A closed case stays closed.
 */
public enum CaseStatus {
  /** Registered; needs are being identified. */
  INTAKE("intake"),
  /** Being worked on. */
  ACTIVE("active"),
  /** Paused, waiting for the client or another party. */
  WAITING("waiting"),
  /** Ended with a {@link ClosureReason}; no further changes. */
  CLOSED("closed");

  private final String code;

  CaseStatus(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
