package io.github.casework.earlywarning;

/**
 * The part of the day a contact attempt was made (dagdeel), as the DDAS Uitwisselmodel v1.2 of VNG Realisatie lists them
 * (EnumDagdeel). Each has a stable lower-case {@link #code()}.
 */
public enum PartOfDay {
  /** Morning. */
  MORNING("morning"),
  /** Afternoon. */
  AFTERNOON("afternoon"),
  /** Evening. */
  EVENING("evening");

  private final String code;

  PartOfDay(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
