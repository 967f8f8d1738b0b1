package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.json.internal.CaseloadContext;
import io.github.casework.json.internal.Wire;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A kind of NDJSON event stream: the first line is a header (an envelope whose {@code kind} is {@link #name()},
 * without {@code data} except for {@link #CASELOAD_EVENTS}), every further line is one event of one aggregate type
 * (of any type, for {@link #CASELOAD_EVENTS}). Events of several aggregates may interleave; each aggregate's events
 * are replayed in order through its {@link AggregateType} when the stream is read. Read and write streams with
 * {@link CaseworkJson}. Immutable and thread-safe.
 *
 * @param <E> the event type
 * @param <S> the aggregate type the events replay to
 */
public final class EventStreamKind<E extends CaseworkEvent, S extends Aggregate<?, ?, ?>> {

  /** Case events ({@code case-events}), replayed into {@link Case}s. */
  public static final EventStreamKind<CaseEvent, Case> CASE_EVENTS = single(Case.TYPE);

  /** Referral events ({@code referral-events}), replayed into {@link Referral}s. */
  public static final EventStreamKind<ReferralEvent, Referral> REFERRAL_EVENTS = single(Referral.TYPE);

  /** Escalation events ({@code escalation-events}), replayed into {@link Escalation}s. */
  public static final EventStreamKind<EscalationEvent, Escalation> ESCALATION_EVENTS = single(Escalation.TYPE);

  /** Signal events ({@code signal-events}), replayed into {@link Signal}s. */
  public static final EventStreamKind<SignalEvent, Signal> SIGNAL_EVENTS = single(Signal.TYPE);

  /**
   * The events of every aggregate kind, mixed ({@code caseload-events}): each line's {@code type} prefix
   * ({@code case.}, {@code referral.}, {@code escalation.}, {@code signal.}) names its {@link AggregateType}, and
   * each aggregate is replayed through it ({@link AggregateType#startAny}, {@link AggregateType#evolveAny}). The
   * header may carry, as {@code data}, the caseload's agencies, professionals, mandates and areas (see
   * {@link EventStreamReader#context()}) and the consent withdrawals, and lines of type {@code outreach.*} carry the
   * outreach cases of early signals ({@link EventStreamReader#outreach()}, {@link EventStreamWriter#writeOutreach}),
   * so that one stream holds a whole {@link CaseloadSnapshot}. Its events are
   * {@link CaseworkEvent}s and its states {@link Aggregate}s; {@link EventStreamReader#stateOf} takes an aggregate's
   * id, since ids of different kinds are never equal.
   */
  public static final EventStreamKind<CaseworkEvent, Aggregate<?, ?, ?>> CASELOAD_EVENTS = new EventStreamKind<>(
      "caseload-events", CaseworkEvent.class, anyAggregate(), AggregateType.values(), AggregateType::startAny,
      AggregateType::evolveAny, CaseloadContext.class);

  private static final ImmutableList<EventStreamKind<?, ?>> VALUES =
      ImmutableList.of(CASE_EVENTS, REFERRAL_EVENTS, ESCALATION_EVENTS, SIGNAL_EVENTS, CASELOAD_EVENTS);

  private final String name;
  private final Class<E> eventType;
  private final Class<S> stateType;
  private final ImmutableList<AggregateType<?, ?, ?>> aggregateTypes;
  private final Function<E, S> start;
  private final BiFunction<S, E, S> evolve;
  private final Class<?> headerType;

  private EventStreamKind(String name, Class<E> eventType, Class<S> stateType,
      ImmutableList<AggregateType<?, ?, ?>> aggregateTypes, Function<E, S> start, BiFunction<S, E, S> evolve,
      Class<?> headerType) {
    this.name = name;
    this.eventType = eventType;
    this.stateType = stateType;
    this.aggregateTypes = aggregateTypes;
    this.start = start;
    this.evolve = evolve;
    this.headerType = headerType;
  }

  private static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> EventStreamKind<E, S> single(
      AggregateType<S, ?, E> type) {
    // Named after the aggregate type: case-events, referral-events, ...
    return new EventStreamKind<>(type.name() + "-events", type.eventType(), type.stateType(), ImmutableList.of(type), type::start,
        type::evolve, Void.class);
  }

  @SuppressWarnings("unchecked")
  private static Class<Aggregate<?, ?, ?>> anyAggregate() {
    return (Class<Aggregate<?, ?, ?>>) (Class<?>) Aggregate.class;
  }

  /**
   * Returns the kind of the streams that hold the events of one aggregate type, for code that works across
   * aggregates: {@code of(Case.TYPE)} is {@link #CASE_EVENTS}.
   *
   * @param <S> the aggregate type
   * @param <E> its event type
   * @param type the aggregate type, not null
   * @return the stream kind
   */
  @SuppressWarnings("unchecked")
  public static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> EventStreamKind<E, S> of(
      AggregateType<S, ?, E> type) {
    requireNonNull(type, "type");
    for (EventStreamKind<?, ?> k : VALUES) {
      if (k.aggregateTypes.equals(ImmutableList.of(type))) {
        // Built by single(type) for this very type.
        return (EventStreamKind<E, S>) k;
      }
    }
    throw new AssertionError("bug: no stream kind for the aggregate type " + type);
  }

  /** {@return every stream kind, in a stable order} */
  public static ImmutableList<EventStreamKind<?, ?>> values() {
    return VALUES;
  }

  /**
   * Returns the kind with this name.
   *
   * @param name a kind's name, not null
   * @return the kind, or empty if no stream kind has this name
   */
  public static Optional<EventStreamKind<?, ?>> ofName(String name) {
    requireNonNull(name, "name");
    return VALUES.stream().filter(k -> k.name.equals(name)).findFirst();
  }

  /** {@return the name in the header's {@code kind} member, such as {@code case-events}} */
  public String name() {
    return name;
  }

  /** {@return the Java type of the events: {@link CaseworkEvent} for {@link #CASELOAD_EVENTS}} */
  public Class<E> eventType() {
    return eventType;
  }

  /** {@return the Java type of the aggregates the events replay to: {@link Aggregate} for {@link #CASELOAD_EVENTS}} */
  public Class<S> stateType() {
    return stateType;
  }

  /**
   * Returns the file name of the kind's JSON Schema: the schema validates the header line, and its
   * {@code #/$defs/event} validates every other line.
   *
   * @return the file name, such as {@code case-events.schema.json}
   */
  public String schemaFile() {
    return name + ".schema.json";
  }

  /** {@return the schema's {@code $id}} */
  public String schemaId() {
    return Wire.SCHEMA_BASE_IRI + schemaFile();
  }

  /**
   * Returns the aggregate types whose events the stream holds.
   *
   * @return one aggregate type, or all of them (in {@link AggregateType#values()} order) for
   *     {@link #CASELOAD_EVENTS}
   */
  public ImmutableList<AggregateType<?, ?, ?>> aggregateTypes() {
    return aggregateTypes;
  }

  /** Starts an aggregate from the first event of its history in the stream. */
  S start(E first) {
    return start.apply(first);
  }

  /** Applies an event to the aggregate it belongs to. */
  S evolve(S state, E event) {
    return evolve.apply(state, event);
  }

  /** The type of the data the header may carry, or {@code Void.class}. */
  Class<?> headerType() {
    return headerType;
  }

  /** Returns the kind's name. */
  @Override
  public String toString() {
    return name;
  }
}
