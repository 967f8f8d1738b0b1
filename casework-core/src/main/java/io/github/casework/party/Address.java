package io.github.casework.party;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;

/**
 * A postal address. Personal data: {@link #toString()} is redacted. Immutable and thread-safe.
 *
 * @param street the street, not blank, at most 200 characters
 * @param houseNumber the house number with any addition, not blank, at most 20 characters
 * @param postalCode the postal code, not blank, at most 20 characters
 * @param city the city, not blank, at most 200 characters
 */
public record Address(String street, String houseNumber, String postalCode, String city) {

  /**
   * Validates the components.
   *
   * @param street the street, not blank, at most 200 characters
   * @param houseNumber the house number with any addition, not blank, at most 20 characters
   * @param postalCode the postal code, not blank, at most 20 characters
   * @param city the city, not blank, at most 200 characters
   * @throws InvalidValueException if a component is blank or too long
   */
  public Address {
    check("Address.street", street, 200);
    check("Address.houseNumber", houseNumber, 20);
    check("Address.postalCode", postalCode, 20);
    check("Address.city", city, 200);
  }

  private static void check(String field, String value, int max) {
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(PartyCodes.ADDRESS_BLANK, field, "must not be blank");
    }
    if (value.length() > max) {
      throw new InvalidValueException(PartyCodes.ADDRESS_TOO_LONG, field, "must be at most " + max + " characters");
    }
  }

  /** Returns {@code Address[redacted]}: an address is personal data. */
  @Override
  public String toString() {
    return "Address[redacted]";
  }
}
