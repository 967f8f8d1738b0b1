package io.github.casework.directory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.id.AgencyId;
import io.github.casework.signal.Area;
import java.util.Collection;
import java.util.Optional;

/**
 * One service of an agency as the directory lists it (an HSDS service with its service areas and capacity): which
 * agency and service of its catalogue, the areas it serves (empty: every area), whether it takes clients, who is
 * eligible, and how much room it has. The life domains are those of the agency's
 * {@link io.github.casework.party.AgencyService}. Immutable and thread-safe.
 *
 * @param agency the agency that offers it, not null
 * @param service the code of the service in the agency's catalogue, not null
 * @param areas the areas it serves; empty for every area, not null
 * @param status whether it takes clients, not null
 * @param eligibility who is eligible, not null
 * @param capacity the room it last reported, if any, not null
 */
public record ServiceListing(AgencyId agency, String service, ImmutableSortedSet<Area> areas, ServiceStatus status,
    Eligibility eligibility, Optional<ServiceCapacity> capacity) {

  /**
   * Validates the components.
   *
   * @param agency the agency that offers it, not null
   * @param service the code of the service in the agency's catalogue, not null
   * @param areas the areas it serves; empty for every area, not null
   * @param status whether it takes clients, not null
   * @param eligibility who is eligible, not null
   * @param capacity the room it last reported, if any, not null
   */
  public ServiceListing {
    requireNonNull(agency, "agency");
    requireNonNull(service, "service");
    requireNonNull(areas, "areas");
    requireNonNull(status, "status");
    requireNonNull(eligibility, "eligibility");
    requireNonNull(capacity, "capacity");
  }

  /**
   * Returns an active listing for every area, open to everyone, without reported capacity.
   *
   * @param agency the agency, not null
   * @param service the service's code, not null
   * @return the listing
   */
  public static ServiceListing open(AgencyId agency, String service) {
    return new ServiceListing(agency, service, ImmutableSortedSet.of(), ServiceStatus.ACTIVE,
        Eligibility.everyone(), Optional.empty());
  }

  /**
   * Returns a copy with another rule.
   *
   * @param rule the rule, not null
   * @return the listing; this instance if unchanged
   */
  public ServiceListing withEligibility(Eligibility rule) {
    return rule.equals(eligibility) ? this : new ServiceListing(agency, service, areas, status, rule, capacity);
  }

  /**
   * Returns a copy with another capacity.
   *
   * @param room the capacity, not null
   * @return the listing; this instance if unchanged
   */
  public ServiceListing withCapacity(ServiceCapacity room) {
    return capacity.equals(Optional.of(room)) ? this
        : new ServiceListing(agency, service, areas, status, eligibility, Optional.of(room));
  }

  /**
   * Returns a copy with another status.
   *
   * @param value the status, not null
   * @return the listing; this instance if unchanged
   */
  public ServiceListing withStatus(ServiceStatus value) {
    return value == status ? this : new ServiceListing(agency, service, areas, value, eligibility, capacity);
  }

  /**
   * Returns a copy that serves only some areas.
   *
   * @param served the areas, empty for every area, not null
   * @return the listing; this instance if unchanged
   */
  public ServiceListing withAreas(Collection<Area> served) {
    ImmutableSortedSet<Area> set = ImmutableSortedSet.copyOf(served);
    return set.equals(areas) ? this : new ServiceListing(agency, service, set, status, eligibility, capacity);
  }

  /** {@return true if the service has room: active, and no reported capacity or one with room} */
  public boolean hasRoom() {
    return status == ServiceStatus.ACTIVE && capacity.map(ServiceCapacity::hasRoom).orElse(true);
  }
}
