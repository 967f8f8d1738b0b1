package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.id.AggregateId;
import io.github.casework.id.OutreachId;
import io.github.casework.json.internal.CaseloadContext;
import io.github.casework.json.internal.Envelope;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.LineSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an NDJSON event stream one line at a time, replaying every event through its {@link AggregateType} as it
 * goes. An event the aggregate's rules forbid at that point (an illegal transition, an event before the aggregate
 * was opened, one dated before the previous change) is a {@link CaseworkJsonException} that names the line, with
 * the domain's code. Memory does not grow with the number of events, only with the number of distinct aggregates
 * whose latest state the reader keeps, by {@link AggregateId}. In a {@link EventStreamKind#CASELOAD_EVENTS mixed}
 * stream each line goes to the aggregate type its {@code type} prefix names ({@link AggregateType#ofEventType}),
 * except the lines of outreach cases of early signals ({@code outreach.*}), which are not aggregates' events: they
 * are replayed as they come, are not returned by {@link #next()}, and are collected in {@link #outreach()}.
 * Create one with {@link CaseworkJson#newEventReader}. Not thread-safe.
 *
 * @param <E> the event type
 * @param <S> the aggregate type
 */
public final class EventStreamReader<E extends CaseworkEvent, S extends Aggregate<?, ?, ?>>
    implements Iterator<E>, Closeable {
  private static final String TYPE = "type";
  private static final String OUTREACH_PREFIX = "outreach.";

  private final EventStreamKind<E, S> kind;
  private final LineSource lines;
  private final ObjectReader eventReader;
  private final ImmutableMap<AggregateType<?, ?, ?>, ObjectReader> familyReaders;
  private final @Nullable CaseloadContext context;
  private final @Nullable ObjectReader outreachReader;
  /** The outreach cases, in the order of each one's first event: its events and its latest state. */
  private final Map<OutreachId, List<OutreachEvent>> outreachEvents = new LinkedHashMap<>();
  private final Map<OutreachId, OutreachCase> outreachStates = new LinkedHashMap<>();
  /** In the order of each aggregate's first event. */
  private final Map<AggregateId, S> states = new LinkedHashMap<>();
  private @Nullable E pending;
  private @Nullable S pendingState;
  private long pendingLine;
  private @Nullable S lastState;
  private long lastLine;
  private long count;

  EventStreamReader(EventStreamKind<E, S> kind, LineSource lines, ObjectReader headerReader,
      ObjectReader eventReader, ImmutableMap<AggregateType<?, ?, ?>, ObjectReader> familyReaders,
      @Nullable ObjectReader outreachReader) {
    this.kind = kind;
    this.outreachReader = outreachReader;
    this.lines = lines;
    this.eventReader = eventReader;
    this.familyReaders = familyReaders;
    if (!lines.next()) {
      throw new CaseworkJsonException(JsonCodes.TRUNCATED, "an event stream starts with a header line", "", 1, 1);
    }
    Envelope header = parseLine(headerReader);
    this.context = header.data() instanceof CaseloadContext c ? c : null;
  }

  /**
   * Reads and replays the next event, if any.
   *
   * @return true if there is a next event
   * @throws CaseworkJsonException if the next line is not a valid event, or its aggregate's rules forbid it
   * @throws UncheckedIOException if the stream cannot be read
   */
  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    ObjectReader reader;
    do {
      if (!lines.next()) {
        return false;
      }
      reader = readerOfLine();
    } while (reader == outreachReader && readOutreach(reader));
    long line = lines.lineNumber();
    E event = parseLine(reader);
    AggregateId id = event.aggregateId();
    S before = states.get(id);
    S after;
    try {
      after = before == null ? kind.start(event) : kind.evolve(before, event);
    } catch (CaseworkException e) {
      throw Failures.domain(null, "", e).atLine(line);
    }
    states.put(id, after);
    pending = event;
    pendingState = after;
    pendingLine = line;
    return true;
  }

  /**
   * Returns the next event, already replayed.
   *
   * @return the event
   * @throws NoSuchElementException if the stream has no more events
   * @throws CaseworkJsonException as {@link #hasNext()} describes
   */
  @Override
  public E next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    E event = pending;
    pending = null;
    lastState = pendingState;
    lastLine = pendingLine;
    count++;
    return event;
  }

  /** Reads and replays the outreach event of the current line; returns true, so that the next line is read. */
  private boolean readOutreach(ObjectReader reader) {
    long line = lines.lineNumber();
    OutreachEvent event = parseLine(reader);
    OutreachCase before = outreachStates.get(event.outreachId());
    OutreachCase after;
    try {
      after = before == null ? OutreachCase.replay(List.of(event)) : before.evolve(event);
    } catch (CaseworkException e) {
      throw Failures.domain(null, "", e).atLine(line);
    }
    outreachStates.put(event.outreachId(), after);
    outreachEvents.computeIfAbsent(event.outreachId(), k -> new ArrayList<>()).add(event);
    return true;
  }

  /**
   * Returns the outreach cases of early signals read so far, in the order of each one's first event, each with the
   * events of its {@code outreach.*} lines (read as {@link #hasNext()} passes them). Only a
   * {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream carries them.
   *
   * @return the outreach cases' histories so far; empty for other kinds of stream
   */
  public ImmutableList<OutreachHistory> outreach() {
    ImmutableList.Builder<OutreachHistory> out = ImmutableList.builder();
    outreachEvents.forEach((id, events) ->
        out.add(OutreachHistory.replayed(outreachStates.get(id), ImmutableList.copyOf(events))));
    return out.build();
  }

  /** {@return the latest state of every outreach case read so far, in the order of each one's first event} */
  Collection<OutreachCase> outreachStates() {
    return Collections.unmodifiableCollection(outreachStates.values());
  }

  /**
   * Returns the state of the aggregate of the event last returned by {@link #next()}, after that event.
   *
   * @return the state
   * @throws IllegalStateException if no event has been returned yet
   */
  public S state() {
    if (lastState == null) {
      throw new IllegalStateException("no event has been read yet");
    }
    return lastState;
  }

  /**
   * Returns the latest state of an aggregate seen in the stream so far. In a mixed stream the id alone names the
   * aggregate, since ids of different kinds are never equal: {@code stateOf(ReferralId.of("r-1"))}.
   *
   * @param aggregateId the aggregate's id, not null
   * @return the state, or empty if no event of it was read
   */
  public Optional<S> stateOf(AggregateId aggregateId) {
    return Optional.ofNullable(states.get(requireNonNull(aggregateId, "aggregateId")));
  }

  /**
   * Returns what the header of a {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream carries besides the
   * events: the caseload's agencies, professionals, mandates and areas, as a snapshot without aggregates.
   *
   * @return the context, or empty for other kinds of stream and for a header without {@code data}
   */
  public Optional<CaseloadSnapshot> context() {
    return Optional.ofNullable(context).map(CaseloadContext::toSnapshot);
  }

  /** {@return the state of every aggregate read so far, in the order of each one's first event: a live view} */
  Collection<S> states() {
    return Collections.unmodifiableCollection(states.values());
  }

  /** {@return the number of distinct aggregates seen so far} */
  public int aggregateCount() {
    return states.size();
  }

  /** {@return the number of events returned so far} */
  public long count() {
    return count;
  }

  /** {@return the line of the event last returned by {@link #next()}; the header is line 1} */
  public long line() {
    return lastLine;
  }

  /**
   * Closes the reader and its stream.
   *
   * @throws UncheckedIOException if the stream cannot be closed
   */
  @Override
  public void close() {
    lines.close();
  }

  /**
   * The reader of the current line: the stream's one event reader or, in a mixed stream, the reader of the aggregate
   * type the line's {@code type} prefix names. The line is scanned for its top-level {@code type} first; when the
   * line is not an object or has no string {@code type}, a family reader parses it and reports what is wrong, as
   * for any stream.
   */
  private ObjectReader readerOfLine() {
    if (familyReaders.isEmpty()) {
      return eventReader;
    }
    long line = lines.lineNumber();
    try (JsonParser p = eventReader.createParser(lines.chars(), 0, lines.length())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return eventReader;
      }
      JsonLocation start = p.currentTokenLocation();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals(TYPE)) {
          if (value != JsonToken.VALUE_STRING) {
            return eventReader;
          }
          if (outreachReader != null && p.getText().startsWith(OUTREACH_PREFIX)) {
            return outreachReader;
          }
          Optional<AggregateType<?, ?, ?>> family = AggregateType.ofEventType(p.getText());
          if (family.isEmpty()) {
            throw Failures.at(p.currentTokenLocation(), "/" + TYPE, JsonCodes.UNKNOWN_TYPE,
                "the type is not a known event type of any aggregate").atLine(line);
          }
          return familyReaders.get(family.get());
        }
        p.skipChildren();
      }
      throw Failures.at(start, "", JsonCodes.MISSING_MEMBER, "the member 'type' is required").atLine(line);
    } catch (IOException e) {
      // Malformed: the family reader reports it with its location.
      return eventReader;
    }
  }

  private <T> T parseLine(ObjectReader reader) {
    long line = lines.lineNumber();
    JsonParser p = null;
    try {
      if (lines.length() == 0) {
        throw new CaseworkJsonException(JsonCodes.SYNTAX, "a line of an event stream must hold one JSON value", "",
            line, 1);
      }
      p = reader.createParser(lines.chars(), 0, lines.length());
      return CaseworkJson.readRoot(reader, p);
    } catch (CaseworkJsonException e) {
      throw e.atLine(line);
    } catch (IOException e) {
      RuntimeException t = CaseworkJson.translate(e, p);
      throw t instanceof CaseworkJsonException c ? c.atLine(line) : t;
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException ignored) {
          // The line is in memory.
        }
      }
    }
  }
}
