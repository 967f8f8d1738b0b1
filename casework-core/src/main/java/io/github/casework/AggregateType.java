package io.github.casework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.casefile.Case;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.AggregateId;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The descriptor of one kind of aggregate — {@link Case#TYPE}, {@link Referral#TYPE}, {@link Escalation#TYPE} or
 * {@link Signal#TYPE} — that carries, once for all four, the glue every event-sourced aggregate needs: starting a
 * state from its first event, replaying a history, applying one event, and deciding a command with an expected
 * version. Code that works across aggregates (streams, stores, bridges) is written once against this type; the
 * aggregate itself contributes only its own {@link Rules}.
 *
 * <p><b>Invariants.</b> A history is never empty and starts with exactly one event of the {@link #firstEventType()}
 * ({@code case.opened}, {@code referral.drafted}, {@code escalation.raised}, {@code signal.raised}); every later
 * event names the same aggregate and is not a first event; each event is checked by the aggregate's rules at its
 * position. These shared checks come first and in this order, with the aggregate's own codes (see
 * {@link Codes}): empty or wrongly started history, event of another aggregate, first event again. The expected
 * version is checked before any rule of a command. The version of a state is the number of events applied.
 *
 * <p>There is exactly one instance per aggregate kind, so descriptors compare by identity. Immutable and
 * thread-safe.
 *
 * @param <S> the aggregate type
 * @param <C> its command type
 * @param <E> its event type
 */
public final class AggregateType<S extends Aggregate<S, C, E>, C extends CaseworkCommand,
    E extends CaseworkEvent> {

  /**
   * The rules of one aggregate kind, which its descriptor calls after the shared checks. Implemented by the four
   * aggregates only; a host never needs to implement it. Implementations are stateless and thread-safe.
   *
   * @param <S> the aggregate type
   * @param <C> its command type
   * @param <E> its event type
   * @param <F> its first event's type
   */
  public interface Rules<S, C, E extends CaseworkEvent, F extends E> {

    /**
     * Creates the state a first event describes, at version 1.
     *
     * @param first the first event, not null
     * @return the state
     */
    S start(F first);

    /**
     * Checks a command's own rules against a state and returns the one event it produces; the descriptor has
     * checked the expected version already.
     *
     * @param state the current state, not null
     * @param command the command, not null
     * @return the event, which {@link #evolve} accepts on {@code state}
     * @throws CaseworkException if the command breaks a rule
     */
    E eventFor(S state, C command);

    /**
     * Applies one event that names this aggregate and is not a first event.
     *
     * @param state the current state, not null
     * @param event the event, not null
     * @return the new state, one version higher
     * @throws CaseworkException if the rules forbid the event here
     */
    S evolve(S state, E event);

    /**
     * Applies the events after the first, in order, each after the shared checks: {@code check.check(event)}
     * before the aggregate's own rules. An aggregate overrides this when it can fold a history faster than one
     * {@link #evolve} per event, with the same rules.
     *
     * @param state the state to start from, not null
     * @param events the events after the first, not yet checked
     * @param check the shared checks, to apply to each event before the aggregate's rules
     * @return the state after the last event
     * @throws CaseworkException if the rules forbid an event at its position
     */
    default S evolveAll(S state, Iterator<? extends E> events, HeadCheck<E> check) {
      S next = state;
      while (events.hasNext()) {
        E event = events.next();
        check.check(event);
        next = evolve(next, event);
      }
      return next;
    }

    /**
     * Returns rules made of an aggregate's three functions, for an aggregate that folds a history one event at a
     * time.
     *
     * @param <S> the aggregate type
     * @param <C> its command type
     * @param <E> its event type
     * @param <F> its first event's type
     * @param start creates the state a first event describes, not null
     * @param eventFor checks a command's own rules and returns its event, not null
     * @param evolve applies one event, not null
     * @return the rules
     */
    static <S, C, E extends CaseworkEvent, F extends E> Rules<S, C, E, F> of(Function<? super F, ? extends S> start,
        BiFunction<? super S, ? super C, ? extends E> eventFor, BiFunction<? super S, ? super E, ? extends S> evolve) {
      requireNonNull(start, "start");
      requireNonNull(eventFor, "eventFor");
      requireNonNull(evolve, "evolve");
      return new Rules<>() {
        @Override
        public S start(F first) {
          return start.apply(first);
        }

        @Override
        public E eventFor(S state, C command) {
          return eventFor.apply(state, command);
        }

        @Override
        public S evolve(S state, E event) {
          return evolve.apply(state, event);
        }
      };
    }
  }

  /**
   * The checks every event after the first passes in a replay, handed to {@link Rules#evolveAll}: the event names
   * the aggregate being replayed and is not a first event. The events themselves are passed as they come rather
   * than through a checking iterator: a wrapping iterator made replay about three times slower in the JMH replay
   * benchmark. Immutable and thread-safe.
   *
   * @param <E> the event type
   */
  public static final class HeadCheck<E extends CaseworkEvent> {
    private final AggregateType<?, ?, E> type;
    private final AggregateId id;

    private HeadCheck(AggregateType<?, ?, E> type, AggregateId id) {
      this.type = type;
      this.id = id;
    }

    /**
     * Checks one event.
     *
     * @param event the next event of the history, not null
     * @throws RuleViolationException if it names another aggregate or is a first event
     */
    public void check(E event) {
      type.checkNext(id, event);
    }
  }

  /**
   * The codes of the shared checks, each from the aggregate's own codes class.
   *
   * @param notStarted a history that is empty or does not start with the first event
   * @param alreadyStarted a first event applied to an existing aggregate
   * @param wrongAggregate an event of another aggregate applied to this one
   */
  public record Codes(String notStarted, String alreadyStarted, String wrongAggregate) {
    /**
     * Validates the components.
     *
     * @param notStarted a history that is empty or does not start with the first event, not null
     * @param alreadyStarted a first event applied to an existing aggregate, not null
     * @param wrongAggregate an event of another aggregate applied to this one, not null
     */
    public Codes {
      requireNonNull(notStarted, "notStarted");
      requireNonNull(alreadyStarted, "alreadyStarted");
      requireNonNull(wrongAggregate, "wrongAggregate");
    }
  }

  private final String name;
  private final String article;
  private final Class<S> stateType;
  private final Class<C> commandType;
  private final Class<E> eventType;
  private final Class<? extends E> firstEventType;
  private final String firstEventTypeId;
  private final Codes codes;
  private final Rules<S, C, E, ?> rules;
  private final Starter<S, E> starter;

  /** Casts a first event to its own type and starts a state from it, hiding the first event's type parameter. */
  @FunctionalInterface
  private interface Starter<S, E> {
    S start(E first);
  }

  private <F extends E> AggregateType(String name, Class<S> stateType, Class<C> commandType, Class<E> eventType,
      Class<F> firstEventType, String firstEventTypeId, Codes codes, Rules<S, C, E, F> rules) {
    this.name = requireNonNull(name, "name");
    if (!name.matches("[a-z]+")) {
      throw new InvalidValueException(CoreCodes.AGGREGATE_NAME_INVALID, "AggregateType.name",
          "must be a lower-case word");
    }
    this.article = "aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ";
    this.stateType = requireNonNull(stateType, "stateType");
    this.commandType = requireNonNull(commandType, "commandType");
    this.eventType = requireNonNull(eventType, "eventType");
    this.firstEventType = requireNonNull(firstEventType, "firstEventType");
    this.firstEventTypeId = requireNonNull(firstEventTypeId, "firstEventTypeId");
    this.codes = requireNonNull(codes, "codes");
    this.rules = requireNonNull(rules, "rules");
    this.starter = first -> rules.start(firstEventType.cast(first));
  }

  /**
   * Creates the descriptor of an aggregate kind. Called once by each of the four aggregates for its
   * {@code TYPE} constant.
   *
   * @param <S> the aggregate type
   * @param <C> its command type
   * @param <E> its event type
   * @param <F> its first event's type
   * @param name the aggregate kind's name, the prefix of its event type ids, such as {@code case}; not null
   * @param stateType the aggregate type, not null
   * @param commandType the command type, not null
   * @param eventType the event type, not null
   * @param firstEventType the type of the event that starts every history, not null
   * @param firstEventTypeId that event's wire type id, not null
   * @param codes the codes of the shared checks, not null
   * @param rules the aggregate's own rules, not null
   * @return the descriptor
   * @throws InvalidValueException if the name is not a lower-case word
   */
  public static <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent, F extends E>
      AggregateType<S, C, E> of(String name, Class<S> stateType, Class<C> commandType, Class<E> eventType,
          Class<F> firstEventType, String firstEventTypeId, Codes codes, Rules<S, C, E, F> rules) {
    return new AggregateType<>(name, stateType, commandType, eventType, firstEventType, firstEventTypeId, codes,
        rules);
  }

  /** Holds the list of all descriptors apart, so that it is built only once every aggregate class is ready. */
  private static final class All {
    static final ImmutableList<AggregateType<?, ?, ?>> VALUES =
        ImmutableList.of(Case.TYPE, Referral.TYPE, Escalation.TYPE, Signal.TYPE);
  }

  /** {@return the four descriptors, in the order a caseload lists them: case, referral, escalation, signal} */
  public static ImmutableList<AggregateType<?, ?, ?>> values() {
    return All.VALUES;
  }

  /**
   * Returns the descriptor with this name.
   *
   * @param name an aggregate kind's name, such as {@code referral}; not null
   * @return the descriptor, or empty if no aggregate kind has this name
   */
  public static Optional<AggregateType<?, ?, ?>> ofName(String name) {
    requireNonNull(name, "name");
    for (AggregateType<?, ?, ?> t : values()) {
      if (t.name.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the descriptor whose events have this wire type id: the part before the first dot names the
   * aggregate kind ({@code referral.sent} belongs to referrals). Whether the rest names a real event is for the
   * wire format to decide.
   *
   * @param typeId an event's type id, not null
   * @return the descriptor, or empty if the type id does not start with an aggregate kind's name and a dot
   */
  public static Optional<AggregateType<?, ?, ?>> ofEventType(String typeId) {
    int dot = requireNonNull(typeId, "typeId").indexOf('.');
    return dot <= 0 ? Optional.empty() : ofName(typeId.substring(0, dot));
  }

  /**
   * Starts an aggregate of whatever kind from its first event.
   *
   * @param first the first event of a history, not null
   * @return the state at version 1
   * @throws RuleViolationException if the event does not start a history
   */
  public static Aggregate<?, ?, ?> startAny(CaseworkEvent first) {
    return startAs(requireNonNull(first, "first").aggregateType(), first);
  }

  /**
   * Applies an event of whatever kind to the aggregate it belongs to.
   *
   * @param state the aggregate, not null
   * @param event the next event of its history, not null
   * @return the new state
   * @throws RuleViolationException if the event belongs to another aggregate (of this or another kind) or the
   *     rules forbid it here; the aggregate is unchanged
   */
  public static Aggregate<?, ?, ?> evolveAny(Aggregate<?, ?, ?> state, CaseworkEvent event) {
    return evolveAs(requireNonNull(state, "state").aggregateType(), state, event);
  }

  private static <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent> S startAs(
      AggregateType<S, C, E> type, CaseworkEvent first) {
    return type.start(type.eventType.cast(first));
  }

  private static <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent> S evolveAs(
      AggregateType<S, C, E> type, Aggregate<?, ?, ?> state, CaseworkEvent event) {
    requireNonNull(event, "event");
    if (!type.eventType.isInstance(event)) {
      throw type.reject(state.id(), type.codes.wrongAggregate,
          "an event of another kind of aggregate cannot be applied to " + type.article + type.name);
    }
    return type.evolve(type.stateType.cast(state), type.eventType.cast(event));
  }

  /** {@return the aggregate kind's name, the prefix of its event type ids, such as {@code case}} */
  public String name() {
    return name;
  }

  /** {@return the aggregate type} */
  public Class<S> stateType() {
    return stateType;
  }

  /** {@return the command type} */
  public Class<C> commandType() {
    return commandType;
  }

  /** {@return the event type} */
  public Class<E> eventType() {
    return eventType;
  }

  /** {@return the type of the event every history starts with} */
  public Class<? extends E> firstEventType() {
    return firstEventType;
  }

  /** {@return the wire type id of the first event, such as {@code case.opened}} */
  public String firstEventTypeId() {
    return firstEventTypeId;
  }

  /** {@return the codes of the shared checks} */
  public Codes codes() {
    return codes;
  }

  /**
   * Returns whether an event belongs to this kind of aggregate.
   *
   * @param event any event, not null
   * @return true if it is one of this kind's events
   */
  public boolean accepts(CaseworkEvent event) {
    return eventType.isInstance(requireNonNull(event, "event"));
  }

  /**
   * Creates the state a first event describes.
   *
   * @param first the first event of a history, not null
   * @return the state at version 1
   * @throws RuleViolationException with {@link Codes#notStarted()} if the event is not a first event
   */
  public S start(E first) {
    requireNonNull(first, "first");
    if (!firstEventType.isInstance(first)) {
      throw reject(first.aggregateId(), codes.notStarted,
          article + name + " history must start with " + firstEventTypeId);
    }
    return starter.start(first);
  }

  /**
   * Creates an aggregate from its first event if the caller's expectation allows a new aggregate: an aggregate
   * that does not exist yet has version 0, so {@link ExpectedVersion#none()} and {@link ExpectedVersion#any()}
   * allow it and {@link ExpectedVersion#exactly(long)} never does.
   *
   * @param first the first event, not null
   * @param expected the version the caller expects the aggregate to have now, not null
   * @return the new state (version 1) and the event
   * @throws VersionConflictException if the expectation does not allow a new aggregate
   * @throws RuleViolationException if the event is not a first event
   */
  public Decision<S, E> create(E first, ExpectedVersion expected) {
    requireNonNull(first, "first");
    requireNonNull(expected, "expected").check(first.aggregateId().value(), 0);
    return new Decision<>(start(first), ImmutableList.of(first));
  }

  /**
   * Rebuilds an aggregate from its history.
   *
   * @param history the events in order, starting with the first event, not null
   * @return the state, whose version is the number of events
   * @throws RuleViolationException if the history is empty, does not start with the first event, or holds an event
   *     the rules forbid at its position
   */
  public S replay(Iterable<? extends E> history) {
    Iterator<? extends E> it = requireNonNull(history, "history").iterator();
    if (!it.hasNext()) {
      throw new RuleViolationException(codes.notStarted, "history", article + name + " history must not be empty");
    }
    S state = start(it.next());
    if (!it.hasNext()) {
      return state;
    }
    return rules.evolveAll(state, it, new HeadCheck<>(this, state.id()));
  }

  /**
   * Applies one event, checking the shared rules and then the aggregate's.
   *
   * @param state the current state, not null
   * @param event the next event of its history, not null
   * @return the new state, one version higher
   * @throws RuleViolationException if the event names another aggregate, is a first event, or breaks a rule here
   */
  public S evolve(S state, E event) {
    requireNonNull(state, "state");
    checkNext(state.id(), event);
    return rules.evolve(state, event);
  }

  /**
   * Decides a command against a state if it has the expected version.
   *
   * @param state the current state, not null
   * @param command the command, not null
   * @param expected the version the caller read, not null
   * @return the new state and its events
   * @throws VersionConflictException if the version differs
   * @throws RuleViolationException if the command breaks a rule; the state is unchanged
   */
  public Decision<S, E> decide(S state, C command, ExpectedVersion expected) {
    requireNonNull(state, "state");
    requireNonNull(command, "command");
    requireNonNull(expected, "expected").check(state.id().value(), state.version());
    E event = rules.eventFor(state, command);
    return new Decision<>(rules.evolve(state, event), ImmutableList.of(event));
  }

  private void checkNext(AggregateId id, E event) {
    requireNonNull(event, "event");
    if (!event.aggregateId().equals(id)) {
      throw reject(id, codes.wrongAggregate, "an event of another " + name + " cannot be applied to this " + name);
    }
    if (firstEventType.isInstance(event)) {
      throw reject(id, codes.alreadyStarted, "the " + name + " already has its " + firstEventTypeId + " event");
    }
  }

  private RuleViolationException reject(AggregateId id, String code, String rule) {
    return new RuleViolationException(code, id.value(), rule);
  }

  /** Returns the name, such as {@code case}. */
  @Override
  public String toString() {
    return name;
  }
}
