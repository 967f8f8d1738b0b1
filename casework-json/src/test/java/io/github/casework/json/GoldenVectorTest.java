package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.SignalEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * A document as the vectors pin it. The texts of a structured finding are rendered from its structure by the
   * FindingText of the day: the vector's bytes keep them (and writing what was read gives the same bytes), but the
   * words themselves are pinned by core's finding-texts golden, so that improving a sentence never edits a vector.
   * The texts of a text-only finding are its content, and compared.
   */
  static Object withoutRenderedTexts(Object document) {
    if (document instanceof Findings f) {
      return List.of(f.checkedAt(), f.entries().stream()
          .map(entry -> entry.structure().<Object>map(finding -> finding).orElse(entry)).toList());
    }
    return document;
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentVectorReadsWritesBackAndValidates() {
    return Scenarios.documents().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      byte[] file = JsonTesting.bytes(JsonTesting.VECTORS.resolve(e.getKey()));
      DocumentKind<?> kind = e.getValue().kind();
      Object read = readAs(STANDARD, kind, file);
      assertThat(withoutRenderedTexts(read)).isEqualTo(withoutRenderedTexts(e.getValue().value()));
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
      EventStreamKind<?, ?> kind = e.getValue().kind();
      JsonTesting.StreamContent read = JsonTesting.readStream(STRICT, kind, file);
      assertThat(read).isEqualTo(e.getValue().content());
      assertThat(JsonTesting.writeStream(kind, read.events(), read.context())).isEqualTo(file);
      List<String> lines = new String(file, StandardCharsets.UTF_8).lines().toList();
      JsonTesting.assertSchemaValid(kind.schemaFile(), lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        JsonTesting.assertSchemaValid(kind.schemaFile() + "#/$defs/event", line);
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
    List<String> streams = new ArrayList<>();
    for (EventStreamKind<?, ?> kind : EventStreamKind.values()) {
      streams.addAll(JsonTesting.files(kind.name(), ".ndjson"));
    }
    assertThat(streams).containsExactlyInAnyOrderElementsOf(Scenarios.streams().keySet());
  }

  @Test
  void everyDocumentKindAndEveryEventTypeHasAVector() {
    for (DocumentKind<?> kind : DocumentKind.values()) {
      assertThat(Scenarios.documents().values()).anyMatch(s -> s.kind() == kind);
    }
    for (Class<?> family : List.of(CaseEvent.class, ReferralEvent.class, EscalationEvent.class, SignalEvent.class)) {
      assertThat(Scenarios.documents().values().stream().<Class<?>>map(s -> s.value().getClass())
          .filter(family::isAssignableFrom).distinct())
          .as(family.getSimpleName()).containsExactlyInAnyOrder(family.getPermittedSubclasses());
    }
    for (Class<?> hierarchy : List.of(Disposition.class, DataSharingBasis.class, Refusal.class)) {
      assertThat(Arrays.stream(hierarchy.getPermittedSubclasses())).as(hierarchy.getSimpleName())
          .allMatch(variant -> Scenarios.documents().values().stream()
              .anyMatch(s -> JsonTesting.writeString(s).contains("\"type\":\"" + typeOf(variant) + "\"")));
    }
    for (EventStreamKind<?, ?> kind : EventStreamKind.values()) {
      assertThat(Scenarios.streams().values()).anyMatch(s -> s.kind() == kind);
    }
  }

  /** The {@code TYPE} constant of a variant. */
  static String typeOf(Class<?> variant) {
    try {
      return (String) variant.getField("TYPE").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
