package io.github.casework.json.internal;

import com.google.common.collect.ImmutableList;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import java.util.function.BiFunction;
import java.util.function.Function;

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
  public static final Aggregate<CaseEvent, Case> CASE = new Aggregate<>(
      CaseEvent.class, e -> e.caseId().value(), e -> Case.replay(ImmutableList.of(e)), Case::evolve);

  private final Class<E> eventType;
  private final Function<E, String> idOf;
  private final Function<E, S> start;
  private final BiFunction<S, E, S> evolve;

  private Aggregate(Class<E> eventType, Function<E, String> idOf, Function<E, S> start, BiFunction<S, E, S> evolve) {
    this.eventType = eventType;
    this.idOf = idOf;
    this.start = start;
    this.evolve = evolve;
  }

  /** {@return the event type} */
  public Class<E> eventType() {
    return eventType;
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
    return start.apply(first);
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
