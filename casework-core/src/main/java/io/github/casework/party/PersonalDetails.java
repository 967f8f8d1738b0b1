package io.github.casework.party;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.id.ClientId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The personal details of a client: name, date of birth, address and BSN. Kept apart from the aggregates, which
 * know the client only by {@link ClientId}. {@link #toString()} shows the client id and which details are
 * present, never their values, so these details cannot leak into logs or messages by accident. Immutable and
 * thread-safe.
 *
 * @param client the client these details belong to, not null
 * @param name the full name, not blank, at most 200 characters
 * @param dateOfBirth the date of birth, if known, not null
 * @param address the address, if known, not null
 * @param bsn the citizen service number, if known, not null
 */
public record PersonalDetails(ClientId client, String name, Optional<LocalDate> dateOfBirth,
    Optional<Address> address, Optional<Bsn> bsn) {

  /**
   * Validates the components.
   *
   * @param client the client these details belong to, not null
   * @param name the full name, not blank, at most 200 characters
   * @param dateOfBirth the date of birth, if known, not null
   * @param address the address, if known, not null
   * @param bsn the citizen service number, if known, not null
   * @throws InvalidValueException if the name is blank or too long
   */
  public PersonalDetails {
    requireNonNull(client, "client");
    requireNonNull(name, "name");
    requireNonNull(dateOfBirth, "dateOfBirth");
    requireNonNull(address, "address");
    requireNonNull(bsn, "bsn");
    if (name.isBlank()) {
      throw new InvalidValueException(PartyCodes.NAME_BLANK, "PersonalDetails.name", "must not be blank");
    }
    if (name.length() > 200) {
      throw new InvalidValueException(PartyCodes.NAME_TOO_LONG, "PersonalDetails.name",
          "must be at most 200 characters");
    }
  }

  /** Shows the client id and which details are present, never their values. */
  @Override
  public String toString() {
    return "PersonalDetails[client=" + client + ", name=<redacted>"
        + (dateOfBirth.isPresent() ? ", dateOfBirth=<redacted>" : "")
        + (address.isPresent() ? ", address=<redacted>" : "")
        + (bsn.isPresent() ? ", bsn=<redacted>" : "") + "]";
  }
}
