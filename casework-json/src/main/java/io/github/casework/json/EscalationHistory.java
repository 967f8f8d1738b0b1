package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationEvent;

/**
 * An escalation together with the events that produced it: the content of an {@link DocumentKind#ESCALATION escalation
 * document}.
 *
 * <p>The history is the truth and the state is derived from it: every instance is built by replaying its events
 * through {@link Escalation#replay} and {@link Escalation#evolve}, so a history the escalation's rules forbid
 * cannot exist, and {@link #state()} always equals the replay of {@link #events()}. Two histories are equal when
 * their events are. Immutable and thread-safe.
 */
public final class EscalationHistory {
  private final Escalation state;
  private final ImmutableList<EscalationEvent> events;

  private EscalationHistory(Escalation state, ImmutableList<EscalationEvent> events) {
    this.state = state;
    this.events = events;
  }

  /**
   * Replays an escalation's events.
   *
   * @param events the events in order, starting with {@link EscalationEvent.Raised}, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the escalation's rules forbid the history
   */
  public static EscalationHistory of(Iterable<? extends EscalationEvent> events) {
    ImmutableList<EscalationEvent> copy = ImmutableList.copyOf(requireNonNull(events, "events"));
    return new EscalationHistory(Escalation.replay(copy), copy);
  }

  /**
   * Starts a history from the decision that raised an escalation, such as the result of {@link Escalation#raise}.
   *
   * @param opened the decision, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the decision's events do not start an escalation
   */
  public static EscalationHistory of(Decision<Escalation, EscalationEvent> opened) {
    return of(requireNonNull(opened, "opened").events());
  }

  /**
   * Returns this history extended by more events, applied with {@link Escalation#evolve}.
   *
   * @param more the next events, in order, not null
   * @return the longer history, or this history if {@code more} is empty
   * @throws io.github.casework.RuleViolationException if the escalation's rules forbid an event; this history is
   *     unchanged
   */
  public EscalationHistory append(Iterable<? extends EscalationEvent> more) {
    ImmutableList<EscalationEvent> added = ImmutableList.copyOf(requireNonNull(more, "more"));
    if (added.isEmpty()) {
      return this;
    }
    Escalation next = state;
    for (EscalationEvent e : added) {
      next = next.evolve(e);
    }
    return new EscalationHistory(next,
        ImmutableList.<EscalationEvent>builderWithExpectedSize(events.size() + added.size())
            .addAll(events).addAll(added).build());
  }

  /**
   * Returns this history extended by a decision's events.
   *
   * @param decision a decision taken on {@link #state()}, not null
   * @return the longer history
   * @throws io.github.casework.RuleViolationException if the escalation's rules forbid an event
   */
  public EscalationHistory append(Decision<Escalation, EscalationEvent> decision) {
    return append(requireNonNull(decision, "decision").events());
  }

  /** {@return the escalation as its events leave it} */
  public Escalation state() {
    return state;
  }

  /** {@return the events, in order; the first starts the escalation} */
  public ImmutableList<EscalationEvent> events() {
    return events;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof EscalationHistory other && events.equals(other.events));
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** Shows the escalation's summary (which holds no free text) and the number of events. */
  @Override
  public String toString() {
    return "EscalationHistory[" + state + ", events=" + events.size() + "]";
  }
}
