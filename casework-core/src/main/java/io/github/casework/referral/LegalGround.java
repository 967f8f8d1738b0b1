package io.github.casework.referral;

/**
 * A ground of the GDPR (article 6(1)) other than consent on which personal data may be shared without the
 * client's consent. Each has a stable lower-case {@link #code()}.
 */
public enum LegalGround {
  /** Sharing is required by law (article 6(1)(c)). */
  LEGAL_OBLIGATION("legal-obligation"),
  /** Sharing protects the client's or another person's vital interests (article 6(1)(d)). */
  VITAL_INTERESTS("vital-interests"),
  /** Sharing is necessary for a task in the public interest (article 6(1)(e)). */
  PUBLIC_TASK("public-task");

  private final String code;

  LegalGround(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
