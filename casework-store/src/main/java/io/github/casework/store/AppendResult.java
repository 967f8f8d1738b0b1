package io.github.casework.store;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.AggregateId;

/**
 * What an append stored: the stream's version after it and the feed positions its events got, which are
 * consecutive. A retried append with the same message id returns a result equal to the first. Immutable and
 * thread-safe.
 *
 * @param stream the aggregate whose stream was appended to
 * @param version the stream's version after the append: the version of its last event
 * @param firstPosition the feed position of the first event, at least 1
 * @param lastPosition the feed position of the last event, at least {@code firstPosition}
 */
public record AppendResult(AggregateId stream, long version, long firstPosition, long lastPosition) {
  /**
   * Validates the components.
   *
   * @param stream the aggregate, not null
   * @param version the version after the append, at least the number of events
   * @param firstPosition the first event's position, at least 1
   * @param lastPosition the last event's position, at least {@code firstPosition}
   * @throws IllegalArgumentException if the numbers are out of range, which only a store's bug can bring about
   */
  public AppendResult {
    requireNonNull(stream, "stream");
    if (firstPosition < 1 || lastPosition < firstPosition || version < lastPosition - firstPosition + 1) {
      throw new IllegalArgumentException("bug: positions or version out of range");
    }
  }

  /** {@return the number of events the append stored} */
  public long eventCount() {
    return lastPosition - firstPosition + 1;
  }
}
