package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The non-canonical and invalid vectors, listed in their folders' {@code manifest.tsv}: a non-canonical input reads
 * and writes back as its canonical vector; an invalid input fails with the listed code, pointer and line, and the
 * schema accepts or rejects it as listed (a document the schema accepts but the reader rejects breaks a rule only
 * the reader checks, such as the order of a history).
 */
class VectorCorpusTest {
  /**
   * Strict-mode vectors that tolerant mode refuses too, with its code: skipping these members would drop the data a
   * reader is about (issue 15: a caseload document relabelled as a stream was checked as an empty caseload).
   */
  private static final java.util.Map<String, String> TOLERANT_REFUSALS = java.util.Map.of(
      "stream-caseload-header-with-cases.ndjson", JsonCodes.HEADER_HOLDS_AGGREGATES);


  static Object read(CaseworkJson json, String kind, byte[] bytes) {
    Optional<EventStreamKind<?, ?>> stream = EventStreamKind.ofName(kind);
    if (stream.isPresent()) {
      return JsonTesting.readStream(json, stream.get(), bytes);
    }
    return json.read(DocumentKind.ofName(kind).orElseThrow(), bytes);
  }

  @SuppressWarnings("unchecked")
  static byte[] write(String kind, Object value) {
    Optional<EventStreamKind<?, ?>> stream = EventStreamKind.ofName(kind);
    if (stream.isPresent()) {
      JsonTesting.StreamContent content = (JsonTesting.StreamContent) value;
      return JsonTesting.writeStream(stream.get(), content.events(), content.context());
    }
    return writeAs((DocumentKind<Object>) DocumentKind.ofName(kind).orElseThrow(), value);
  }

  private static <T> byte[] writeAs(DocumentKind<T> kind, T value) {
    return STANDARD.write(kind, value);
  }

  @TestFactory
  Stream<DynamicTest> nonCanonicalInputsReadAsTheirCanonicalVector() {
    return JsonTesting.manifest("noncanonical/manifest.tsv").stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
      String kind = row[1];
      byte[] input = JsonTesting.bytes(JsonTesting.VECTORS.resolve("noncanonical/" + row[0]));
      byte[] canonical = JsonTesting.bytes(JsonTesting.VECTORS.resolve(row[2]));
      Object value = read(STANDARD, kind, input);
      assertThat(value).isEqualTo(read(STANDARD, kind, canonical));
      assertThat(new String(write(kind, value), StandardCharsets.UTF_8))
          .isEqualTo(new String(canonical, StandardCharsets.UTF_8));
      // Both schema families accept what both readers read; only the tolerant family accepts unknown members.
      List<String> lines = EventStreamKind.ofName(kind).isPresent()
          ? new String(input, StandardCharsets.UTF_8).lines().toList()
          : List.of(new String(input, StandardCharsets.UTF_8));
      for (int i = 0; i < lines.size(); i++) {
        String schema = kind + ".schema.json" + (i == 0 ? "" : "#/$defs/event");
        assertThat(JsonTesting.schemaErrors(schema, lines.get(i))).as("tolerant schema on " + row[0]).isEmpty();
      }
      boolean strictValid = true;
      for (int i = 0; i < lines.size(); i++) {
        String schema = JsonTesting.STRICT_FAMILY + kind + ".schema.json" + (i == 0 ? "" : "#/$defs/event");
        strictValid &= JsonTesting.schemaErrors(schema, lines.get(i)).isEmpty();
      }
      assertThat(strictValid).as("strict schema on " + row[0]).isEqualTo(row[3].equals("any"));
      if (row[3].equals("any")) {
        assertThat(read(STRICT, kind, input)).isEqualTo(value);
      } else {
        assertThatThrownBy(() -> read(STRICT, kind, input)).isInstanceOf(CaseworkJsonException.class)
            .extracting(e -> ((CaseworkJsonException) e).code()).isEqualTo(JsonCodes.UNKNOWN_MEMBER);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidInputsFailWithTheListedCodePointerAndLine() {
    return JsonTesting.manifest("invalid/manifest.tsv").stream().map(row -> DynamicTest.dynamicTest(row[0], () -> {
      String kind = row[1];
      String mode = row[2];
      byte[] input = JsonTesting.bytes(JsonTesting.VECTORS.resolve("invalid/" + row[0]));
      CaseworkJson json = mode.equals("strict") ? STRICT : STANDARD;
      Throwable thrown = catchThrowable(() -> read(json, kind, input));
      assertThat(thrown).as(row[0]).isInstanceOf(CaseworkJsonException.class);
      CaseworkJsonException e = (CaseworkJsonException) thrown;
      assertThat(e.code()).as(row[0] + ": " + e.getMessage()).isEqualTo(row[3]);
      assertThat(e.pointer()).as(row[0] + ": " + e.getMessage()).isEqualTo(row[4]);
      if (!row[5].equals("-")) {
        assertThat(e.line()).as(row[0] + ": " + e.getMessage()).isEqualTo(Long.parseLong(row[5]));
      }
      if (mode.equals("any")) {
        Throwable strict = catchThrowable(() -> read(STRICT, kind, input));
        assertThat(strict).isInstanceOf(CaseworkJsonException.class);
        assertThat(((CaseworkJsonException) strict).code()).isEqualTo(row[3]);
      } else if (mode.equals("strict") && TOLERANT_REFUSALS.containsKey(row[0])) {
        Throwable tolerant = catchThrowable(() -> read(STANDARD, kind, input));
        assertThat(tolerant).as(row[0]).isInstanceOf(CaseworkJsonException.class);
        assertThat(((CaseworkJsonException) tolerant).code()).as(row[0]).isEqualTo(TOLERANT_REFUSALS.get(row[0]));
      } else if (mode.equals("strict")) {
        assertThat(read(STANDARD, kind, input)).as("tolerant mode reads " + row[0]).isNotNull();
      }
      if (!row[6].equals("-")) {
        // For a stream, the verdict is on its header line. The listed verdict is the strict family's; the tolerant
        // family's is the same except where only a strict reader rejects the input: it accepts what a tolerant
        // reader reads.
        String text = new String(input, StandardCharsets.UTF_8);
        String checked = EventStreamKind.ofName(kind).isPresent() ? text.lines().findFirst().orElse("") : text;
        assertThat(JsonTesting.schemaErrors(JsonTesting.STRICT_FAMILY + kind + ".schema.json", checked))
            .as("strict schema verdict on " + row[0]).matches(errors -> errors.isEmpty() == row[6].equals("valid"));
        boolean tolerantValid = mode.equals("strict") && !TOLERANT_REFUSALS.containsKey(row[0])
            || row[6].equals("valid");
        assertThat(JsonTesting.schemaErrors(kind + ".schema.json", checked))
            .as("tolerant schema verdict on " + row[0]).matches(errors -> errors.isEmpty() == tolerantValid);
      }
    }));
  }

  @Test
  void everyFileIsListedInItsManifest() {
    for (String folder : List.of("noncanonical", "invalid")) {
      List<String> listed = JsonTesting.manifest(folder + "/manifest.tsv").stream().map(r -> folder + "/" + r[0])
          .toList();
      List<String> files = new ArrayList<>(JsonTesting.files(folder, ".json"));
      files.addAll(JsonTesting.files(folder, ".ndjson"));
      assertThat(files).containsExactlyInAnyOrderElementsOf(listed);
    }
  }
}
