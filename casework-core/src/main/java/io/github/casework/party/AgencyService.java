package io.github.casework.party;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * A service an agency offers (from its catalogue, the productboek), such as night shelter or debt
 * rescheduling, and the life domains it addresses. Immutable and thread-safe.
 *
 * @param code the service's code, unique within its agency: 1 to 64 lower-case letters, digits and hyphens
 * @param name a display name, 1 to 200 characters, not blank
 * @param domains the life domains it addresses, at least one
 */
public record AgencyService(String code, String name, ImmutableSet<LifeDomain> domains) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /**
   * Validates the components.
   *
   * @param code the service's code, unique within its agency: 1 to 64 lower-case letters, digits and hyphens
   * @param name a display name, 1 to 200 characters, not blank
   * @param domains the life domains it addresses, at least one
   * @throws InvalidValueException if a component breaks its rule
   */
  public AgencyService {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(domains, "domains");
    if (!CODE.matcher(code).matches()) {
      throw new InvalidValueException(PartyCodes.SERVICE_INVALID_CODE, "AgencyService.code",
          "must be 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit");
    }
    Agency.checkName("AgencyService.name", name);
    if (domains.isEmpty()) {
      throw new InvalidValueException(
          PartyCodes.SERVICE_NO_DOMAIN, "AgencyService.domains", "a service addresses at least one life domain");
    }
  }

  /**
   * Returns a service.
   *
   * @param code the code, see the class description, not null
   * @param name the display name, not null
   * @param domains the life domains, at least one, not null
   * @return the service
   * @throws InvalidValueException if a component breaks its rule
   */
  public static AgencyService of(String code, String name, Collection<LifeDomain> domains) {
    return new AgencyService(code, name, ImmutableSet.copyOf(domains));
  }
}
