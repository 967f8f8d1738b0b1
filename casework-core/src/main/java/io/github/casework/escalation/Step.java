package io.github.casework.escalation;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.ProfessionalId;
import java.time.Instant;

/**
 * One step up an escalation's ladder: the level reached, who was addressed there, and when. Immutable and
 * thread-safe.
 *
 * @param level the level addressed, not null
 * @param addressed the official addressed at the target agency, by pseudonymous id, not null
 * @param at when, not null
 */
public record Step(LadderLevel level, ProfessionalId addressed, Instant at) {

  /**
   * Validates the components.
   *
   * @param level the level addressed, not null
   * @param addressed the official addressed at the target agency, by pseudonymous id, not null
   * @param at when, not null
   */
  public Step {
    requireNonNull(level, "level");
    requireNonNull(addressed, "addressed");
    requireNonNull(at, "at");
  }
}
