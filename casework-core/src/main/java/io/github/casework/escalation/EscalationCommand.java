package io.github.casework.escalation;

import static java.util.Objects.requireNonNull;

import io.github.casework.CaseworkCommand;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;
import java.util.Optional;

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
   * Take the next step up the ladder: address someone at a higher level of the target agency. A step beyond the
   * mandate (see {@link Mandate}) under an advisory policy states why the professional takes it; any other step
   * states no such reason.
   *
   * @param level the level addressed, above the previous step's level, not null
   * @param addressed the official addressed, not null
   * @param beyondMandateReason why the step goes beyond the mandate, if it does, not null
   * @param at when, not null
   */
  record Climb(LadderLevel level, ProfessionalId addressed, Optional<BeyondMandateReason> beyondMandateReason,
      Instant at) implements EscalationCommand {
    /**
     * Validates the components.
     *
     * @param level the level addressed, above the previous step's level, not null
     * @param addressed the official addressed, not null
     * @param beyondMandateReason why the step goes beyond the mandate, if it does, not null
     * @param at when, not null
     */
    public Climb {
      requireNonNull(level, "level");
      requireNonNull(addressed, "addressed");
      requireNonNull(beyondMandateReason, "beyondMandateReason");
      requireNonNull(at, "at");
    }

    /**
     * Creates a step that does not go beyond the mandate.
     *
     * @param level the level addressed, above the previous step's level, not null
     * @param addressed the official addressed, not null
     * @param at when, not null
     */
    public Climb(LadderLevel level, ProfessionalId addressed, Instant at) {
      this(level, addressed, Optional.empty(), at);
    }

    /**
     * Returns a step beyond the mandate, taken on the professional's own authority for a reason.
     *
     * @param level the level addressed, above the previous step's level and the mandate, not null
     * @param addressed the official addressed, not null
     * @param reason why the professional goes beyond the mandate, not null
     * @param at when, not null
     * @return the command
     */
    public static Climb beyondMandate(LadderLevel level, ProfessionalId addressed, BeyondMandateReason reason,
        Instant at) {
      return new Climb(level, addressed, Optional.of(requireNonNull(reason, "reason")), at);
    }
  }

  /**
   * Record that the professional informed the own manager: from then on steps above the mandate are not beyond it,
   * and a duty to inform that earlier steps beyond the mandate created is met. Accepted after the outcome too, while
   * such a duty is open.
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
