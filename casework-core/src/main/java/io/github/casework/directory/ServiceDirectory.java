package io.github.casework.directory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A service directory (sociale kaart) with eligibility and capacity: the agencies with their catalogues
 * ({@link Agency}, {@link AgencyService}) and a {@link ServiceListing} for each service it lists, saying where,
 * for whom and with how much room. It extends what an agency directory holds; a service of an agency that has no
 * listing is not in the directory (the gap check does not consider it).
 *
 * <p>Invariants: agency ids are distinct; each listing names a listed agency and a service that agency offers;
 * no service is listed twice. Order is kept as given. Immutable and thread-safe.
 *
 * @param agencies the agencies, not null
 * @param listings the listed services, not null
 */
public record ServiceDirectory(ImmutableList<Agency> agencies, ImmutableList<ServiceListing> listings) {
  private static final ServiceDirectory EMPTY = new ServiceDirectory(ImmutableList.of(), ImmutableList.of());

  /**
   * Validates the components.
   *
   * @param agencies the agencies, not null
   * @param listings the listed services, not null
   * @throws InvalidValueException with {@link DirectoryCodes#DUPLICATE} if an agency or a listing repeats, or
   *     {@link DirectoryCodes#UNKNOWN_SERVICE} if a listing names an agency or service the directory does not hold
   */
  public ServiceDirectory {
    requireNonNull(agencies, "agencies");
    requireNonNull(listings, "listings");
    Map<AgencyId, Agency> byId = new HashMap<>();
    for (Agency a : agencies) {
      if (byId.put(a.id(), a) != null) {
        throw new InvalidValueException(DirectoryCodes.DUPLICATE, "ServiceDirectory.agencies",
            "agency " + a.id() + " is listed twice");
      }
    }
    Set<String> seen = new HashSet<>();
    for (ServiceListing l : listings) {
      Agency a = byId.get(l.agency());
      if (a == null || a.service(l.service()).isEmpty()) {
        throw new InvalidValueException(DirectoryCodes.UNKNOWN_SERVICE, "ServiceDirectory.listings",
            "a listing names agency " + l.agency() + " or one of its services, which the directory does not hold");
      }
      if (!seen.add(l.agency().value() + "/" + l.service())) {
        throw new InvalidValueException(DirectoryCodes.DUPLICATE, "ServiceDirectory.listings",
            "a service of agency " + l.agency() + " is listed twice");
      }
    }
  }

  /** {@return the directory without agencies} */
  public static ServiceDirectory empty() {
    return EMPTY;
  }

  /**
   * Returns a directory.
   *
   * @param agencies the agencies, not null
   * @param listings the listed services, not null
   * @return the directory
   * @throws InvalidValueException if an id repeats or a listing names what the directory does not hold
   */
  public static ServiceDirectory of(Collection<Agency> agencies, Collection<ServiceListing> listings) {
    return new ServiceDirectory(ImmutableList.copyOf(agencies), ImmutableList.copyOf(listings));
  }

  /**
   * Returns the directory of today's agency catalogues: every service of every agency listed as
   * {@link ServiceListing#open open} (active, every area, everyone, no reported capacity).
   *
   * @param agencies the agencies, not null
   * @return the directory
   * @throws InvalidValueException if an agency id repeats
   */
  public static ServiceDirectory openTo(Collection<Agency> agencies) {
    List<ServiceListing> listings = new ArrayList<>();
    for (Agency a : agencies) {
      a.services().forEach(s -> listings.add(ServiceListing.open(a.id(), s.code())));
    }
    return of(agencies, listings);
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
   * Returns the listing of a service.
   *
   * @param agency the agency's id, not null
   * @param service the service's code, not null
   * @return the listing, or empty if not listed
   */
  public Optional<ServiceListing> listing(AgencyId agency, String service) {
    requireNonNull(agency, "agency");
    requireNonNull(service, "service");
    return listings.stream().filter(l -> l.agency().equals(agency) && l.service().equals(service)).findFirst();
  }

  /**
   * Returns the catalogue entry of a listing.
   *
   * @param listing a listing of this directory, not null
   * @return its service
   * @throws InvalidValueException with {@link DirectoryCodes#UNKNOWN_SERVICE} if the listing is not of this
   *     directory
   */
  public AgencyService serviceOf(ServiceListing listing) {
    return agency(listing.agency()).flatMap(a -> a.service(listing.service()))
        .orElseThrow(() -> new InvalidValueException(DirectoryCodes.UNKNOWN_SERVICE, "ServiceDirectory.listing",
            "names a service the directory does not hold"));
  }

  /**
   * Returns a copy with one listing replaced (same agency and service).
   *
   * @param listing the new listing, of a service already listed, not null
   * @return the directory
   * @throws InvalidValueException with {@link DirectoryCodes#UNKNOWN_SERVICE} if the service is not listed
   */
  public ServiceDirectory withListing(ServiceListing listing) {
    requireNonNull(listing, "listing");
    ImmutableList.Builder<ServiceListing> out = ImmutableList.builder();
    boolean found = false;
    for (ServiceListing l : listings) {
      boolean same = l.agency().equals(listing.agency()) && l.service().equals(listing.service());
      found |= same;
      out.add(same ? listing : l);
    }
    if (!found) {
      throw new InvalidValueException(DirectoryCodes.UNKNOWN_SERVICE, "ServiceDirectory.listing",
          "names a service the directory does not list");
    }
    return new ServiceDirectory(agencies, out.build());
  }
}
