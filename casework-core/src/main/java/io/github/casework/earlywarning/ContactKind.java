package io.github.casework.earlywarning;

/**
 * How a contact attempt (contactpoging) tried to reach the resident, as the DDAS Uitwisselmodel v1.2 of VNG Realisatie
 * lists the kinds (EnumContactsoort). Each has a stable lower-case {@link #code()}.
 */
public enum ContactKind {
  /** A phone call. */
  PHONE("phone"),
  /** A visit at home, announced or not. */
  HOME_VISIT("home-visit"),
  /** A letter. */
  LETTER("letter"),
  /** A card left at the door. */
  CARD("card"),
  /** An e-mail. */
  MAIL("mail"),
  /** An SMS or WhatsApp message. */
  TEXT_MESSAGE("text-message"),
  /** An appointment at a location. */
  APPOINTMENT_ON_SITE("appointment-on-site"),
  /** An administrative step, such as a check in the municipal records. */
  ADMINISTRATIVE("administrative"),
  /** Another kind. */
  OTHER("other");

  private final String code;

  ContactKind(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }
}
