package io.github.casework.earlywarning;

/**
 * The kind of creditor that sent an early signal (signaalpartner): the partners the Wgs (art. 2.2.1) and the
 * Besluit gemeentelijke schuldhulpverlening allow to signal arrears, as the DDAS Uitwisselmodel v1.2 of VNG Realisatie
 * lists them (EnumSignaalpartner). Each has a stable lower-case {@link #code()}; the DDAS names are the export's
 * business.
 */
public enum PartnerType {
  /** A housing corporation or other landlord: rent arrears. */
  RENT("rent"),
  /** An energy company. */
  ENERGY("energy"),
  /** A drinking-water company. */
  WATER("water"),
  /** A health insurer. */
  HEALTH_INSURANCE("health-insurance"),
  /** The CAK, for the health-insurance premium of defaulting payers. */
  CAK_HEALTH_INSURANCE("cak-health-insurance"),
  /** The CAK, for the own contribution to care. */
  CAK_OWN_CONTRIBUTION("cak-own-contribution"),
  /** A mortgage lender. */
  MORTGAGE("mortgage"),
  /** The tax authority (Belastingdienst). */
  TAX("tax"),
  /** The benefits service (Dienst Toeslagen). */
  BENEFITS("benefits"),
  /** The student-finance service (DUO). */
  STUDENT_FINANCE("student-finance"),
  /** Another partner. */
  OTHER("other");

  private final String code;

  PartnerType(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
