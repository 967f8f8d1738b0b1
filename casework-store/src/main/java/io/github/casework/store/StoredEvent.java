package io.github.casework.store;

import static java.util.Objects.requireNonNull;

import io.github.casework.CaseworkEvent;
import io.github.casework.id.AggregateId;

/**
 * An event as the store holds it: its position in the global feed and its version in its stream. Immutable and
 * thread-safe.
 *
 * @param position the position in the global feed, at least 1; feed order is commit order
 * @param version the version of the event's stream after it, at least 1
 * @param event the event
 */
public record StoredEvent(long position, long version, CaseworkEvent event) {
  /**
   * Validates the components.
   *
   * @param position the feed position, at least 1
   * @param version the stream version, at least 1
   * @param event the event, not null
   * @throws IllegalArgumentException if a number is less than 1, which only a store's bug can bring about
   */
  public StoredEvent {
    requireNonNull(event, "event");
    if (position < 1 || version < 1) {
      throw new IllegalArgumentException("bug: position and version start at 1");
    }
  }

  /** {@return the aggregate whose stream holds the event} */
  public AggregateId stream() {
    return event.aggregateId();
  }
}
