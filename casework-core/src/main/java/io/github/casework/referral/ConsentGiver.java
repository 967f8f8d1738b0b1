package io.github.casework.referral;

/** Who gave consent to share a client's data. Each has a stable lower-case {@link #code()}. */
public enum ConsentGiver {
  /** The client personally. */
  CLIENT("client"),
  /** The client's legal representative (guardian, curator or mentor). */
  LEGAL_REPRESENTATIVE("legal-representative");

  private final String code;

  ConsentGiver(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
