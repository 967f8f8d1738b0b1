package io.github.casework.privacy;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.AgencyId;
import io.github.casework.party.Role;

/**
 * Who answers for a referred need on the referrer's side, as another agency may see it: the role and agency of
 * the accountable professional, not the person. Immutable and thread-safe.
 *
 * @param role the accountable professional's role, not null
 * @param agency the agency the accountable professional works for, not null
 */
public record Accountable(Role role, AgencyId agency) {

  /**
   * Validates the components.
   *
   * @param role the role, not null
   * @param agency the agency, not null
   */
  public Accountable {
    requireNonNull(role, "role");
    requireNonNull(agency, "agency");
  }
}
