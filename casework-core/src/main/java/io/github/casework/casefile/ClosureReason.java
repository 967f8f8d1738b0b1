package io.github.casework.casefile;

/** Why a case was closed. Each has a stable lower-case {@link #code()}. */
public enum ClosureReason {
  /** The goals agreed with the client were reached. */
  GOALS_REACHED("goals-reached"),
  /** The client ended the contact. */
  CLIENT_WITHDREW("client-withdrew"),
  /** The client moved out of the agency's area. */
  CLIENT_MOVED("client-moved"),
  /** The work continues at another agency that accepted accountability. */
  TRANSFERRED("transferred"),
  /** The client could not be reached for the agency's stated period. */
  CLIENT_UNREACHABLE("client-unreachable"),
  /** The client died. */
  CLIENT_DIED("client-died");

  private final String code;

  ClosureReason(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
