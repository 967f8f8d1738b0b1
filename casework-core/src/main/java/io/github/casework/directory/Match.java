package io.github.casework.directory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import java.util.Optional;

/**
 * What the directory offers a client for a need in one life domain ({@link ServiceMatcher#match}): services that
 * may take the client now, eligible services that are all full (a capacity gap), or none that the client is
 * eligible for (a regulatory gap: the client falls outside every rule). A service whose rule depends on an unknown
 * fact counts as one that may take the client. Immutable and thread-safe.
 */
public sealed interface Match {

  /** {@return the verdict this match gives} */
  Verdict verdict();

  /**
   * Services that may take the client now.
   *
   * @param services the eligible (or possibly eligible) services with room, at least one, in directory order
   */
  record Available(ImmutableList<ServiceListing> services) implements Match {
    /**
     * Validates the services.
     *
     * @param services at least one, not null
     * @throws InvalidValueException if empty
     */
    public Available {
      requireNonNull(services, "services");
      if (services.isEmpty()) {
        throw new InvalidValueException(DirectoryCodes.RULE_EMPTY_LIST, "Match.Available.services",
            "at least one service is available");
      }
    }

    @Override
    public Verdict verdict() {
      return Verdict.AVAILABLE;
    }
  }

  /**
   * The client is eligible for some services, but none has room (full, waiting list, temporarily closed).
   *
   * @param services the eligible services, at least one, in directory order
   */
  record CapacityGap(ImmutableList<ServiceListing> services) implements Match {
    /**
     * Validates the services.
     *
     * @param services at least one, not null
     * @throws InvalidValueException if empty
     */
    public CapacityGap {
      requireNonNull(services, "services");
      if (services.isEmpty()) {
        throw new InvalidValueException(DirectoryCodes.RULE_EMPTY_LIST, "Match.CapacityGap.services",
            "a capacity gap has at least one eligible service");
      }
    }

    @Override
    public Verdict verdict() {
      return Verdict.CAPACITY_GAP;
    }
  }

  /**
   * No service of the domain in the client's area admits the client: each rule excludes, or there is no service.
   *
   * @param exclusions why each candidate service excludes the client, in directory order; empty if the directory
   *     lists no service of the domain for the area, not null
   */
  record RegulatoryGap(ImmutableList<Exclusion> exclusions) implements Match {
    /**
     * Validates the exclusions.
     *
     * @param exclusions why each candidate excludes the client, not null
     */
    public RegulatoryGap {
      requireNonNull(exclusions, "exclusions");
    }

    /** {@return the exclusion that is narrowest (see {@link Exclusion#NARROWEST_FIRST}); empty if none} */
    public Optional<Exclusion> narrowest() {
      return exclusions.stream().min(Exclusion.NARROWEST_FIRST);
    }

    @Override
    public Verdict verdict() {
      return Verdict.REGULATORY_GAP;
    }
  }
}
