package io.github.casework.party;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation that helps clients: a welfare organisation, the housing service, a clinic. It has a kind and
 * a catalogue of services with distinct codes. An agency's name is public information, not personal data.
 * Immutable and thread-safe.
 *
 * @param id the agency's id, not null
 * @param name its display name, 1 to 200 characters, not blank
 * @param kind what kind of organisation it is, not null
 * @param services the services it offers, with distinct codes, not null
 */
public record Agency(AgencyId id, String name, AgencyKind kind, ImmutableList<AgencyService> services) {

  /**
   * Validates the components.
   *
   * @param id the agency's id, not null
   * @param name its display name, 1 to 200 characters, not blank
   * @param kind what kind of organisation it is, not null
   * @param services the services it offers, with distinct codes, not null
   * @throws InvalidValueException if the name is blank or too long, or two services share a code
   */
  public Agency {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(services, "services");
    checkName("Agency.name", name);
    Set<String> codes = new HashSet<>();
    for (AgencyService s : services) {
      if (!codes.add(s.code())) {
        throw new InvalidValueException(
            PartyCodes.AGENCY_DUPLICATE_SERVICE, "Agency.services", "service codes must be distinct within an agency");
      }
    }
  }

  /**
   * Returns an agency.
   *
   * @param id the id, not null
   * @param name the display name, not null
   * @param kind the kind, not null
   * @param services the services, not null
   * @return the agency
   * @throws InvalidValueException if a component breaks its rule
   */
  public static Agency of(AgencyId id, String name, AgencyKind kind, Collection<AgencyService> services) {
    return new Agency(id, name, kind, ImmutableList.copyOf(services));
  }

  /**
   * Returns the service with this code.
   *
   * @param code the service code, not null
   * @return the service, or empty if the agency does not offer it
   */
  public Optional<AgencyService> service(String code) {
    requireNonNull(code, "code");
    return services.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  static void checkName(String field, String name) {
    if (name.isBlank()) {
      throw new InvalidValueException(PartyCodes.NAME_BLANK, field, "must not be blank");
    }
    if (name.length() > 200) {
      throw new InvalidValueException(PartyCodes.NAME_TOO_LONG, field, "must be at most 200 characters");
    }
  }
}
