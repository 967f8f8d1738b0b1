package io.github.casework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * What a command decided: the aggregate's new state and the events that produced it from the old state.
 * Applying {@link #events()} in order to the old state with the aggregate's {@code evolve} gives
 * {@link #state()}. Immutable and thread-safe.
 *
 * @param <S> the aggregate type
 * @param <E> the aggregate's event type
 * @param state the new state, not null
 * @param events the events, in order, not null and not empty
 */
public record Decision<S, E>(S state, ImmutableList<E> events) {

  /**
   * Validates the components.
   *
   * @param state the new state, not null
   * @param events the events, in order, not null and not empty
   * @throws InvalidValueException with {@link CoreCodes#DECISION_NO_EVENTS} if there are no events
   */
  public Decision {
    requireNonNull(state, "state");
    requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new InvalidValueException(CoreCodes.DECISION_NO_EVENTS, "Decision.events",
          "a decision carries at least one event");
    }
  }

  /**
   * Returns the single event of a decision that produced exactly one.
   *
   * @return the event
   * @throws IllegalStateException if the decision produced more than one event
   */
  public E event() {
    if (events.size() != 1) {
      throw new IllegalStateException("decision produced " + events.size() + " events");
    }
    return events.get(0);
  }
}
