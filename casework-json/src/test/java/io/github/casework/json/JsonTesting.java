package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.casework.Aggregate;
import io.github.casework.CaseworkEvent;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.json.internal.Wire;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The setup every JSON test shares: the two facades, the golden-vector folder, and the independent schema
 * validator (networknt, which parses with its own Jackson 3 and shares no code with our reader).
 */
final class JsonTesting {
  private JsonTesting() {}

  static final CaseworkJson STANDARD = CaseworkJson.standard();
  static final CaseworkJson STRICT = CaseworkJson.strict();

  /** The module's folder. */
  static final Path MODULE = moduleDir();

  /** The golden vectors of format version 1. */
  static final Path VECTORS = MODULE.resolve("src/test/resources/vectors/v1");

  private static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
  }

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
          .schemas(iri -> iri.startsWith(Wire.SCHEMA_BASE_IRI) ? schemaText(iri.substring(
              Wire.SCHEMA_BASE_IRI.length())) : null));

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  static String schemaText(String file) {
    try (InputStream in = CaseworkJson.openSchema(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema at an IRI relative to the schema folder, such as {@code case.schema.json#/$defs/event}. */
  static Schema schema(String relative) {
    return SCHEMAS.computeIfAbsent(relative, r -> REGISTRY.getSchema(SchemaLocation.of(Wire.SCHEMA_BASE_IRI + r)));
  }

  /** The schema errors of a JSON text; empty if valid. */
  static List<Error> schemaErrors(String relative, String json) {
    return schema(relative).validate(json, InputFormat.JSON);
  }

  /** Asserts that a JSON text is valid against a schema of the tolerant family and its twin in the strict one. */
  static void assertSchemaValid(String relative, String json) {
    assertThat(schemaErrors(relative, json)).as("schema errors of %s for %s", relative, abbreviate(json)).isEmpty();
    assertThat(schemaErrors(STRICT_FAMILY + relative, json))
        .as("schema errors of %s for %s", STRICT_FAMILY + relative, abbreviate(json)).isEmpty();
  }

  /** The folder of the strict schema family, relative to the tolerant one. */
  static final String STRICT_FAMILY = "strict/";

  static String abbreviate(String s) {
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  /** The files of a folder of vectors, relative to {@link #VECTORS}, sorted. */
  static List<String> files(String folder, String suffix) {
    try (Stream<Path> s = Files.list(VECTORS.resolve(folder))) {
      return s.map(p -> VECTORS.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a scenario's document as text. */
  static String writeString(Scenarios.Scenario s) {
    return new String(GoldenVectorTest.write(s), StandardCharsets.UTF_8);
  }

  /** What a stream holds: its events and, for a caseload-events stream, the context its header carries. */
  record StreamContent(List<Object> events, Optional<CaseloadSnapshot> context) {}

  /**
   * Reads every event of a stream of any kind, replaying it, and its header's context; the outreach events of a
   * caseload-events stream come last, case after case.
   */
  static StreamContent readStream(CaseworkJson json, EventStreamKind<?, ?> kind, byte[] bytes) {
    List<Object> events = new ArrayList<>();
    try (EventStreamReader<?, ?> r = json.newEventReader(kind, new ByteArrayInputStream(bytes))) {
      r.forEachRemaining(events::add);
      r.outreach().forEach(h -> events.addAll(h.events()));
      return new StreamContent(events, r.context());
    }
  }

  /** Writes events as a stream of any kind, without header data. */
  static byte[] writeStream(EventStreamKind<?, ?> kind, List<?> events) {
    return writeStream(kind, events, Optional.empty());
  }

  /** Writes events as a stream of any kind; a context is written into a caseload-events header. */
  static byte[] writeStream(EventStreamKind<?, ?> kind, List<?> events, Optional<CaseloadSnapshot> context) {
    if (context.isPresent()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (EventStreamWriter<CaseworkEvent> w = STANDARD.newCaseloadWriter(context.get(), out)) {
        events.forEach(e -> {
          if (e instanceof OutreachEvent o) {
            w.writeOutreach(o);
          } else {
            w.write((CaseworkEvent) e);
          }
        });
        // The count takes in the outreach lines too.
        assertThat(w.count()).isEqualTo(events.size());
      }
      return out.toByteArray();
    }
    return writeAs(kind, events);
  }

  @SuppressWarnings("unchecked")
  private static <E extends CaseworkEvent, S extends Aggregate<?, ?, ?>> byte[] writeAs(EventStreamKind<E, S> kind,
      List<?> events) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (EventStreamWriter<E> w = STANDARD.newEventWriter(kind, out)) {
      w.writeAll((List<E>) events);
    }
    return out.toByteArray();
  }

  /** Reads a tab-separated manifest, skipping the header line and lines starting with '#'. */
  static List<String[]> manifest(String file) {
    return text(VECTORS.resolve(file)).lines().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1)).toList();
  }
}
