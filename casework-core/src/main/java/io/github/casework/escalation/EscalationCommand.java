package io.github.casework.escalation;

import io.github.casework.CaseworkCommand;
import static java.util.Objects.requireNonNull;

import io.github.casework.id.ProfessionalId;
import java.time.Instant;

/**
 * A request to change an existing {@link Escalation}, decided by {@link Escalation#decide decide}.
 * Raising an escalation is {@link Escalation#raise}. Every command states the instant it is made at; time is
 * never read from a clock inside the library. Immutable and thread-safe.
 */
public sealed interface EscalationCommand extends CaseworkCommand {

  /**
   * Returns when the command is made.
   *
   * @return when the command is made
   */
  Instant at();

  /**
   * Take the next step up the ladder: address someone at a higher level of the target agency.
   *
   * @param level the level addressed, above the previous step's level, not null
   * @param addressed the official addressed, not null
   * @param at when, not null
   */
  record Climb(LadderLevel level, ProfessionalId addressed, Instant at) implements EscalationCommand {
    /**
     * Validates the components.
     *
     * @param level the level addressed, above the previous step's level, not null
     * @param addressed the official addressed, not null
     * @param at when, not null
     */
    public Climb {
      requireNonNull(level, "level");
      requireNonNull(addressed, "addressed");
      requireNonNull(at, "at");
    }
  }

  /**
   * Record that the professional informed the own manager; from then on steps beyond the mandate are allowed.
   *
   * @param at when, not null
   */
  record InformManager(Instant at) implements EscalationCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public InformManager {
      requireNonNull(at, "at");
    }
  }

  /**
   * Record the outcome; this ends the escalation.
   *
   * @param outcome the outcome, not null
   * @param at when, not null
   */
  record Resolve(Outcome outcome, Instant at) implements EscalationCommand {
    /**
     * Validates the components.
     *
     * @param outcome the outcome, not null
     * @param at when, not null
     */
    public Resolve {
      requireNonNull(outcome, "outcome");
      requireNonNull(at, "at");
    }
  }
}
