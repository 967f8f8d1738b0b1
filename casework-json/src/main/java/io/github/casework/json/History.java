package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.Decision;
import io.github.casework.InvalidValueException;
import java.util.Optional;

/**
 * An aggregate together with the events that produced it: the content of a {@link DocumentKind#CASE case},
 * {@link DocumentKind#REFERRAL referral}, {@link DocumentKind#ESCALATION escalation} or
 * {@link DocumentKind#SIGNAL signal} document, and of each aggregate in a {@link CaseloadSnapshot}. One class
 * serves the four aggregates: {@code History<Case, CaseEvent>}, {@code History<Referral, ReferralEvent>} and so on.
 *
 * <p>The history is the truth and the state is derived from it: every instance is built by replaying its events
 * through its {@link #type() AggregateType} ({@link AggregateType#replay}, then {@link AggregateType#evolve} for
 * appended events), so a history the aggregate's rules forbid cannot exist, and {@link #state()} always equals the
 * replay of {@link #events()}. A history is never empty. Two histories are equal when they are of the same
 * aggregate type and hold equal events. Immutable and thread-safe.
 *
 * <p>The command type is not a type parameter: a history holds and replays events only, and
 * {@code History<Case, CaseEvent>} reads better than a third parameter nothing here uses. Decide a command on
 * {@link #state()} and {@linkplain #append(Decision) append} the decision.
 *
 * @param <S> the aggregate type, such as {@link io.github.casework.casefile.Case}
 * @param <E> its event type, such as {@link io.github.casework.casefile.CaseEvent}
 */
public final class History<S extends Aggregate<S, ?, E>, E extends CaseworkEvent> {
  private final AggregateType<S, ?, E> type;
  private final S state;
  private final ImmutableList<E> events;

  private History(AggregateType<S, ?, E> type, S state, ImmutableList<E> events) {
    this.type = type;
    this.state = state;
    this.events = events;
  }

  /**
   * Replays an aggregate's events.
   *
   * @param <S> the aggregate type
   * @param <E> its event type
   * @param type the aggregate type, such as {@link io.github.casework.casefile.Case#TYPE}, not null
   * @param events the events in order, starting with the type's first event, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the aggregate's rules forbid the history (it is empty,
   *     does not start with the first event, or holds an event the rules forbid at its position)
   */
  public static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> History<S, E> of(AggregateType<S, ?, E> type,
      Iterable<? extends E> events) {
    requireNonNull(type, "type");
    ImmutableList<E> copy = ImmutableList.copyOf(requireNonNull(events, "events"));
    return new History<>(type, type.replay(copy), copy);
  }

  /**
   * Starts a history from the decision that started an aggregate, such as the result of
   * {@link io.github.casework.casefile.Case#open} or {@link AggregateType#create}.
   *
   * @param <S> the aggregate type
   * @param <E> its event type
   * @param started the decision, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the decision's events do not start an aggregate
   */
  public static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> History<S, E> of(Decision<S, E> started) {
    requireNonNull(started, "started");
    return of(started.state().aggregateType(), started.events());
  }

  /**
   * Replays the events of one aggregate of whatever type, for code that holds them as {@link CaseworkEvent}s (a
   * mixed stream grouped by {@link CaseworkEvent#aggregateId()}): the first event's
   * {@link CaseworkEvent#aggregateType()} is the history's type.
   *
   * @param events the events in order, starting with a first event, not null and not empty
   * @return the history
   * @throws InvalidValueException if there are no events, so no aggregate type is named
   *     ({@link JsonCodes#HISTORY_EMPTY})
   * @throws io.github.casework.RuleViolationException if the aggregate's rules forbid the history, including an
   *     event of another aggregate type (which is rejected at its position, as {@link AggregateType#evolveAny}
   *     rejects it)
   */
  public static History<?, ?> ofAny(Iterable<? extends CaseworkEvent> events) {
    ImmutableList<CaseworkEvent> copy = ImmutableList.copyOf(requireNonNull(events, "events"));
    if (copy.isEmpty()) {
      throw new InvalidValueException(JsonCodes.HISTORY_EMPTY, "History.events",
          "must hold at least one event to name its aggregate kind");
    }
    return ofAny(copy.get(0).aggregateType(), copy);
  }

  private static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> History<S, E> ofAny(
      AggregateType<S, ?, E> type, ImmutableList<CaseworkEvent> events) {
    ImmutableList.Builder<E> typed = ImmutableList.builderWithExpectedSize(events.size());
    for (int i = 0; i < events.size(); i++) {
      CaseworkEvent e = events.get(i);
      if (!type.accepts(e)) {
        // The events before it come first, and may be rejected themselves; then the core rejects this one.
        AggregateType.evolveAny(type.replay(typed.build()), e);
        throw new AssertionError("bug: an event of another aggregate type was applied");
      }
      typed.add(type.eventType().cast(e));
    }
    return of(type, typed.build());
  }

  /**
   * Wraps a state that the caller has just replayed from exactly these events, without replaying them again.
   *
   * @param type the aggregate type
   * @param state the replay of {@code events}
   * @param events the events
   */
  static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> History<S, E> replayed(AggregateType<S, ?, E> type,
      S state, ImmutableList<E> events) {
    return new History<>(type, state, events);
  }

  /**
   * Returns this history extended by more events, each applied with {@link AggregateType#evolve}.
   *
   * @param more the next events, in order, not null
   * @return the longer history, or this history if {@code more} is empty
   * @throws io.github.casework.RuleViolationException if the aggregate's rules forbid an event; this history is
   *     unchanged
   */
  public History<S, E> append(Iterable<? extends E> more) {
    ImmutableList<E> added = ImmutableList.copyOf(requireNonNull(more, "more"));
    if (added.isEmpty()) {
      return this;
    }
    S next = state;
    for (E e : added) {
      next = type.evolve(next, e);
    }
    return new History<>(type, next,
        ImmutableList.<E>builderWithExpectedSize(events.size() + added.size()).addAll(events).addAll(added).build());
  }

  /**
   * Returns this history extended by a decision's events.
   *
   * @param decision a decision taken on {@link #state()}, not null
   * @return the longer history
   * @throws io.github.casework.RuleViolationException if the aggregate's rules forbid an event; this history is
   *     unchanged
   */
  public History<S, E> append(Decision<S, E> decision) {
    return append(requireNonNull(decision, "decision").events());
  }

  /**
   * Returns this history as a history of the given aggregate type, for code that holds a {@code History<?, ?>}.
   *
   * @param <T> the aggregate type
   * @param <F> its event type
   * @param other an aggregate type, not null
   * @return this history, or empty if it is of another aggregate type
   */
  @SuppressWarnings("unchecked")
  <T extends Aggregate<T, ?, F>, F extends CaseworkEvent> Optional<History<T, F>> as(AggregateType<T, ?, F> other) {
    // Descriptors are unique per aggregate kind, so the same descriptor means the same S and E.
    return requireNonNull(other, "other") == type ? Optional.of((History<T, F>) this) : Optional.empty();
  }

  /** {@return the aggregate type whose rules replayed this history} */
  public AggregateType<S, ?, E> type() {
    return type;
  }

  /** {@return the aggregate as its events leave it} */
  public S state() {
    return state;
  }

  /** {@return the events, in order; the first starts the aggregate} */
  public ImmutableList<E> events() {
    return events;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof History<?, ?> other && type == other.type && events.equals(other.events));
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /**
   * Shows the aggregate's summary and the number of events. The four aggregates' own {@code toString} holds ids,
   * statuses and versions only, never personal details or free text.
   */
  @Override
  public String toString() {
    return "History[" + state + ", events=" + events.size() + "]";
  }
}
