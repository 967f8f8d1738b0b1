package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The canonical golden vectors: every file reads (tolerant and strict) to its scenario's value, writes back
 * byte-identical, and is valid against its kind's schema by an independent validator.
 */
class GoldenVectorTest {

  static byte[] write(Scenarios.Scenario s) {
    return writeAs(s.kind(), s.value());
  }

  @SuppressWarnings("unchecked")
  private static <T> byte[] writeAs(DocumentKind<T> kind, Object value) {
    return STANDARD.write(kind, (T) value);
  }

  @SuppressWarnings("unchecked")
  private static <T> T readAs(CaseworkJson json, DocumentKind<T> kind, byte[] bytes) {
    return json.read(kind, bytes);
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentVectorReadsWritesBackAndValidates() {
    return Scenarios.documents().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      byte[] file = JsonTesting.bytes(JsonTesting.VECTORS.resolve(e.getKey()));
      DocumentKind<?> kind = e.getValue().kind();
      Object read = readAs(STANDARD, kind, file);
      assertThat(read).isEqualTo(e.getValue().value());
      assertThat(readAs(STRICT, kind, file)).isEqualTo(read);
      assertThat(new String(writeAs(kind, read), StandardCharsets.UTF_8))
          .isEqualTo(new String(file, StandardCharsets.UTF_8));
      assertThat(writeAs(kind, read)).isEqualTo(file);
      JsonTesting.assertSchemaValid(kind.schemaFile(), new String(file, StandardCharsets.UTF_8));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyStreamVectorReplaysWritesBackAndValidates() {
    return Scenarios.streams().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      byte[] file = JsonTesting.bytes(JsonTesting.VECTORS.resolve(e.getKey()));
      List<CaseEvent> read = new ArrayList<>();
      try (EventStreamReader<CaseEvent, Case> r =
          STRICT.newEventReader(EventStreamKind.CASE_EVENTS, new ByteArrayInputStream(file))) {
        r.forEachRemaining(read::add);
      }
      assertThat(read).isEqualTo(e.getValue());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (EventStreamWriter<CaseEvent> w = STANDARD.newEventWriter(EventStreamKind.CASE_EVENTS, out)) {
        w.writeAll(read);
      }
      assertThat(out.toByteArray()).isEqualTo(file);
      List<String> lines = new String(file, StandardCharsets.UTF_8).lines().toList();
      JsonTesting.assertSchemaValid("case-events.schema.json", lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        JsonTesting.assertSchemaValid("case-events.schema.json#/$defs/event", line);
      }
    }));
  }

  @Test
  void everyFileInTheCanonicalFoldersIsAVector() {
    List<String> files = new ArrayList<>();
    for (DocumentKind<?> kind : DocumentKind.values()) {
      files.addAll(JsonTesting.files(kind.name(), ".json"));
    }
    assertThat(files).containsExactlyInAnyOrderElementsOf(Scenarios.documents().keySet());
    assertThat(JsonTesting.files("case-events", ".ndjson")).containsExactlyInAnyOrderElementsOf(
        Scenarios.streams().keySet());
  }

  @Test
  void everyDocumentKindAndEveryEventTypeHasAVector() {
    for (DocumentKind<?> kind : DocumentKind.values()) {
      assertThat(Scenarios.documents().values()).anyMatch(s -> s.kind() == kind);
    }
    assertThat(Scenarios.singleEvents().values().stream().<Class<?>>map(CaseEvent::getClass).distinct())
        .containsExactlyInAnyOrder(CaseEvent.class.getPermittedSubclasses());
  }
}
