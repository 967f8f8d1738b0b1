package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import io.github.casework.party.Agency;
import java.util.Optional;

/**
 * An agency as a {@link Finding} names it: its id and, when the caseload knows the agency, its name, so that a
 * finding can be rendered without the caseload it came from. An agency name is not personal data. Immutable and
 * thread-safe.
 *
 * @param id the agency's id, not null
 * @param name the agency's name, if the caseload lists the agency; not blank when present, not null
 */
public record AgencyRef(AgencyId id, Optional<String> name) implements Comparable<AgencyRef> {

  /**
   * Validates the components.
   *
   * @param id the agency's id, not null
   * @param name the agency's name, if known; not blank when present, not null
   * @throws InvalidValueException if the name is blank
   */
  public AgencyRef {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    if (name.isPresent() && name.get().isBlank()) {
      throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "AgencyRef.name", "must not be blank");
    }
  }

  /**
   * Returns a reference to a listed agency.
   *
   * @param agency the agency, not null
   * @return its id and name
   */
  public static AgencyRef of(Agency agency) {
    return new AgencyRef(agency.id(), Optional.of(agency.name()));
  }

  /**
   * Returns a reference to an agency the caseload does not list.
   *
   * @param id the agency's id, not null
   * @return the id without a name
   */
  public static AgencyRef unlisted(AgencyId id) {
    return new AgencyRef(id, Optional.empty());
  }

  /** Orders by id, then by name (an unnamed reference first). */
  @Override
  public int compareTo(AgencyRef other) {
    int byId = id.compareTo(other.id);
    return byId != 0 ? byId : name.orElse("").compareTo(other.name.orElse(""));
  }
}
