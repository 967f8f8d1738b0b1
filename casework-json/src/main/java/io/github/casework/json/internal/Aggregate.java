package io.github.casework.json.internal;

import com.google.common.collect.ImmutableList;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How the events of one aggregate kind are replayed: which aggregate an event belongs to, the state its first event
 * creates, and the aggregate's own {@code evolve}. Reading a history or an event stream goes through these, so it
 * enforces exactly the rules the aggregate enforces. Immutable and thread-safe.
 *
 * @param <E> the event type
 * @param <S> the aggregate type
 */
public final class Aggregate<E, S> {
  /** Cases: {@link Case#replay} for the first event (which must open the case), then {@link Case#evolve}. */
  public static final Aggregate<CaseEvent, Case> CASE = new Aggregate<>("case", CaseEvent.class, Case.class,
      e -> e.caseId().value(), Case::replay, Case::evolve);

  /** Referrals: {@link Referral#replay} for the first event, then {@link Referral#evolve}. */
  public static final Aggregate<ReferralEvent, Referral> REFERRAL = new Aggregate<>("referral",
      ReferralEvent.class, Referral.class, e -> e.referralId().value(), Referral::replay, Referral::evolve);

  /** Escalations: {@link Escalation#replay} for the first event, then {@link Escalation#evolve}. */
  public static final Aggregate<EscalationEvent, Escalation> ESCALATION = new Aggregate<>("escalation",
      EscalationEvent.class, Escalation.class, e -> e.escalationId().value(), Escalation::replay,
      Escalation::evolve);

  /** Signals: {@link Signal#replay} for the first event, then {@link Signal#evolve}. */
  public static final Aggregate<SignalEvent, Signal> SIGNAL = new Aggregate<>("signal", SignalEvent.class,
      Signal.class, e -> e.signalId().value(), Signal::replay, Signal::evolve);

  /** Every aggregate kind, in the order a caseload lists them. */
  public static final ImmutableList<Aggregate<?, ?>> ALL = ImmutableList.of(CASE, REFERRAL, ESCALATION, SIGNAL);

  /**
   * The events of every aggregate kind, as a caseload-events stream mixes them: each event goes to the aggregate
   * kind its class belongs to; an aggregate is named by its family and id ({@code referral:r-1}), so that a case
   * and a referral may share an id text.
   */
  public static final Aggregate<Object, Object> ANY = new Aggregate<>("caseload", Object.class, Object.class,
      e -> ofEvent(e).qualifiedId(e), Aggregate::replayMixed,
      (state, e) -> ofEvent(e).evolveAny(state, e));

  private final String family;
  private final Class<E> eventType;
  private final Class<S> stateType;
  private final Function<E, String> idOf;
  private final Function<List<E>, S> replay;
  private final BiFunction<S, E, S> evolve;

  private Aggregate(String family, Class<E> eventType, Class<S> stateType, Function<E, String> idOf,
      Function<List<E>, S> replay, BiFunction<S, E, S> evolve) {
    this.family = family;
    this.eventType = eventType;
    this.stateType = stateType;
    this.idOf = idOf;
    this.replay = replay;
    this.evolve = evolve;
  }

  /**
   * Returns the aggregate whose event type ids start with a family name and a dot.
   *
   * @param type an event's type id, such as {@code referral.sent}
   * @return the aggregate, or null if no family has that prefix
   */
  public static @Nullable Aggregate<?, ?> ofType(String type) {
    int dot = type.indexOf('.');
    if (dot > 0) {
      String family = type.substring(0, dot);
      for (Aggregate<?, ?> a : ALL) {
        if (a.family.equals(family)) {
          return a;
        }
      }
    }
    return null;
  }

  /**
   * Returns the aggregate kind an event belongs to.
   *
   * @param event an event of any aggregate kind
   * @return the aggregate kind
   * @throws IllegalArgumentException if the value is not an event of any aggregate kind
   */
  public static Aggregate<?, ?> ofEvent(Object event) {
    for (Aggregate<?, ?> a : ALL) {
      if (a.eventType.isInstance(event)) {
        return a;
      }
    }
    throw new IllegalArgumentException("not an event of a casework aggregate: " + event.getClass().getName());
  }

  /**
   * Returns whether a value is an event this aggregate kind replays.
   *
   * @param event any value
   * @return true if it is
   */
  public boolean accepts(Object event) {
    if (this == ANY) {
      return ALL.stream().anyMatch(a -> a.eventType.isInstance(event));
    }
    return eventType.isInstance(event);
  }

  private String qualifiedId(Object event) {
    return family + ":" + idOf.apply(eventType.cast(event));
  }

  private Object replayAny(List<Object> history) {
    return replay.apply(history.stream().map(eventType::cast).toList());
  }

  /** A mixed history is one aggregate's: its first event tells which. */
  private static Object replayMixed(List<Object> history) {
    if (history.isEmpty()) {
      throw new IllegalArgumentException("an empty history names no aggregate kind");
    }
    return ofEvent(history.get(0)).replayAny(history);
  }

  private Object evolveAny(Object state, Object event) {
    return evolve.apply(stateType.cast(state), eventType.cast(event));
  }

  /** {@return the family name that prefixes the event type ids, such as {@code case}} */
  public String family() {
    return family;
  }

  /** {@return the event type} */
  public Class<E> eventType() {
    return eventType;
  }

  /** {@return the aggregate type} */
  public Class<S> stateType() {
    return stateType;
  }

  /**
   * Returns the id of the aggregate an event belongs to.
   *
   * @param event the event
   * @return the aggregate's id text
   */
  public String idOf(E event) {
    return idOf.apply(event);
  }

  /**
   * Starts an aggregate from the first event of its history.
   *
   * @param first the first event
   * @return the state
   * @throws io.github.casework.CaseworkException if the event cannot start a history
   */
  public S start(E first) {
    return replay.apply(ImmutableList.of(first));
  }

  /**
   * Replays a whole history through the aggregate's own {@code replay}.
   *
   * @param history the events, in order
   * @return the state
   * @throws io.github.casework.CaseworkException if the history is empty or the rules forbid it
   */
  public S replay(List<E> history) {
    return replay.apply(history);
  }

  /**
   * Applies the next event.
   *
   * @param state the state so far
   * @param event the event
   * @return the new state
   * @throws io.github.casework.CaseworkException if the aggregate's rules forbid the event here
   */
  public S evolve(S state, E event) {
    return evolve.apply(state, event);
  }
}
