package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.RuleViolationException;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.id.OutreachId;
import java.time.Instant;
import java.util.Optional;

/**
 * An outreach case of early signals together with the events that produced it: how a {@link CaseloadSnapshot}
 * carries each {@link OutreachCase} (in a caseload document's {@code outreach} member and as the {@code outreach.*}
 * lines of a caseload-events stream). It is {@link History}'s counterpart for the outreach case, which is a model of
 * its own rather than one of the sealed aggregates (see the {@code io.github.casework.earlywarning} package).
 *
 * <p>Invariants: the events are never empty and replay through {@link OutreachCase#replay} to {@link #state()}, so a
 * history the outreach rules forbid cannot exist. Two histories are equal when they hold equal events. The events
 * carry the resident (personal data) inside their early signals; {@link #toString()} shows the id and the number of
 * events only. Immutable and thread-safe.
 */
public final class OutreachHistory {
  private final OutreachCase state;
  private final ImmutableList<OutreachEvent> events;

  private OutreachHistory(OutreachCase state, ImmutableList<OutreachEvent> events) {
    this.state = state;
    this.events = events;
  }

  /**
   * Replays an outreach case's events.
   *
   * @param events the events in order, the first an {@code outreach.opened}, not null
   * @return the history
   * @throws RuleViolationException if the outreach rules forbid the history (it is empty, does not start with the
   *     opening, or holds an event the rules forbid at its position)
   */
  public static OutreachHistory of(Iterable<? extends OutreachEvent> events) {
    ImmutableList<OutreachEvent> copy = ImmutableList.copyOf(requireNonNull(events, "events"));
    return new OutreachHistory(OutreachCase.replay(copy), copy);
  }

  /**
   * Wraps a state that the caller has just replayed from exactly these events, without replaying them again.
   *
   * @param state the replay of {@code events}
   * @param events the events
   */
  static OutreachHistory replayed(OutreachCase state, ImmutableList<OutreachEvent> events) {
    return new OutreachHistory(state, events);
  }

  /** {@return the case's id} */
  public OutreachId id() {
    return state.id();
  }

  /** {@return the case as its events leave it} */
  public OutreachCase state() {
    return state;
  }

  /** {@return the events, in order; never empty} */
  public ImmutableList<OutreachEvent> events() {
    return events;
  }

  /**
   * Returns the case as it stood at an instant: the replay of the events recorded at or before it. This is how a
   * report over a past period (the DDAS delivery) shows a case at the period's end, whatever happened later.
   *
   * @param at the instant, not null
   * @return the case then, or empty if it was opened after {@code at}
   */
  public Optional<OutreachCase> asOf(Instant at) {
    requireNonNull(at, "at");
    // Events are in time order (the case rejects one dated before the last change), so a prefix is cut.
    int n = 0;
    while (n < events.size() && !events.get(n).at().isAfter(at)) {
      n++;
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(n == events.size() ? state : OutreachCase.replay(events.subList(0, n)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutreachHistory other && events.equals(other.events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** Shows the id, status and number of events; never the resident. */
  @Override
  public String toString() {
    return "OutreachHistory[id=" + state.id() + ", status=" + state.status().code() + ", events=" + events.size()
        + "]";
  }
}
