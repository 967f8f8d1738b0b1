package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import io.github.casework.party.Role;

/**
 * Whom a signal is addressed to: a manager role at an agency, usually the raisers' own organisation. A signal is
 * addressed to a role rather than a person, so it survives a change of manager. Immutable and thread-safe.
 *
 * @param agency the agency, not null
 * @param role {@link Role#TEAM_LEAD} or {@link Role#MANAGER}
 */
public record Addressee(AgencyId agency, Role role) {

  /**
   * Validates the components.
   *
   * @param agency the agency, not null
   * @param role {@link Role#TEAM_LEAD} or {@link Role#MANAGER}
   * @throws InvalidValueException if the role is not a manager role
   */
  public Addressee {
    requireNonNull(agency, "agency");
    requireNonNull(role, "role");
    if (role != Role.TEAM_LEAD && role != Role.MANAGER) {
      throw new InvalidValueException(SignalCodes.ADDRESSEE_NOT_A_MANAGER, "Addressee.role",
          "a signal is addressed to a manager role (team lead or manager)");
    }
  }

  /**
   * Returns an addressee.
   *
   * @param agency the agency, not null
   * @param role a manager role, not null
   * @return the addressee
   * @throws InvalidValueException if the role is not a manager role
   */
  public static Addressee of(AgencyId agency, Role role) {
    return new Addressee(agency, role);
  }
}
