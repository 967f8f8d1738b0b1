package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.id.AggregateId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzz tests of every read entry point: documents of every kind, standard and strict; event streams
 * of every kind; the caseload stream read whole; one event of every aggregate. The first byte of an input picks the
 * kind and mode, the rest is what is read. The only acceptable failure is the module's {@link CaseworkJsonException};
 * anything else (an NPE, a {@code DateTimeException}, a stack overflow) is a finding. Every accepted input is
 * written back in canonical form and read again, to an equal value and the same bytes.
 *
 * <p>In every build the tests run in regression mode over the committed corpus under
 * {@code src/test/resources/io/github/casework/json/ReadFuzzTestInputs/}; {@code scripts/fuzz.sh [minutes]} runs
 * them in fuzzing mode, and inputs that fail are to be added there.
 */
class ReadFuzzTest {
  private static final List<DocumentKind<?>> DOCUMENTS = DocumentKind.values();
  private static final List<EventStreamKind<?, ?>> STREAMS = EventStreamKind.values();
  private static final List<AggregateType<?, ?, ?>> AGGREGATES = AggregateType.values();

  private static CaseworkJson mode(byte selector) {
    return (selector & 0x80) != 0 ? CaseworkJson.strict() : CaseworkJson.standard();
  }

  private static byte[] rest(byte[] input) {
    return input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
  }

  @FuzzTest(maxDuration = "10s")
  void documents(byte[] input) {
    if (input.length == 0) {
      return;
    }
    documentRoundTrip(mode(input[0]), DOCUMENTS.get((input[0] & 0x7f) % DOCUMENTS.size()), rest(input));
  }

  private static <T> void documentRoundTrip(CaseworkJson json, DocumentKind<T> kind, byte[] data) {
    T value;
    try {
      value = json.read(kind, data);
    } catch (CaseworkJsonException expected) {
      return;
    }
    byte[] canonical = json.write(kind, value);
    T again = json.read(kind, canonical);
    assertThat(again).isEqualTo(value);
    assertThat(json.write(kind, again)).isEqualTo(canonical);
  }

  @FuzzTest(maxDuration = "10s")
  void eventStreams(byte[] input) {
    if (input.length == 0) {
      return;
    }
    streamRoundTrip(mode(input[0]), STREAMS.get((input[0] & 0x7f) % STREAMS.size()), rest(input));
  }

  /** What a stream gave: its events, each aggregate's last state and the header's context. */
  private record Read<E, S>(List<E> events, Map<AggregateId, S> states, CaseloadSnapshot context) {}

  private static <E extends CaseworkEvent, S extends Aggregate<?, ?, ?>> Read<E, S> readStream(CaseworkJson json,
      EventStreamKind<E, S> kind, byte[] data) {
    List<E> events = new ArrayList<>();
    Map<AggregateId, S> states = new LinkedHashMap<>();
    try (EventStreamReader<E, S> r = json.newEventReader(kind, new ByteArrayInputStream(data))) {
      while (r.hasNext()) {
        E e = r.next();
        assertThat(e.aggregateId()).isNotNull();
        events.add(e);
        states.put(e.aggregateId(), r.state());
      }
      assertThat(r.count()).isEqualTo(events.size());
      return new Read<>(events, states, r.context().orElse(CaseloadSnapshot.empty()));
    }
  }

  @SuppressWarnings("unchecked") // the caseload kind's events are CaseworkEvents
  private static <E extends CaseworkEvent, S extends Aggregate<?, ?, ?>> byte[] writeStream(CaseworkJson json,
      EventStreamKind<E, S> kind, Read<E, S> read) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<E> w = kind.equals(EventStreamKind.CASELOAD_EVENTS)
        ? (EventStreamWriter<E>) json.newCaseloadWriter(read.context(), out) : json.newEventWriter(kind, out)) {
      w.writeAll(read.events());
    }
    return out.toByteArray();
  }

  private static <E extends CaseworkEvent, S extends Aggregate<?, ?, ?>> void streamRoundTrip(CaseworkJson json,
      EventStreamKind<E, S> kind, byte[] data) {
    Read<E, S> read;
    try {
      read = readStream(json, kind, data);
    } catch (CaseworkJsonException expected) {
      // The only acceptable failure.
      return;
    }
    byte[] canonical = writeStream(json, kind, read);
    Read<E, S> again = readStream(json, kind, canonical);
    assertThat(again).isEqualTo(read);
    assertThat(writeStream(json, kind, again)).isEqualTo(canonical);
  }

  @FuzzTest(maxDuration = "10s")
  void caseloadEvents(byte[] input) {
    if (input.length == 0) {
      return;
    }
    CaseworkJson json = mode(input[0]);
    CaseloadSnapshot snapshot;
    try {
      snapshot = json.readCaseloadEvents(new ByteArrayInputStream(rest(input)));
    } catch (CaseworkJsonException expected) {
      return;
    }
    ByteArrayOutputStream canonical = new ByteArrayOutputStream();
    json.writeCaseloadEvents(snapshot, canonical);
    CaseloadSnapshot again = json.readCaseloadEvents(new ByteArrayInputStream(canonical.toByteArray()));
    assertThat(again).isEqualTo(snapshot);
    assertThat(json.readCaseloadState(new ByteArrayInputStream(rest(input)))).isEqualTo(snapshot.caseload());
    ByteArrayOutputStream twice = new ByteArrayOutputStream();
    json.writeCaseloadEvents(again, twice);
    assertThat(twice.toByteArray()).isEqualTo(canonical.toByteArray());
  }

  @FuzzTest(maxDuration = "10s")
  void events(byte[] input) {
    if (input.length == 0) {
      return;
    }
    eventRoundTrip(AGGREGATES.get((input[0] & 0x7f) % AGGREGATES.size()),
        new String(rest(input), StandardCharsets.UTF_8));
  }

  private static <E extends CaseworkEvent> void eventRoundTrip(AggregateType<?, ?, E> type, String text) {
    E event;
    try {
      event = CaseworkJson.standard().readEvent(type, text);
    } catch (CaseworkJsonException expected) {
      return;
    }
    String canonical = CaseworkJson.standard().writeEvent(event);
    assertThat(CaseworkJson.standard().readEvent(type, canonical)).isEqualTo(event);
  }
}
