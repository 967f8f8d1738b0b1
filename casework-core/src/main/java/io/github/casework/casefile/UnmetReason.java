package io.github.casework.casefile;

/** Why a need is closed as unmet. Each has a stable lower-case {@link #code()}. */
public enum UnmetReason {
  /** No agency offers a service that fits (a regulatory gap). */
  NO_SERVICE_AVAILABLE("no-service-available"),
  /** The client fits no agency's eligibility criteria. */
  NOT_ELIGIBLE("not-eligible"),
  /** The client could not be reached. */
  CLIENT_UNREACHABLE("client-unreachable"),
  /** The client declined the help offered. */
  CLIENT_DECLINED("client-declined"),
  /** Another reason, stated in the explanation. */
  OTHER("other");

  private final String code;

  UnmetReason(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
