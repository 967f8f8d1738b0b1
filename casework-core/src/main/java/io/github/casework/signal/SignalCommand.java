package io.github.casework.signal;

import io.github.casework.CaseworkCommand;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;
import java.util.Collection;

/**
 * A request to change an existing {@link Signal}, decided by {@link Signal#decide decide}. Raising a
 * signal is {@link Signal#raise}. Every command states the instant it is made at. Immutable and thread-safe.
 */
public sealed interface SignalCommand extends CaseworkCommand {

  /**
   * Returns when the command is made.
   *
   * @return when the command is made
   */
  Instant at();

  /**
   * The addressee acknowledges the signal.
   *
   * @param by who acknowledges it on behalf of the addressed role, not null
   * @param at when, not null
   */
  record Acknowledge(ProfessionalId by, Instant at) implements SignalCommand {
    /**
     * Validates the components.
     *
     * @param by who acknowledges it on behalf of the addressed role, not null
     * @param at when, not null
     */
    public Acknowledge {
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * The addressee responds to an acknowledged signal.
   *
   * @param response what is done, not null
   * @param by who responds on behalf of the addressed role, not null
   * @param at when, not null
   */
  record Respond(Response response, ProfessionalId by, Instant at) implements SignalCommand {
    /**
     * Validates the components.
     *
     * @param response what is done, not null
     * @param by who responds on behalf of the addressed role, not null
     * @param at when, not null
     */
    public Respond {
      requireNonNull(response, "response");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * Feedback on the response reached some of the raisers (for instance in the vakgroep's meeting).
   *
   * @param reached the raisers reached, at least one, not null
   * @param at when, not null
   */
  record GiveFeedback(ImmutableSortedSet<ProfessionalId> reached, Instant at) implements SignalCommand {
    /**
     * Validates the components.
     *
     * @param reached the raisers reached, at least one, not null
     * @param at when, not null
     * @throws InvalidValueException if no one was reached
     */
    public GiveFeedback {
      requireNonNull(reached, "reached");
      requireNonNull(at, "at");
      if (reached.isEmpty()) {
        throw new InvalidValueException(SignalCodes.NO_RAISERS, "SignalCommand.GiveFeedback.reached",
            "feedback reaches at least one raiser");
      }
    }

    /**
     * Returns the command.
     *
     * @param reached the raisers reached, not null
     * @param at when, not null
     * @return the command
     * @throws InvalidValueException if no one was reached
     */
    public static GiveFeedback of(Collection<ProfessionalId> reached, Instant at) {
      return new GiveFeedback(ImmutableSortedSet.copyOf(requireNonNull(reached, "reached")), at);
    }
  }

  /**
   * Close the signal; feedback must have reached every raiser.
   *
   * @param at when, not null
   */
  record Close(Instant at) implements SignalCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public Close {
      requireNonNull(at, "at");
    }
  }
}
