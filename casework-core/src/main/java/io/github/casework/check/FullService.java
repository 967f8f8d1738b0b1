package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
import java.util.Optional;

/**
 * An eligible service without room, as a {@link Facts.CapacityGap} names it: the agency, the service's code, its
 * status (active or temporarily closed) and its waiting-list band where it reported one (none for counted places
 * that are all taken). Immutable and thread-safe.
 *
 * @param agency the agency of the service, not null
 * @param service the service's code, not null
 * @param status whether it is active or temporarily closed, not null
 * @param waitlist its waiting-list band, if it reported one, not null
 */
public record FullService(AgencyRef agency, String service, ServiceStatus status, Optional<WaitlistBand> waitlist) {
  /**
   * Validates the components.
   *
   * @param agency the agency of the service, not null
   * @param service the service's code, not null
   * @param status its status, not null
   * @param waitlist its waiting-list band, if any, not null
   */
  public FullService {
    requireNonNull(agency, "agency");
    requireNonNull(service, "service");
    requireNonNull(status, "status");
    requireNonNull(waitlist, "waitlist");
  }
}
