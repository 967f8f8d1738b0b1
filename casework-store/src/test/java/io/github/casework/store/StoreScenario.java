package io.github.casework.store;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkCommand;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.ExpectedVersion;
import io.github.casework.id.AggregateId;
import java.util.ArrayList;
import java.util.List;

/**
 * Given/when/then over an aggregate's descriptor and a store: <i>given</i> events already stored, <i>when</i> a
 * command is decided against the state the store replays (with the version it read as the expected version) and
 * its events appended, <i>then</i> exactly these new events are stored, or the command is rejected with a code and
 * nothing is stored.
 *
 * <pre>{@code
 * StoreScenario.on(store, Case.TYPE)
 *     .given(opened, activated)
 *     .when(caseId, new CaseCommand.StartWaiting(at))
 *     .then(new CaseEvent.WaitingStarted(caseId, at));
 * }</pre>
 *
 * @param <S> the aggregate type
 * @param <C> its command type
 * @param <E> its event type
 */
public final class StoreScenario<S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent> {
  private final EventStore store;
  private final AggregateType<S, C, E> type;

  private StoreScenario(EventStore store, AggregateType<S, C, E> type) {
    this.store = requireNonNull(store, "store");
    this.type = requireNonNull(type, "type");
  }

  /**
   * Starts a scenario.
   *
   * @param <S> the aggregate type
   * @param <C> its command type
   * @param <E> its event type
   * @param store the store under test
   * @param type the kind of aggregate
   * @return the scenario
   */
  public static <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent>
      StoreScenario<S, C, E> on(EventStore store, AggregateType<S, C, E> type) {
    return new StoreScenario<>(store, type);
  }

  /**
   * Stores events, each appended to its stream at the version the store reports.
   *
   * @param events the events
   * @return this scenario
   */
  @SafeVarargs
  public final StoreScenario<S, C, E> given(E... events) {
    for (E e : events) {
      store.append(Append.of(EventStore.expecting(store.version(e.aggregateId())), e));
    }
    return this;
  }

  /**
   * Decides a command against the stored state and appends its events with the version read.
   *
   * @param id the aggregate
   * @param command the command
   * @return the outcome, to check with {@link Then}
   */
  public Then when(AggregateId id, C command) {
    long before = store.version(id);
    S state = store.load(type, id).orElseThrow(() -> new AssertionError("given: no events of the aggregate"));
    assertThat(state.version()).as("the replayed state's version").isEqualTo(before);
    try {
      var decision = type.decide(state, command, ExpectedVersion.exactly(before));
      store.append(Append.of(decision, ExpectedVersion.exactly(before)));
      return new Then(id, before, null);
    } catch (CaseworkException e) {
      return new Then(id, before, e);
    }
  }

  /** The outcome of {@link #when}. */
  public final class Then {
    private final AggregateId id;
    private final long before;
    private final CaseworkException rejection;

    private Then(AggregateId id, long before, CaseworkException rejection) {
      this.id = id;
      this.before = before;
      this.rejection = rejection;
    }

    /**
     * Checks that exactly these events were stored after the given ones, and that the stored state replays.
     *
     * @param expected the new events
     * @return the state the store replays now
     */
    @SafeVarargs
    public final S then(E... expected) {
      assertThat(rejection).as("the command was rejected").isNull();
      List<CaseworkEvent> all = store.events(id);
      List<CaseworkEvent> wanted = new ArrayList<>();
      for (E e : expected) {
        wanted.add(e);
      }
      assertThat(all.subList((int) before, all.size())).containsExactlyElementsOf(wanted);
      S state = store.load(type, id).orElseThrow();
      assertThat(state.version()).isEqualTo(before + expected.length);
      return state;
    }

    /**
     * Checks that the command was rejected with a code and that nothing was stored.
     *
     * @param code the expected code
     */
    public void thenRejected(String code) {
      assertThat(rejection).as("the command was accepted").isNotNull();
      assertThat(rejection.code()).isEqualTo(code);
      assertThat(store.version(id)).as("the stream's version after a rejection").isEqualTo(before);
    }
  }
}
