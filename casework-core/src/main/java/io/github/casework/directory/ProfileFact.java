package io.github.casework.directory;

/**
 * A kind of fact in a {@link ClientProfile}, as an eligibility rule reads it and a gap finding names it. Some are
 * special-category data under the GDPR (art. 9: data concerning health, which includes an addiction, a psychiatric
 * condition and a pregnancy): {@link #isSpecialCategory()} says which, and texts for people name those facts only
 * as "a special-category fact", never which one. Each value has a stable lower-case {@link #code()}.
 */
public enum ProfileFact {
  /** The client's age in years. */
  AGE("age", false),
  /** The household situation. */
  HOUSEHOLD("household", false),
  /** Whether the client is pregnant: data concerning health (GDPR art. 9). */
  PREGNANCY("pregnant", true),
  /** The income band. */
  INCOME("income", false),
  /** Whether the client has a registered address in the BRP (the municipal personal records database). */
  REGISTERED_ADDRESS("registered-address", false),
  /** The area (wijk) the client lives in. */
  AREA("area", false),
  /** Whether the client has health insurance (zorgverzekering). */
  INSURANCE("insured", false),
  /** Whether the client has a job. */
  EMPLOYMENT("employed", false),
  /** Whether an addiction is present: data concerning health (GDPR art. 9). */
  ADDICTION("addiction", true),
  /** Whether a psychiatric condition is present: data concerning health (GDPR art. 9). */
  PSYCHIATRIC_CONDITION("psychiatric-condition", true);

  private final String code;
  private final boolean specialCategory;

  ProfileFact(String code, boolean specialCategory) {
    this.code = code;
    this.specialCategory = specialCategory;
  }

  /** {@return the stable lower-case code, the word the rule language uses for it, such as {@code employed}} */
  public String code() {
    return code;
  }

  /** {@return true for special-category data under GDPR art. 9 (health: pregnancy, addiction, psychiatric)} */
  public boolean isSpecialCategory() {
    return specialCategory;
  }

  /**
   * Returns the fact with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the fact
   * @throws io.github.casework.InvalidValueException with {@link DirectoryCodes#UNKNOWN_CODE} if no fact has it
   */
  public static ProfileFact ofCode(String code) {
    return CodeLookup.of(values(), ProfileFact::code, "ProfileFact.code", code);
  }
}
