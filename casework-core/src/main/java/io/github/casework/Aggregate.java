package io.github.casework;

import io.github.casework.casefile.Case;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.AggregateId;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import java.time.Instant;

/**
 * The shape every aggregate shares: a {@link Case}, {@link Referral}, {@link Escalation} or {@link Signal} is an
 * immutable state that {@linkplain #decide decides} commands into events and {@linkplain #evolve evolves} by one
 * event at a time, each through the rules of its {@link #aggregateType() descriptor}.
 *
 * <p><b>Invariants.</b> The {@link #version()} is the number of events applied, so the state a history replays to
 * has the history's size as its version. A command either returns a {@link Decision} whose events, applied in
 * order with {@link #evolve}, give its state, or throws a {@link CaseworkException} and changes nothing. An event
 * is checked against the same rules as the command that produces it, so a history the rules forbid cannot be
 * replayed either. Implementations are immutable and thread-safe.
 *
 * @param <S> the aggregate's own type
 * @param <C> its command type
 * @param <E> its event type
 */
public sealed interface Aggregate<S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent>
    permits Case, Referral, Escalation, Signal {

  /** {@return the aggregate's id} */
  AggregateId id();

  /** {@return the number of events applied, at least 1} */
  long version();

  /** {@return when the aggregate last changed: the instant of its latest event} */
  Instant lastChangedAt();

  /** {@return the descriptor of this kind of aggregate} */
  AggregateType<S, C, E> aggregateType();

  /**
   * Decides a command against this state, accepting any version.
   *
   * @param command the command, not null
   * @return the new state and its events
   * @throws RuleViolationException if the command breaks a rule; this aggregate is unchanged
   */
  default Decision<S, E> decide(C command) {
    return decide(command, ExpectedVersion.any());
  }

  /**
   * Decides a command against this state if it has the expected version.
   *
   * @param command the command, not null
   * @param expected the version the caller read, not null
   * @return the new state and its events
   * @throws VersionConflictException if the version differs
   * @throws RuleViolationException if the command breaks a rule; this aggregate is unchanged
   */
  default Decision<S, E> decide(C command, ExpectedVersion expected) {
    AggregateType<S, C, E> type = aggregateType();
    return type.decide(type.stateType().cast(this), command, expected);
  }

  /**
   * Applies one event, checking the same rules as the command that produces it.
   *
   * @param event the next event of this aggregate's history, not null
   * @return the new state, one version higher
   * @throws RuleViolationException if the event names another aggregate, would start it again, or breaks a rule
   *     at this point; this aggregate is unchanged
   */
  default S evolve(E event) {
    AggregateType<S, C, E> type = aggregateType();
    return type.evolve(type.stateType().cast(this), event);
  }
}
