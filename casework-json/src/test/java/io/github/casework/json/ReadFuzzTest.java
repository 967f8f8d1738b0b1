package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

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
    EventStreamKind<?, ?> kind = STREAMS.get((input[0] & 0x7f) % STREAMS.size());
    try (EventStreamReader<?, ?> r = mode(input[0]).newEventReader(kind, new ByteArrayInputStream(rest(input)))) {
      while (r.hasNext()) {
        CaseworkEvent e = r.next();
        assertThat(e.aggregateId()).isNotNull();
      }
      assertThat(r.count()).isNotNegative();
    } catch (CaseworkJsonException expected) {
      // The only acceptable failure.
    }
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
