package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.json.internal.Aggregate;
import io.github.casework.json.internal.CaseloadContext;
import io.github.casework.json.internal.Wire;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;
import java.util.Optional;

/**
 * A kind of NDJSON event stream: the first line is a header (an envelope whose {@code kind} is {@link #name()},
 * without {@code data} except for {@link #CASELOAD_EVENTS}), every further line is one event of one aggregate type
 * (of any type, for {@link #CASELOAD_EVENTS}). Events of several aggregates may interleave; each aggregate's events
 * are replayed in order through the aggregate's own {@code evolve} when the stream is read. Read and write streams
 * with {@link CaseworkJson}. Immutable and thread-safe.
 *
 * @param <E> the event type
 * @param <S> the aggregate type the events replay to
 */
public final class EventStreamKind<E, S> {

  /** Case events ({@code case-events}), replayed into {@link Case}s. */
  public static final EventStreamKind<CaseEvent, Case> CASE_EVENTS =
      new EventStreamKind<>("case-events", Case.class, Aggregate.CASE);

  /** Referral events ({@code referral-events}), replayed into {@link Referral}s. */
  public static final EventStreamKind<ReferralEvent, Referral> REFERRAL_EVENTS =
      new EventStreamKind<>("referral-events", Referral.class, Aggregate.REFERRAL);

  /** Escalation events ({@code escalation-events}), replayed into {@link Escalation}s. */
  public static final EventStreamKind<EscalationEvent, Escalation> ESCALATION_EVENTS =
      new EventStreamKind<>("escalation-events", Escalation.class, Aggregate.ESCALATION);

  /** Signal events ({@code signal-events}), replayed into {@link Signal}s. */
  public static final EventStreamKind<SignalEvent, Signal> SIGNAL_EVENTS =
      new EventStreamKind<>("signal-events", Signal.class, Aggregate.SIGNAL);

  /**
   * The events of every aggregate kind, mixed ({@code caseload-events}): each line's {@code type} prefix
   * ({@code case.}, {@code referral.}, {@code escalation.}, {@code signal.}) tells the aggregate kind, and each
   * aggregate is replayed through its own {@code evolve}. The header may carry, as {@code data}, the caseload's
   * agencies, professionals, mandates and areas (see {@link EventStreamReader#context()}), so that one stream holds
   * a whole {@link CaseloadSnapshot}. Events are {@code Object}s of the four event types and states of the four
   * aggregate types; {@link EventStreamReader#stateOf(String)} takes the aggregate's family and id, such as
   * {@code referral:r-1}.
   */
  public static final EventStreamKind<Object, Object> CASELOAD_EVENTS =
      new EventStreamKind<>("caseload-events", Object.class, Aggregate.ANY, CaseloadContext.class);

  private static final ImmutableList<EventStreamKind<?, ?>> VALUES =
      ImmutableList.of(CASE_EVENTS, REFERRAL_EVENTS, ESCALATION_EVENTS, SIGNAL_EVENTS, CASELOAD_EVENTS);

  private final String name;
  private final Class<S> stateType;
  private final Aggregate<E, S> aggregate;
  private final Class<?> headerType;

  private EventStreamKind(String name, Class<S> stateType, Aggregate<E, S> aggregate) {
    this(name, stateType, aggregate, Void.class);
  }

  private EventStreamKind(String name, Class<S> stateType, Aggregate<E, S> aggregate, Class<?> headerType) {
    this.name = name;
    this.stateType = stateType;
    this.aggregate = aggregate;
    this.headerType = headerType;
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

  /** {@return the Java type of the events} */
  public Class<E> eventType() {
    return aggregate.eventType();
  }

  /** {@return the Java type of the aggregates the events replay to} */
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

  Aggregate<E, S> aggregate() {
    return aggregate;
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
