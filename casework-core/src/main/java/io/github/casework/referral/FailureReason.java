package io.github.casework.referral;

/** Why a referral that was waitlisted or accepted failed. Each has a stable lower-case {@link #code()}. */
public enum FailureReason {
  /** The client stopped coming, for example after waiting too long. */
  CLIENT_DROPPED_OUT("client-dropped-out"),
  /** The client could no longer be reached. */
  CLIENT_UNREACHABLE("client-unreachable"),
  /** The client declined the service after all. */
  CLIENT_DECLINED("client-declined"),
  /** The client died. */
  CLIENT_DIED("client-died");

  private final String code;

  FailureReason(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
