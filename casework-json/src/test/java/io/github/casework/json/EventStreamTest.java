package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.casework.RuleViolationException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.id.CaseId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Reading and writing NDJSON event streams. */
class EventStreamTest {

  static final List<CaseEvent> FULL = Scenarios.fullLifecycle().events();

  static byte[] write(List<CaseEvent> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<CaseEvent> w = STANDARD.newEventWriter(EventStreamKind.CASE_EVENTS, out)) {
      w.writeAll(events);
      assertThat(w.count()).isEqualTo(events.size());
    }
    return out.toByteArray();
  }

  static EventStreamReader<CaseEvent, Case> reader(CaseworkJson json, byte[] bytes) {
    return json.newEventReader(EventStreamKind.CASE_EVENTS, new ByteArrayInputStream(bytes));
  }

  @Test
  void aStreamIsAHeaderLineThenOneCanonicalEventPerLine() {
    String text = new String(write(FULL.subList(0, 2)), StandardCharsets.UTF_8);
    assertThat(text.lines().toList()).containsExactly(
        "{\"format\":\"casework\",\"version\":1,\"kind\":\"case-events\"}",
        STANDARD.writeString(DocumentKind.CASE_EVENT, FULL.get(0)).strip().replaceFirst(
            "^\\{\"format\":\"casework\",\"version\":1,\"kind\":\"case-event\",\"data\":(.*)}$", "$1"),
        STANDARD.writeString(DocumentKind.CASE_EVENT, FULL.get(1)).strip().replaceFirst(
            "^\\{\"format\":\"casework\",\"version\":1,\"kind\":\"case-event\",\"data\":(.*)}$", "$1"));
    assertThat(text).endsWith("}\n");
  }

  @Test
  void theReaderReplaysEachEventAndKeepsTheLatestStateOfEachCase() {
    try (EventStreamReader<CaseEvent, Case> r = reader(STRICT, write(FULL))) {
      List<CaseEvent> read = new ArrayList<>();
      while (r.hasNext()) {
        read.add(r.next());
        assertThat(r.state()).isEqualTo(Case.replay(read));
        assertThat(r.line()).isEqualTo(read.size() + 1);
      }
      assertThat(read).isEqualTo(FULL);
      assertThat(r.count()).isEqualTo(FULL.size());
      assertThat(r.aggregateCount()).isEqualTo(1);
      assertThat(r.stateOf(CaseId.of("case-mr-k"))).map(Case::status).contains(CaseStatus.CLOSED);
      assertThat(r.stateOf(CaseId.of("another"))).isEmpty();
      assertThatThrownBy(r::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void anEmptyStreamHasOnlyItsHeader() {
    try (EventStreamReader<CaseEvent, Case> r = reader(STANDARD, write(List.of()))) {
      assertThat(r.hasNext()).isFalse();
      assertThatThrownBy(r::state).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void anIllegalTransitionIsAnErrorNamingItsLineWithTheDomainsCode() {
    List<CaseEvent> events = new ArrayList<>(FULL.subList(0, 6));
    events.add(FULL.get(5)); // activated twice
    byte[] bytes = write(events);
    try (EventStreamReader<CaseEvent, Case> r = reader(STANDARD, bytes)) {
      for (int i = 0; i < 6; i++) {
        r.next();
      }
      CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class, r::hasNext);
      assertThat(e.code()).isEqualTo(CaseCodes.ILLEGAL_TRANSITION);
      assertThat(e.line()).isEqualTo(8);
      assertThat(e.getCause()).isInstanceOf(RuleViolationException.class);
      assertThat(e.getMessage()).contains("line 8").contains("only a case in intake can be activated");
    }
  }

  @Test
  void aStreamMustNotSkipTheOpeningOfACase() {
    CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class, () -> {
      try (EventStreamReader<CaseEvent, Case> r = reader(STANDARD, write(FULL.subList(1, 3)))) {
        r.next();
      }
    });
    assertThat(e.code()).isEqualTo(CaseCodes.NOT_OPENED);
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void strictModeRejectsAnUnknownMemberOnTheLineItIsOn() {
    String text = new String(write(FULL.subList(0, 3)), StandardCharsets.UTF_8)
        .replace("\"type\":\"case.need-registered\"", "\"type\":\"case.need-registered\",\"note\":1");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (EventStreamReader<CaseEvent, Case> r = reader(STANDARD, bytes)) {
      assertThat(r).toIterable().hasSize(3);
    }
    CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class, () -> {
      try (EventStreamReader<CaseEvent, Case> r = reader(STRICT, bytes)) {
        r.forEachRemaining(x -> { });
      }
    });
    assertThat(e.code()).isEqualTo(JsonCodes.UNKNOWN_MEMBER);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isPositive();
    // The unknown member is reported at the object that holds it: the line's root, by line and column.
    assertThat(e.pointer()).isEmpty();
    assertThat(e.getMessage()).endsWith("(at the document root, line 3, column " + e.column() + ")")
        .startsWith(e.rule());
  }

  @Test
  void anEmptyLineIsASyntaxErrorOnItsLine() {
    String text = new String(write(FULL.subList(0, 2)), StandardCharsets.UTF_8);
    int second = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
    byte[] bytes = (text.substring(0, second) + "\n" + text.substring(second)).getBytes(StandardCharsets.UTF_8);
    for (CaseworkJson json : List.of(STANDARD, STRICT)) {
      try (EventStreamReader<CaseEvent, Case> r = reader(json, bytes)) {
        assertThat(r.next()).isEqualTo(FULL.get(0));
        CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class, r::hasNext);
        assertThat(e.code()).isEqualTo(JsonCodes.SYNTAX);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
      }
    }
  }

  @Test
  void flushingTheWriterHandsTheLinesWrittenSoFarToTheStream() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EventStreamWriter<CaseEvent> w = STANDARD.newEventWriter(EventStreamKind.CASE_EVENTS, out);
    w.write(FULL.get(0));
    w.flush();
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    w.write(FULL.get(1));
    w.flush();
    assertThat(out.toByteArray()).isEqualTo(write(FULL.subList(0, 2)));
    w.close();
    assertThat(out.toByteArray()).isEqualTo(write(FULL.subList(0, 2)));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aWriterRefusesAnEventOfAnotherAggregateThatAnUncheckedCastLetThrough() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<CaseEvent> w = STANDARD.newEventWriter(EventStreamKind.CASE_EVENTS, out)) {
      EventStreamWriter raw = w;
      Object signalEvent = SignalScenarios.closed().events().get(0);
      assertThatThrownBy(() -> raw.write((io.github.casework.CaseworkEvent) signalEvent))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signal.");
      assertThat(w.count()).isZero();
      w.write(FULL.get(0));
      assertThat(w.count()).isEqualTo(1);
    }
    assertThat(out.toByteArray()).isEqualTo(write(FULL.subList(0, 1)));
  }

  @Test
  void closingTheWriterFlushesAndClosesTheStreamOnce() {
    int[] closes = {0};
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        sink.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        sink.write(b, off, len);
      }

      @Override
      public void close() {
        closes[0]++;
      }
    };
    EventStreamWriter<CaseEvent> w = STANDARD.newEventWriter(EventStreamKind.CASE_EVENTS, out);
    w.write(FULL.get(0));
    w.close();
    w.close();
    assertThat(closes[0]).isEqualTo(1);
    assertThat(sink.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
    assertThatThrownBy(() -> w.write(FULL.get(1))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closingTheReaderClosesTheStream() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(write(FULL)) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    };
    STANDARD.newEventReader(EventStreamKind.CASE_EVENTS, in).close();
    assertThat(closed[0]).isTrue();
  }

  @Test
  void aDocumentIsNotAStreamHeader() {
    byte[] document = STANDARD.write(DocumentKind.CASE, Scenarios.minimal());
    CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class, () -> reader(STANDARD, document));
    assertThat(e.code()).isEqualTo(JsonCodes.WRONG_KIND);
    assertThat(e.line()).isEqualTo(1);
  }
}
