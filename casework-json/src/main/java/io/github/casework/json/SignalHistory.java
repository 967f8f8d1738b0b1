package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;

/**
 * A signal together with the events that produced it: the content of a {@link DocumentKind#SIGNAL signal
 * document}.
 *
 * <p>The history is the truth and the state is derived from it: every instance is built by replaying its events
 * through {@link Signal#replay} and {@link Signal#evolve}, so a history the signal's rules forbid cannot exist,
 * and {@link #state()} always equals the replay of {@link #events()}. Two histories are equal when their events
 * are. Immutable and thread-safe.
 */
public final class SignalHistory {
  private final Signal state;
  private final ImmutableList<SignalEvent> events;

  private SignalHistory(Signal state, ImmutableList<SignalEvent> events) {
    this.state = state;
    this.events = events;
  }

  /**
   * Replays a signal's events.
   *
   * @param events the events in order, starting with {@link SignalEvent.Raised}, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the signal's rules forbid the history
   */
  public static SignalHistory of(Iterable<? extends SignalEvent> events) {
    ImmutableList<SignalEvent> copy = ImmutableList.copyOf(requireNonNull(events, "events"));
    return new SignalHistory(Signal.replay(copy), copy);
  }

  /**
   * Starts a history from the decision that raised a signal, such as the result of {@link Signal#raise}.
   *
   * @param opened the decision, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the decision's events do not start a signal
   */
  public static SignalHistory of(Decision<Signal, SignalEvent> opened) {
    return of(requireNonNull(opened, "opened").events());
  }

  /**
   * Returns this history extended by more events, applied with {@link Signal#evolve}.
   *
   * @param more the next events, in order, not null
   * @return the longer history, or this history if {@code more} is empty
   * @throws io.github.casework.RuleViolationException if the signal's rules forbid an event; this history is unchanged
   */
  public SignalHistory append(Iterable<? extends SignalEvent> more) {
    ImmutableList<SignalEvent> added = ImmutableList.copyOf(requireNonNull(more, "more"));
    if (added.isEmpty()) {
      return this;
    }
    Signal next = state;
    for (SignalEvent e : added) {
      next = next.evolve(e);
    }
    return new SignalHistory(next, ImmutableList.<SignalEvent>builderWithExpectedSize(events.size() + added.size())
        .addAll(events).addAll(added).build());
  }

  /**
   * Returns this history extended by a decision's events.
   *
   * @param decision a decision taken on {@link #state()}, not null
   * @return the longer history
   * @throws io.github.casework.RuleViolationException if the signal's rules forbid an event
   */
  public SignalHistory append(Decision<Signal, SignalEvent> decision) {
    return append(requireNonNull(decision, "decision").events());
  }

  /** {@return the signal as its events leave it} */
  public Signal state() {
    return state;
  }

  /** {@return the events, in order; the first starts the signal} */
  public ImmutableList<SignalEvent> events() {
    return events;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof SignalHistory other && events.equals(other.events));
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** Shows the signal's summary (which holds no free text) and the number of events. */
  @Override
  public String toString() {
    return "SignalHistory[" + state + ", events=" + events.size() + "]";
  }
}
