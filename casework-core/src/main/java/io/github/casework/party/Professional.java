package io.github.casework.party;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;

/**
 * A professional working in a role at an agency. Known by id only; a professional's name is personal data and
 * is kept by the host system. Immutable and thread-safe.
 *
 * @param id the professional's id, not null
 * @param agency the agency they work for, not null
 * @param role their role there, not null
 */
public record Professional(ProfessionalId id, AgencyId agency, Role role) {

  /**
   * Validates the components.
   *
   * @param id the professional's id, not null
   * @param agency the agency they work for, not null
   * @param role their role there, not null
   */
  public Professional {
    requireNonNull(id, "id");
    requireNonNull(agency, "agency");
    requireNonNull(role, "role");
  }
}
