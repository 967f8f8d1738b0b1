package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A directory of agencies, the services they offer and the professionals who work there (a local "sociale
 * kaart"): the content of an {@link DocumentKind#AGENCY_DIRECTORY agency-directory document}, which vendors exchange
 * so that referrals and escalations can name agencies, services and professionals by id.
 *
 * <p>Invariants: agency ids are distinct; professional ids are distinct; every professional works for an agency
 * in the directory. Order is kept as given. Immutable and thread-safe.
 *
 * @param agencies the agencies, not null
 * @param professionals the professionals, not null
 */
public record AgencyDirectory(ImmutableList<Agency> agencies, ImmutableList<Professional> professionals) {

  /**
   * Validates the components.
   *
   * @param agencies the agencies, not null
   * @param professionals the professionals, not null
   * @throws InvalidValueException with {@link JsonCodes#DIRECTORY_DUPLICATE_AGENCY} or
   *     {@link JsonCodes#DIRECTORY_DUPLICATE_PROFESSIONAL} if an id repeats
   * @throws InvalidValueException with {@link JsonCodes#DIRECTORY_UNKNOWN_AGENCY} if a professional's agency is
   *     not listed
   */
  public AgencyDirectory {
    requireNonNull(agencies, "agencies");
    requireNonNull(professionals, "professionals");
    Set<AgencyId> agencyIds = new HashSet<>();
    for (Agency a : agencies) {
      if (!agencyIds.add(a.id())) {
        throw new InvalidValueException(JsonCodes.DIRECTORY_DUPLICATE_AGENCY, "AgencyDirectory.agencies",
            "agency " + a.id() + " is listed twice");
      }
    }
    Set<ProfessionalId> professionalIds = new HashSet<>();
    for (Professional p : professionals) {
      if (!professionalIds.add(p.id())) {
        throw new InvalidValueException(JsonCodes.DIRECTORY_DUPLICATE_PROFESSIONAL, "AgencyDirectory.professionals",
            "professional " + p.id() + " is listed twice");
      }
      if (!agencyIds.contains(p.agency())) {
        throw new InvalidValueException(JsonCodes.DIRECTORY_UNKNOWN_AGENCY, "AgencyDirectory.professionals",
            "professional " + p.id() + " works for agency " + p.agency() + ", which is not in the directory");
      }
    }
  }

  /**
   * Returns a directory.
   *
   * @param agencies the agencies, not null
   * @param professionals the professionals, not null
   * @return the directory
   * @throws InvalidValueException if an id repeats or a professional's agency is not listed
   */
  public static AgencyDirectory of(Collection<Agency> agencies, Collection<Professional> professionals) {
    return new AgencyDirectory(ImmutableList.copyOf(agencies), ImmutableList.copyOf(professionals));
  }

  /**
   * Returns an agency of the directory.
   *
   * @param id the agency's id, not null
   * @return the agency, or empty if not listed
   */
  public Optional<Agency> agency(AgencyId id) {
    requireNonNull(id, "id");
    return agencies.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Returns a professional of the directory.
   *
   * @param id the professional's id, not null
   * @return the professional, or empty if not listed
   */
  public Optional<Professional> professional(ProfessionalId id) {
    requireNonNull(id, "id");
    return professionals.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
