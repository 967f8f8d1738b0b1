package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.casework.CaseworkEvent;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.json.internal.Dialect;
import io.github.casework.json.internal.Envelope;
import io.github.casework.json.internal.Streams;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes an NDJSON event stream: the header line (with the caseload's context, for a caseload-events stream
 * created by {@link CaseworkJson#newCaseloadWriter}) was written when the writer was created; each
 * {@link #write(CaseworkEvent)} adds one line holding one event in canonical form. Memory does not grow with the
 * number of events. The writer does not replay the events; the reader does. Create one with
 * {@link CaseworkJson#newEventWriter}. Not thread-safe.
 *
 * @param <E> the event type
 */
public final class EventStreamWriter<E extends CaseworkEvent> implements Flushable, Closeable {
  private final Class<E> eventType;
  private final boolean mixed;
  private final JsonGenerator generator;
  private final ObjectWriter writer;
  private final OutputStream out;
  private long count;
  private boolean closed;

  EventStreamWriter(EventStreamKind<E, ?> kind, Object headerData, JsonGenerator generator, ObjectWriter writer,
      OutputStream out) throws IOException {
    this.eventType = kind.eventType();
    this.mixed = kind.aggregateTypes().size() > 1;
    this.generator = generator;
    this.writer = writer;
    this.out = out;
    CaseworkJson.writeLine(writer, generator, new Envelope(kind.name(), headerData));
  }

  /**
   * Writes one event as the next line.
   *
   * @param event the event, not null
   * @throws CaseworkJsonException if a value cannot be represented
   * @throws UncheckedIOException if the stream cannot be written
   * @throws IllegalStateException if the writer is closed
   * @throws IllegalArgumentException if the event is not of the stream's event type, which only an unchecked cast
   *     can bring about
   */
  public void write(E event) {
    requireNonNull(event, "event");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    if (!eventType.isInstance(event)) {
      throw new IllegalArgumentException("not an event of this stream's aggregate type: " + event.type());
    }
    try {
      CaseworkJson.writeLine(writer, generator, event);
    } catch (IOException e) {
      throw CaseworkJson.translateWrite(e);
    }
    count++;
  }

  /**
   * Writes one event of an outreach case of early signals as the next line of a
   * {@link EventStreamKind#CASELOAD_EVENTS caseload-events} stream, the only kind that carries them (a line whose
   * {@code type} starts with {@code outreach.}).
   *
   * @param event the event, not null
   * @throws CaseworkJsonException if a value cannot be represented
   * @throws UncheckedIOException if the stream cannot be written
   * @throws IllegalStateException if the writer is closed, or the stream is not a caseload-events stream
   */
  public void writeOutreach(OutreachEvent event) {
    requireNonNull(event, "event");
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    if (!mixed) {
      throw new IllegalStateException("only a caseload-events stream carries outreach events");
    }
    try {
      CaseworkJson.writeLine(writer, generator, event);
    } catch (IOException e) {
      throw CaseworkJson.translateWrite(e);
    }
    count++;
  }

  /**
   * Writes events, each as the next line.
   *
   * @param events the events, not null
   * @throws CaseworkJsonException if a value cannot be represented
   * @throws UncheckedIOException if the stream cannot be written
   * @throws IllegalArgumentException if an event is not of the stream's event type, which only an unchecked cast
   *     can bring about
   */
  public void writeAll(Iterable<? extends E> events) {
    for (E e : requireNonNull(events, "events")) {
      write(e);
    }
  }

  /** {@return the number of events written, outreach events included} */
  public long count() {
    return count;
  }

  /**
   * Flushes the lines written so far to the stream.
   *
   * @throws UncheckedIOException if the stream cannot be written
   */
  @Override
  public void flush() {
    try {
      generator.flush();
    } catch (IOException e) {
      throw Dialect.unchecked(e);
    }
  }

  /**
   * Flushes and closes the writer and its stream. Closing twice has no effect.
   *
   * @throws UncheckedIOException if the stream cannot be written or closed
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      generator.close();
    } catch (IOException e) {
      throw Dialect.unchecked(e);
    } finally {
      // The stream's own I/O, apart from Jackson's (casework-json3/README.md).
      Streams.close(out);
    }
  }
}
