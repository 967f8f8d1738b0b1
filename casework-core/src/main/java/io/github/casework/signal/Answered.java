package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.ProfessionalId;
import java.time.Instant;

/**
 * How a signal was answered: the {@link Response}, who gave it and when. A signal has one once it is
 * {@linkplain SignalStatus#RESPONDED responded}, and keeps it when it closes. Immutable and thread-safe.
 *
 * @param response what is done with the signal, not null
 * @param by who responded, not null
 * @param at when, not null
 */
public record Answered(Response response, ProfessionalId by, Instant at) {
  /**
   * Validates the components.
   *
   * @param response what is done with the signal, not null
   * @param by who responded, not null
   * @param at when, not null
   */
  public Answered {
    requireNonNull(response, "response");
    requireNonNull(by, "by");
    requireNonNull(at, "at");
  }
}
