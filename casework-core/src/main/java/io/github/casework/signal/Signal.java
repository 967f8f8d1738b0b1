package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.RuleViolationException;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.SignalId;
import io.github.casework.norm.ServiceNorms;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A signal (signalering): a trend that professionals report upward to a manager role, which is owed a response
 * and feedback to those who raised it — so that quarterly trend reports no longer vanish after they are handed
 * in.
 *
 * <p><b>Invariants.</b> The lifecycle is raised → acknowledged → responded → closed, one step at a time; a
 * closed signal accepts no further change. A {@link Response} of no action carries its reason. Feedback goes only
 * to the raisers, and <b>a signal closes only after feedback reached every raiser</b>. A response is due by
 * {@link #responseDue()}, by default one quarter after raising. Changes are dated in order. The lifecycle is held
 * as one stage of which {@link #status()}, {@link #acknowledgedBy()}, {@link #answered()} and
 * {@link #feedbackReached()} are views, so who acknowledged it is known exactly from acknowledgement on, the
 * {@link Answered answer} (response, by whom, when) exactly from the response on, and a closed signal's feedback
 * reached every raiser.
 *
 * <p><b>Shape.</b> As for every aggregate in this library: {@link #raise} and {@link #decide decide}
 * check the rules and return a {@link Decision}; {@link #evolve evolve} applies one event and checks the
 * same rules; {@link #replay(Iterable)} rebuilds a signal from its events; {@link #version()} is the number of
 * events applied. A rejected command throws a {@link RuleViolationException} with a code from
 * {@link SignalCodes} (or a {@link io.github.casework.VersionConflictException}) and this signal is unchanged.
 * Rules are checked in a fixed order: the expected version, then "closed", then time order, then the lifecycle
 * step, then the command's own rule.
 *
 * <p>Two signals are equal when all their state is equal, including the version. Immutable and thread-safe.
 */
public final class Signal implements Aggregate<Signal, SignalCommand, SignalEvent> {

  /** The descriptor of signals: their first event, shared replay and decide glue, and codes. */
  public static final AggregateType<Signal, SignalCommand, SignalEvent> TYPE = AggregateType.of("signal",
      Signal.class, SignalCommand.class, SignalEvent.class,
      SignalEvent.Raised.class, SignalEvent.Raised.TYPE,
      new AggregateType.Codes(SignalCodes.NOT_RAISED, SignalCodes.ALREADY_RAISED, SignalCodes.WRONG_SIGNAL),
      AggregateType.Rules.of(Signal::start, Signal::toEvent, Signal::apply));

  private final SignalId id;
  private final ImmutableSortedSet<ProfessionalId> raisers;
  private final Addressee addressee;
  private final Observation observation;
  private final Instant responseDue;
  private final Instant raisedAt;
  private final Progress progress;
  private final Instant lastChangedAt;
  private final long version;
  /** The raising event, kept so that each change reuses what it fixed. */
  private final SignalEvent.Raised origin;

  private Signal(SignalEvent.Raised origin, Progress progress, Instant lastChangedAt, long version) {
    this.origin = origin;
    this.id = origin.signalId();
    this.raisers = origin.raisers();
    this.addressee = origin.addressee();
    this.observation = origin.observation();
    this.responseDue = origin.responseDue();
    this.raisedAt = origin.at();
    this.progress = progress;
    this.lastChangedAt = lastChangedAt;
    this.version = version;
  }

  /**
   * Where a signal is in its lifecycle, each kind holding exactly what is known there: who acknowledged it from
   * acknowledgement on, the answer from the response on, and the raisers feedback reached while responded. A
   * closed signal holds no feedback set: feedback reached every raiser, or it could not have closed.
   */
  private sealed interface Progress {
    SignalStatus status();

    /** Raised, not yet acknowledged. */
    enum Raised implements Progress {
      RAISED;

      @Override
      public SignalStatus status() {
        return SignalStatus.RAISED;
      }
    }

    /** Acknowledged by {@code by}, not yet answered. */
    record Acknowledged(ProfessionalId by) implements Progress {
      @Override
      public SignalStatus status() {
        return SignalStatus.ACKNOWLEDGED;
      }
    }

    /** Answered; feedback has reached {@code reached}, a subset of the raisers. */
    record Responded(ProfessionalId acknowledgedBy, Answered answered, ImmutableSortedSet<ProfessionalId> reached)
        implements Progress {
      @Override
      public SignalStatus status() {
        return SignalStatus.RESPONDED;
      }
    }

    /** Answered, and feedback reached every raiser. */
    record Closed(ProfessionalId acknowledgedBy, Answered answered) implements Progress {
      @Override
      public SignalStatus status() {
        return SignalStatus.CLOSED;
      }
    }
  }

  /**
   * Returns the default response due date: the {@linkplain ServiceNorms#signalResponse() signal response norm} of
   * the {@linkplain ServiceNorms#dutchDefaults() Dutch defaults}, one quarter (three calendar months) after
   * raising, counted on the UTC calendar so that it does not depend on the host's time zone.
   *
   * @param raisedAt when the signal is raised, not null
   * @return the due date
   */
  public static Instant defaultResponseDue(Instant raisedAt) {
    return ServiceNorms.dutchDefaults().signalResponse().dueFrom(requireNonNull(raisedAt, "raisedAt"));
  }

  /**
   * Raises a signal with the {@linkplain #defaultResponseDue default response due date}.
   *
   * @param id the signal's id, not null
   * @param raisers who raise it (a team, a vakgroep), at least one, not null
   * @param addressee the manager role it is addressed to, not null
   * @param observation what it reports, not null
   * @param at when, not null
   * @return the new signal (version 1) and its {@link SignalEvent.Raised} event
   * @throws io.github.casework.InvalidValueException if there are no raisers or the quarter had not begun
   */
  public static Decision<Signal, SignalEvent> raise(SignalId id, Collection<ProfessionalId> raisers,
      Addressee addressee, Observation observation, Instant at) {
    return raise(id, raisers, addressee, observation, defaultResponseDue(at), at);
  }

  /**
   * Raises a signal with an explicit response due date.
   *
   * @param id the signal's id, not null
   * @param raisers who raise it, at least one, not null
   * @param addressee the manager role it is addressed to, not null
   * @param observation what it reports, not null
   * @param responseDue when a response is due, not before {@code at}, not null
   * @param at when, not null
   * @return the new signal (version 1) and its {@link SignalEvent.Raised} event
   * @throws io.github.casework.InvalidValueException if there are no raisers, the due date precedes the raising,
   *     or the quarter had not begun
   */
  public static Decision<Signal, SignalEvent> raise(SignalId id, Collection<ProfessionalId> raisers,
      Addressee addressee, Observation observation, Instant responseDue, Instant at) {
    SignalEvent.Raised raised = new SignalEvent.Raised(id,
        ImmutableSortedSet.copyOf(requireNonNull(raisers, "raisers")), addressee, observation, responseDue, at);
    return new Decision<>(start(raised), ImmutableList.of(raised));
  }

  /**
   * Returns the signal a {@link SignalEvent.Raised} event starts.
   *
   * @param raised the first event of a signal's history, not null
   * @return the signal at version 1, in {@link SignalStatus#RAISED}
   */
  public static Signal start(SignalEvent.Raised raised) {
    requireNonNull(raised, "raised");
    return new Signal(raised, Progress.Raised.RAISED, raised.at(), 1);
  }

  /**
   * Rebuilds a signal from its history.
   *
   * @param history the events in order, starting with {@link SignalEvent.Raised}, not null
   * @return the signal
   * @throws RuleViolationException if the history is empty, does not start by raising the signal, or holds an
   *     event the rules forbid at its position
   */
  public static Signal replay(Iterable<? extends SignalEvent> history) {
    return TYPE.replay(history);
  }

  /**
   * Decides a command against this signal if it has the expected version; the same as
   * {@code Signal.TYPE.decide(this, command, expected)}, with the same checks in the same order.
   *
   * @param command the command, not null
   * @param expected the version the caller read, not null
   * @return the new state and its event
   * @throws io.github.casework.VersionConflictException if the version differs
   * @throws RuleViolationException if the command breaks a rule; this signal is unchanged
   */
  @Override
  public Decision<Signal, SignalEvent> decide(SignalCommand command, ExpectedVersion expected) {
    // The descriptor's decide, written out, so that a command makes no megamorphic call through the shared
    // descriptor (the state's aggregateType() and the rules' functions).
    requireNonNull(command, "command");
    requireNonNull(expected, "expected").check(id.value(), version);
    SignalEvent event = toEvent(command);
    return new Decision<>(apply(event), ImmutableList.of(event));
  }

  /**
   * Decides a command against this signal, accepting any version.
   *
   * @param command the command, not null
   * @return the new state and its event
   * @throws RuleViolationException if the command breaks a rule; this signal is unchanged
   */
  @Override
  public Decision<Signal, SignalEvent> decide(SignalCommand command) {
    return decide(command, ExpectedVersion.any());
  }

  private SignalEvent toEvent(SignalCommand command) {
    if (command instanceof SignalCommand.Acknowledge c) {
      return new SignalEvent.Acknowledged(id, c.by(), c.at());
    } else if (command instanceof SignalCommand.Respond c) {
      return new SignalEvent.Responded(id, c.response(), c.by(), c.at());
    } else if (command instanceof SignalCommand.GiveFeedback c) {
      return new SignalEvent.FeedbackGiven(id, c.reached(), c.at());
    } else if (command instanceof SignalCommand.Close c) {
      return new SignalEvent.Closed(id, c.at());
    }
    throw new AssertionError("bug: unhandled command " + command.getClass().getName());
  }

  /** Applies one event that the descriptor checked names this signal and is not a first event. */
  private Signal apply(SignalEvent event) {
    Instant at = event.at();
    if (progress instanceof Progress.Closed) {
      throw reject(SignalCodes.CLOSED, "a closed signal accepts no further change");
    }
    if (at.isBefore(lastChangedAt)) {
      throw reject(SignalCodes.OUT_OF_ORDER, "a change cannot be dated before the signal's last change");
    }
    Progress next;
    if (event instanceof SignalEvent.Acknowledged e) {
      if (progress != Progress.Raised.RAISED) {
        throw illegal("only a raised signal can be acknowledged");
      }
      next = new Progress.Acknowledged(e.by());
    } else if (event instanceof SignalEvent.Responded e) {
      if (!(progress instanceof Progress.Acknowledged a)) {
        throw illegal("only an acknowledged signal can be responded to");
      }
      next = new Progress.Responded(a.by(), new Answered(e.response(), e.by(), at), ImmutableSortedSet.of());
    } else if (event instanceof SignalEvent.FeedbackGiven e) {
      if (!(progress instanceof Progress.Responded r)) {
        throw illegal("feedback follows the response");
      }
      for (ProfessionalId p : e.reached()) {
        if (!raisers.contains(p)) {
          throw reject(SignalCodes.NOT_A_RAISER, "professional " + p + " did not raise this signal");
        }
      }
      if (r.reached().containsAll(e.reached())) {
        throw reject(SignalCodes.FEEDBACK_ALREADY_GIVEN, "every professional named already had the feedback");
      }
      ImmutableSortedSet<ProfessionalId> reached = ImmutableSortedSet.<ProfessionalId>naturalOrder()
          .addAll(r.reached()).addAll(e.reached()).build();
      next = new Progress.Responded(r.acknowledgedBy(), r.answered(), reached);
    } else if (event instanceof SignalEvent.Closed) {
      if (!(progress instanceof Progress.Responded r)) {
        throw illegal("only a responded signal can close");
      }
      if (!r.reached().equals(raisers)) {
        throw reject(SignalCodes.FEEDBACK_MISSING, "the signal cannot close before feedback reached every raiser ("
            + feedbackPending().size() + " of " + raisers.size() + " not yet reached)");
      }
      next = new Progress.Closed(r.acknowledgedBy(), r.answered());
    } else {
      throw new AssertionError("bug: unhandled event " + event.getClass().getName());
    }
    return new Signal(origin, next, at, version + 1);
  }

  private RuleViolationException illegal(String rule) {
    return reject(SignalCodes.ILLEGAL_TRANSITION, rule + " (status is " + status().code() + ")");
  }

  private RuleViolationException reject(String code, String rule) {
    return new RuleViolationException(code, id.value(), rule);
  }

  /**
   * Returns the signal's id.
   *
   * @return the signal's id
   */
  @Override
  public SignalId id() {
    return id;
  }

  /**
   * Returns the professionals who raised it, sorted, at least one.
   *
   * @return the professionals who raised it, sorted, at least one
   */
  public ImmutableSortedSet<ProfessionalId> raisers() {
    return raisers;
  }

  /**
   * Returns the manager role it is addressed to.
   *
   * @return the manager role it is addressed to
   */
  public Addressee addressee() {
    return addressee;
  }

  /**
   * Returns what it reports.
   *
   * @return what it reports
   */
  public Observation observation() {
    return observation;
  }

  /**
   * Returns when a response is due.
   *
   * @return when a response is due
   */
  public Instant responseDue() {
    return responseDue;
  }

  /**
   * Returns the lifecycle status.
   *
   * @return the lifecycle status
   */
  public SignalStatus status() {
    return progress.status();
  }

  /**
   * Returns who acknowledged it; empty while {@link SignalStatus#RAISED}.
   *
   * @return who acknowledged it; empty while {@link SignalStatus#RAISED}
   */
  public Optional<ProfessionalId> acknowledgedBy() {
    if (progress instanceof Progress.Acknowledged a) {
      return Optional.of(a.by());
    } else if (progress instanceof Progress.Responded r) {
      return Optional.of(r.acknowledgedBy());
    } else if (progress instanceof Progress.Closed c) {
      return Optional.of(c.acknowledgedBy());
    }
    return Optional.empty();
  }

  /**
   * Returns how it was answered: the response, who gave it and when; present once responded, also when closed.
   *
   * @return the answer; empty until responded
   */
  public Optional<Answered> answered() {
    if (progress instanceof Progress.Responded r) {
      return Optional.of(r.answered());
    } else if (progress instanceof Progress.Closed c) {
      return Optional.of(c.answered());
    }
    return Optional.empty();
  }

  /**
   * Returns the response; empty until responded.
   *
   * @return the response; empty until responded
   */
  public Optional<Response> response() {
    return answered().map(Answered::response);
  }

  /**
   * Returns who responded; empty until responded.
   *
   * @return who responded; empty until responded
   */
  public Optional<ProfessionalId> respondedBy() {
    return answered().map(Answered::by);
  }

  /**
   * Returns when it was responded to; empty until responded.
   *
   * @return when it was responded to; empty until responded
   */
  public Optional<Instant> respondedAt() {
    return answered().map(Answered::at);
  }

  /**
   * Returns the raisers feedback has reached, sorted; all of them once closed.
   *
   * @return the raisers feedback has reached, sorted
   */
  public ImmutableSortedSet<ProfessionalId> feedbackReached() {
    if (progress instanceof Progress.Responded r) {
      return r.reached();
    }
    return progress instanceof Progress.Closed ? raisers : ImmutableSortedSet.of();
  }

  /**
   * Returns the raisers feedback has not reached yet, sorted.
   *
   * @return the raisers feedback has not reached yet, sorted
   */
  public ImmutableSortedSet<ProfessionalId> feedbackPending() {
    return ImmutableSortedSet.copyOf(Sets.difference(raisers, feedbackReached()));
  }

  /**
   * Returns whether the response is overdue at an instant: no response yet, and the due date has passed.
   *
   * @param at the instant to judge at, not null
   * @return true if the signal is raised or acknowledged and {@code at} is after {@link #responseDue()}
   */
  public boolean isResponseOverdue(Instant at) {
    requireNonNull(at, "at");
    return (progress == Progress.Raised.RAISED || progress instanceof Progress.Acknowledged)
        && at.isAfter(responseDue);
  }

  /**
   * Returns when it was raised.
   *
   * @return when it was raised
   */
  public Instant raisedAt() {
    return raisedAt;
  }

  /**
   * Returns when it last changed.
   *
   * @return when it last changed
   */
  @Override
  public Instant lastChangedAt() {
    return lastChangedAt;
  }

  /**
   * Returns the number of events applied, at least 1.
   *
   * @return the number of events applied, at least 1
   */
  @Override
  public long version() {
    return version;
  }

  /** {@return {@link #TYPE}} */
  @Override
  public AggregateType<Signal, SignalCommand, SignalEvent> aggregateType() {
    return TYPE;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Signal other
        && version == other.version
        && id.equals(other.id)
        && raisers.equals(other.raisers)
        && addressee.equals(other.addressee)
        && observation.equals(other.observation)
        && responseDue.equals(other.responseDue)
        && progress.equals(other.progress)
        && raisedAt.equals(other.raisedAt)
        && lastChangedAt.equals(other.lastChangedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, status(), feedbackReached());
  }

  /** Shows ids, codes, counts and version; never the free text of the topic or the response. */
  @Override
  public String toString() {
    return "Signal[id=" + id + ", period=" + observation.period() + ", area=" + observation.area()
        + ", domain=" + observation.topic().domain().code() + ", status=" + status().code()
        + ", raisers=" + raisers.size() + ", feedback=" + feedbackReached().size() + ", version=" + version + "]";
  }
}
