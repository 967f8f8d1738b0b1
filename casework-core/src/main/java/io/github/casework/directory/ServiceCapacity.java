package io.github.casework.directory;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import java.time.Instant;

/**
 * How much room a service has, as last reported: a count of places (available of a maximum), or a waiting-list
 * band. A service without a reported capacity is taken to have room. Immutable and thread-safe.
 */
public sealed interface ServiceCapacity {

  /** {@return when the service last reported it} */
  Instant updatedAt();

  /** {@return true if a new client can be taken on now} */
  boolean hasRoom();

  /**
   * Counted places: {@code available} of {@code maximum} are free.
   *
   * @param available free places, 0 to {@code maximum}
   * @param maximum all places, at least 1
   * @param updatedAt when it was reported, not null
   */
  record Places(int available, int maximum, Instant updatedAt) implements ServiceCapacity {
    /**
     * Validates the counts.
     *
     * @param available free places, 0 to {@code maximum}
     * @param maximum all places, at least 1
     * @param updatedAt when it was reported, not null
     * @throws InvalidValueException with {@link DirectoryCodes#CAPACITY_INVALID} if a count breaks its rule
     */
    public Places {
      requireNonNull(updatedAt, "updatedAt");
      if (maximum < 1 || available < 0 || available > maximum) {
        throw new InvalidValueException(DirectoryCodes.CAPACITY_INVALID, "ServiceCapacity.Places",
            "a service has at least one place and 0 to that many available");
      }
    }

    @Override
    public boolean hasRoom() {
      return available > 0;
    }
  }

  /**
   * A waiting list: how long a new client waits.
   *
   * @param band the band of the wait, not null
   * @param updatedAt when it was reported, not null
   */
  record Waitlist(WaitlistBand band, Instant updatedAt) implements ServiceCapacity {
    /**
     * Validates the components.
     *
     * @param band the band of the wait, not null
     * @param updatedAt when it was reported, not null
     */
    public Waitlist {
      requireNonNull(band, "band");
      requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public boolean hasRoom() {
      return !band.isWaiting();
    }
  }
}
