package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;

/**
 * A case together with the events that produced it: the content of a {@link DocumentKind#CASE case document}.
 *
 * <p>The history is the truth and the state is derived from it: every instance is built by replaying its events
 * through {@link Case#replay} and {@link Case#evolve}, so a history the case's rules forbid cannot exist, and
 * {@link #state()} always equals the replay of {@link #events()}. Two histories are equal when their events are.
 * Immutable and thread-safe.
 */
public final class CaseHistory {
  private final Case state;
  private final ImmutableList<CaseEvent> events;

  private CaseHistory(Case state, ImmutableList<CaseEvent> events) {
    this.state = state;
    this.events = events;
  }

  /**
   * Replays a case's events.
   *
   * @param events the events in order, starting with {@link CaseEvent.Opened}, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the case's rules forbid the history
   */
  public static CaseHistory of(Iterable<? extends CaseEvent> events) {
    ImmutableList<CaseEvent> copy = ImmutableList.copyOf(requireNonNull(events, "events"));
    return new CaseHistory(Case.replay(copy), copy);
  }

  /**
   * Starts a history from the decision that opened a case, such as the result of {@link Case#open}.
   *
   * @param opened the decision, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the decision's events do not start a case
   */
  public static CaseHistory of(Decision<Case, CaseEvent> opened) {
    return of(requireNonNull(opened, "opened").events());
  }

  /**
   * Returns this history extended by more events, applied with {@link Case#evolve}.
   *
   * @param more the next events, in order, not null
   * @return the longer history, or this history if {@code more} is empty
   * @throws io.github.casework.RuleViolationException if the case's rules forbid an event; this history is unchanged
   */
  public CaseHistory append(Iterable<? extends CaseEvent> more) {
    ImmutableList<CaseEvent> added = ImmutableList.copyOf(requireNonNull(more, "more"));
    if (added.isEmpty()) {
      return this;
    }
    Case next = state;
    for (CaseEvent e : added) {
      next = next.evolve(e);
    }
    return new CaseHistory(next, ImmutableList.<CaseEvent>builderWithExpectedSize(events.size() + added.size())
        .addAll(events).addAll(added).build());
  }

  /**
   * Returns this history extended by a decision's events.
   *
   * @param decision a decision taken on {@link #state()}, not null
   * @return the longer history
   * @throws io.github.casework.RuleViolationException if the case's rules forbid an event
   */
  public CaseHistory append(Decision<Case, CaseEvent> decision) {
    return append(requireNonNull(decision, "decision").events());
  }

  /** {@return the case as its events leave it} */
  public Case state() {
    return state;
  }

  /** {@return the events, in order; the first opens the case} */
  public ImmutableList<CaseEvent> events() {
    return events;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof CaseHistory other && events.equals(other.events));
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** Shows the case's summary and the number of events; a case holds no personal details. */
  @Override
  public String toString() {
    return "CaseHistory[" + state + ", events=" + events.size() + "]";
  }
}
