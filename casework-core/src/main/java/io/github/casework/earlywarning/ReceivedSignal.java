package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An early signal as an {@link OutreachCase} holds it: the signal and when the municipality received it, from which
 * its first-attempt norm counts. Immutable and thread-safe.
 *
 * @param signal the signal, not null
 * @param receivedAt when it was received, not null
 */
public record ReceivedSignal(EarlySignal signal, Instant receivedAt) {
  /**
   * Validates the components.
   *
   * @param signal the signal, not null
   * @param receivedAt when it was received, not null
   */
  public ReceivedSignal {
    requireNonNull(signal, "signal");
    requireNonNull(receivedAt, "receivedAt");
  }
}
