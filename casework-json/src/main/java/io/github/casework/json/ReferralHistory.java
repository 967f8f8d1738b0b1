package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;

/**
 * A referral together with the events that produced it: the content of a {@link DocumentKind#REFERRAL referral
 * document}.
 *
 * <p>The history is the truth and the state is derived from it: every instance is built by replaying its events
 * through {@link Referral#replay} and {@link Referral#evolve}, so a history the referral's rules forbid cannot exist,
 * and {@link #state()} always equals the replay of {@link #events()}. Two histories are equal when their events
 * are. Immutable and thread-safe.
 */
public final class ReferralHistory {
  private final Referral state;
  private final ImmutableList<ReferralEvent> events;

  private ReferralHistory(Referral state, ImmutableList<ReferralEvent> events) {
    this.state = state;
    this.events = events;
  }

  /**
   * Replays a referral's events.
   *
   * @param events the events in order, starting with {@link ReferralEvent.Drafted}, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the referral's rules forbid the history
   */
  public static ReferralHistory of(Iterable<? extends ReferralEvent> events) {
    ImmutableList<ReferralEvent> copy = ImmutableList.copyOf(requireNonNull(events, "events"));
    return new ReferralHistory(Referral.replay(copy), copy);
  }

  /**
   * Starts a history from the decision that drafted a referral, such as the result of {@link Referral#draft}.
   *
   * @param opened the decision, not null
   * @return the history
   * @throws io.github.casework.RuleViolationException if the decision's events do not start a referral
   */
  public static ReferralHistory of(Decision<Referral, ReferralEvent> opened) {
    return of(requireNonNull(opened, "opened").events());
  }

  /**
   * Returns this history extended by more events, applied with {@link Referral#evolve}.
   *
   * @param more the next events, in order, not null
   * @return the longer history, or this history if {@code more} is empty
   * @throws io.github.casework.RuleViolationException if the referral's rules forbid an event; this history is
   *     unchanged
   */
  public ReferralHistory append(Iterable<? extends ReferralEvent> more) {
    ImmutableList<ReferralEvent> added = ImmutableList.copyOf(requireNonNull(more, "more"));
    if (added.isEmpty()) {
      return this;
    }
    Referral next = state;
    for (ReferralEvent e : added) {
      next = next.evolve(e);
    }
    return new ReferralHistory(next, ImmutableList.<ReferralEvent>builderWithExpectedSize(events.size() + added.size())
        .addAll(events).addAll(added).build());
  }

  /**
   * Returns this history extended by a decision's events.
   *
   * @param decision a decision taken on {@link #state()}, not null
   * @return the longer history
   * @throws io.github.casework.RuleViolationException if the referral's rules forbid an event
   */
  public ReferralHistory append(Decision<Referral, ReferralEvent> decision) {
    return append(requireNonNull(decision, "decision").events());
  }

  /** {@return the referral as its events leave it} */
  public Referral state() {
    return state;
  }

  /** {@return the events, in order; the first starts the referral} */
  public ImmutableList<ReferralEvent> events() {
    return events;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof ReferralHistory other && events.equals(other.events));
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  /** Shows the referral's summary (which holds no free text) and the number of events. */
  @Override
  public String toString() {
    return "ReferralHistory[" + state + ", events=" + events.size() + "]";
  }
}
