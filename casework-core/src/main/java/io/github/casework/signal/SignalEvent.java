package io.github.casework.signal;

import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.SignalId;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A fact that happened to a {@link Signal}. {@link Signal#evolve evolve} applies one; replaying a signal's
 * events in order rebuilds it. Each kind has a stable {@link #type()} that names it in the wire format, never
 * the Java class name. Immutable and thread-safe.
 */
public sealed interface SignalEvent extends CaseworkEvent {

  /**
   * Returns the signal this event belongs to.
   *
   * @return the signal this event belongs to
   */
  SignalId signalId();

  /** {@return the signal this event belongs to, as {@link #signalId()}} */
  @Override
  default SignalId aggregateId() {
    return signalId();
  }

  /** {@return {@link Signal#TYPE}} */
  @Override
  default AggregateType<Signal, SignalCommand, SignalEvent> aggregateType() {
    return Signal.TYPE;
  }

  /**
   * Returns when it happened.
   *
   * @return when it happened
   */
  Instant at();

  /**
   * Returns the stable type id, such as {@code signal.raised}.
   *
   * @return the stable type id, such as {@code signal.raised}
   */
  String type();

  /**
   * A signal was raised by one or more professionals, addressed to a manager role, with a response due date.
   *
   * <p>The quarter reported on must have begun when the signal is raised. Because the library does not know the
   * host's time zone, "begun" means: the quarter's first day has started in the earliest time zone on Earth
   * (UTC+14), so the rule holds wherever the host is.
   *
   * @param signalId the signal, not null
   * @param raisers who raised it, at least one, not null
   * @param addressee the manager role it is addressed to, not null
   * @param observation what it reports, not null
   * @param responseDue when a response is due, not before {@code at}, not null
   * @param at when, not null
   */
  record Raised(SignalId signalId, ImmutableSortedSet<ProfessionalId> raisers, Addressee addressee,
      Observation observation, Instant responseDue, Instant at) implements SignalEvent {
    /** The type id. */
    public static final String TYPE = "signal.raised";

    /** The earliest time zone in use on Earth (Kiribati, UTC+14), where a quarter begins first. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    /**
     * Validates the components.
     *
     * @param signalId the signal, not null
     * @param raisers who raised it, at least one, not null
     * @param addressee the manager role it is addressed to, not null
     * @param observation what it reports, not null
     * @param responseDue when a response is due, not before {@code at}, not null
     * @param at when, not null
     * @throws InvalidValueException if there are no raisers, the due date precedes the raising, or the quarter
     *     had not begun
     */
    public Raised {
      requireNonNull(signalId, "signalId");
      requireNonNull(raisers, "raisers");
      requireNonNull(addressee, "addressee");
      requireNonNull(observation, "observation");
      requireNonNull(responseDue, "responseDue");
      requireNonNull(at, "at");
      if (raisers.isEmpty()) {
        throw new InvalidValueException(SignalCodes.NO_RAISERS, "SignalEvent.Raised.raisers",
            "a signal is raised by at least one professional");
      }
      if (responseDue.isBefore(at)) {
        throw new InvalidValueException(SignalCodes.DUE_BEFORE_RAISED, "SignalEvent.Raised.responseDue",
            "the response due date cannot precede the raising");
      }
      if (at.isBefore(observation.period().start(EARLIEST_ZONE))) {
        throw new InvalidValueException(SignalCodes.PERIOD_NOT_BEGUN, "SignalEvent.Raised.observation",
            "a signal cannot be raised before the quarter it reports on has begun");
      }
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The addressee acknowledged the signal.
   *
   * @param signalId the signal, not null
   * @param by who acknowledged it, not null
   * @param at when, not null
   */
  record Acknowledged(SignalId signalId, ProfessionalId by, Instant at) implements SignalEvent {
    /** The type id. */
    public static final String TYPE = "signal.acknowledged";

    /**
     * Validates the components.
     *
     * @param signalId the signal, not null
     * @param by who acknowledged it, not null
     * @param at when, not null
     */
    public Acknowledged {
      requireNonNull(signalId, "signalId");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The addressee responded.
   *
   * @param signalId the signal, not null
   * @param response what is done, not null
   * @param by who responded, not null
   * @param at when, not null
   */
  record Responded(SignalId signalId, Response response, ProfessionalId by, Instant at) implements SignalEvent {
    /** The type id. */
    public static final String TYPE = "signal.responded";

    /**
     * Validates the components.
     *
     * @param signalId the signal, not null
     * @param response what is done, not null
     * @param by who responded, not null
     * @param at when, not null
     */
    public Responded {
      requireNonNull(signalId, "signalId");
      requireNonNull(response, "response");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * Feedback on the response reached some raisers.
   *
   * @param signalId the signal, not null
   * @param reached the raisers reached, at least one, not null
   * @param at when, not null
   */
  record FeedbackGiven(SignalId signalId, ImmutableSortedSet<ProfessionalId> reached, Instant at)
      implements SignalEvent {
    /** The type id. */
    public static final String TYPE = "signal.feedback-given";

    /**
     * Validates the components.
     *
     * @param signalId the signal, not null
     * @param reached the raisers reached, at least one, not null
     * @param at when, not null
     * @throws InvalidValueException if no one was reached
     */
    public FeedbackGiven {
      requireNonNull(signalId, "signalId");
      requireNonNull(reached, "reached");
      requireNonNull(at, "at");
      if (reached.isEmpty()) {
        throw new InvalidValueException(SignalCodes.NO_RAISERS, "SignalEvent.FeedbackGiven.reached",
            "feedback reaches at least one raiser");
      }
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The signal was closed; feedback had reached every raiser.
   *
   * @param signalId the signal, not null
   * @param at when, not null
   */
  record Closed(SignalId signalId, Instant at) implements SignalEvent {
    /** The type id. */
    public static final String TYPE = "signal.closed";

    /**
     * Validates the components.
     *
     * @param signalId the signal, not null
     * @param at when, not null
     */
    public Closed {
      requireNonNull(signalId, "signalId");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }
}
