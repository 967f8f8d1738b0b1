package io.github.casework.json;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.json.internal.Aggregate;
import io.github.casework.json.internal.Wire;

/**
 * A kind of NDJSON event stream: the first line is a header (an envelope without {@code data} whose {@code kind}
 * is {@link #name()}), every further line is one event of one aggregate type. Events of several aggregates of that
 * type may interleave; each aggregate's events are replayed in order through the aggregate's own {@code evolve}
 * when the stream is read. Read and write streams with {@link CaseworkJson}. Immutable and thread-safe.
 *
 * @param <E> the event type
 * @param <S> the aggregate type the events replay to
 */
public final class EventStreamKind<E, S> {

  /** Case events ({@code case-events}), replayed into {@link Case}s. */
  public static final EventStreamKind<CaseEvent, Case> CASE_EVENTS =
      new EventStreamKind<>("case-events", Case.class, Aggregate.CASE);

  private final String name;
  private final Class<S> stateType;
  private final Aggregate<E, S> aggregate;

  private EventStreamKind(String name, Class<S> stateType, Aggregate<E, S> aggregate) {
    this.name = name;
    this.stateType = stateType;
    this.aggregate = aggregate;
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

  /** Returns the kind's name. */
  @Override
  public String toString() {
    return name;
  }
}
