package io.github.casework.directory;

import io.github.casework.InvalidValueException;

/**
 * A client's household situation (leefsituatie), as eligibility rules read it. Each value has a stable lower-case
 * {@link #code()} used in the rule language and the wire format.
 */
public enum HouseholdSituation {
  /** Living alone, never married or in a registered partnership, or no longer (alleenstaand). */
  SINGLE("single"),
  /** Living alone after a divorce or the end of a registered partnership (gescheiden). */
  DIVORCED("divorced"),
  /** Living with a partner, without children at home. */
  COUPLE("couple"),
  /** Living with a partner and children at home. */
  COUPLE_WITH_CHILDREN("couple-with-children"),
  /** Living alone with children at home (eenoudergezin). */
  SINGLE_PARENT("single-parent"),
  /** Living with the own parents or guardians (thuiswonend). */
  WITH_PARENTS("with-parents");

  private final String code;

  HouseholdSituation(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code, such as {@code single-parent}} */
  public String code() {
    return code;
  }

  /**
   * Returns the situation with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the situation
   * @throws InvalidValueException with {@link DirectoryCodes#UNKNOWN_CODE} if no situation has this code
   */
  public static HouseholdSituation ofCode(String code) {
    return CodeLookup.of(values(), HouseholdSituation::code, "HouseholdSituation.code", code);
  }
}
