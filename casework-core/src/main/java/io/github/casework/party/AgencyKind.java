package io.github.casework.party;

/** The kind of organisation an agency is. Each has a stable lower-case {@link #code()}. */
public enum AgencyKind {
  /** A welfare organisation (welzijnsinstelling) employing social and community workers. */
  WELFARE("welfare"),
  /** Debt assistance (schuldhulpverlening). */
  DEBT_SERVICES("debt-services"),
  /** The income and benefits service (Dienst Werk en Inkomen, Sociale Dienst). */
  INCOME_SERVICE("income-service"),
  /** The municipal housing service (Dienst Wonen). */
  HOUSING_SERVICE("housing-service"),
  /** Shelter and help for the unhoused (HVO, nachtopvang). */
  SHELTER("shelter"),
  /** A clinic, e.g. for addiction care and detox. */
  CLINIC("clinic"),
  /** Mental health care (GGZ). */
  MENTAL_HEALTH_CARE("mental-health-care"),
  /** A housing corporation (woningcorporatie). */
  HOUSING_CORPORATION("housing-corporation"),
  /** The municipality or city district (gemeente, stadsdeel) as policy maker and funder. */
  MUNICIPALITY("municipality");

  private final String code;

  AgencyKind(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
