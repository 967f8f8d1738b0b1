package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.party.Bsn;
import java.util.Optional;

/**
 * Whom an early signal is about, as the signalling partner identifies the resident: by citizen service number, or,
 * where the partner has none, by postcode and house number. Two signals with equal residents are of one household
 * (the check's bundling rule). This is personal data, kept as {@link io.github.casework.party.PersonalDetails} is:
 * {@code toString()} says which kind of identifier is present, never its value, and no exception message carries
 * it. The date of birth and sex the DDAS delivery allows beside an address are deliberately not kept (data
 * minimisation: matching needs neither). Implementations are records: immutable and thread-safe.
 */
public sealed interface Resident {

  /**
   * Identifies a resident by citizen service number.
   *
   * @param bsn the number, not null
   * @return the resident
   */
  static Resident of(Bsn bsn) {
    return new ByBsn(bsn);
  }

  /**
   * Identifies a resident by address.
   *
   * @param postcode a Dutch postcode such as {@code 1102AB}, not null
   * @param houseNumber the house number, 1 to 99999
   * @param addition the house number addition, 1 to 4 letters or digits, if any, not null
   * @return the resident
   * @throws InvalidValueException if a part breaks its rule
   */
  static Resident atAddress(String postcode, int houseNumber, Optional<String> addition) {
    return new ByAddress(postcode, houseNumber, addition);
  }

  /**
   * A resident identified by citizen service number.
   *
   * @param bsn the number, not null
   */
  record ByBsn(Bsn bsn) implements Resident {
    /**
     * Validates the component.
     *
     * @param bsn the number, not null
     */
    public ByBsn {
      requireNonNull(bsn, "bsn");
    }

    /** Says a BSN is present, never its value. */
    @Override
    public String toString() {
      return "Resident[bsn=<redacted>]";
    }
  }

  /**
   * A resident identified by address: a Dutch postcode (four digits, the first not 0, and two capital letters), a
   * house number and an optional addition.
   *
   * @param postcode the postcode, not null
   * @param houseNumber the house number, 1 to 99999
   * @param addition the addition, 1 to 4 ASCII letters or digits, if any, not null
   */
  record ByAddress(String postcode, int houseNumber, Optional<String> addition) implements Resident {
    /**
     * Validates the components.
     *
     * @param postcode the postcode, not null
     * @param houseNumber the house number, 1 to 99999
     * @param addition the addition, if any, not null
     * @throws InvalidValueException if a part breaks its rule
     */
    public ByAddress {
      requireNonNull(postcode, "postcode");
      requireNonNull(addition, "addition");
      if (!postcode.matches("[1-9][0-9]{3}[A-Z]{2}")) {
        throw new InvalidValueException(EarlyWarningCodes.POSTCODE_INVALID, "Resident.postcode",
            "must be four digits, the first not 0, followed by two capital letters");
      }
      if (houseNumber < 1 || houseNumber > 99_999) {
        throw new InvalidValueException(EarlyWarningCodes.HOUSE_NUMBER_OUT_OF_RANGE, "Resident.houseNumber",
            "must be 1 to 99999");
      }
      if (addition.isPresent() && !addition.get().matches("[A-Za-z0-9]{1,4}")) {
        throw new InvalidValueException(EarlyWarningCodes.HOUSE_NUMBER_ADDITION_INVALID, "Resident.addition",
            "must be 1 to 4 letters or digits");
      }
    }

    /** Says an address is present, never its value. */
    @Override
    public String toString() {
      return "Resident[address=<redacted>]";
    }
  }
}
