package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.casework.check.Facts;
import io.github.casework.check.NextStep;
import io.github.casework.json.deser.CaseEventDeserializer;
import io.github.casework.json.deser.DataSharingBasisDeserializer;
import io.github.casework.json.deser.EscalationEventDeserializer;
import io.github.casework.json.deser.OutreachEventDeserializer;
import io.github.casework.json.deser.ReferralEventDeserializer;
import io.github.casework.json.deser.RefusalDeserializer;
import io.github.casework.json.deser.SignalEventDeserializer;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Shapes;
import io.github.casework.json.internal.Wire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schemas: where they are, that they are valid 2020-12 schemas, and that they match the code. */
class SchemaTest {

  @Test
  void everyKindHasASchemaInTheJarUnderAStablePath() {
    for (DocumentKind<?> kind : DocumentKind.values()) {
      assertThat(CaseworkJson.schemaFiles()).contains(kind.schemaFile());
      assertThat(kind.schemaId()).isEqualTo(Wire.SCHEMA_BASE_IRI + kind.schemaFile());
      assertThat(CaseworkJson.class.getResource("/io/github/casework/json/schema/v1/" + kind.schemaFile())).isNotNull();
    }
    for (EventStreamKind<?, ?> kind : EventStreamKind.values()) {
      assertThat(CaseworkJson.schemaFiles()).contains(kind.schemaFile());
      assertThat(kind.schemaId()).isEqualTo(Wire.SCHEMA_BASE_IRI + kind.schemaFile());
    }
  }

  @Test
  void everySchemaIsAValid2020_12SchemaWithItsOwnId() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String file : allSchemaFiles()) {
      String text = JsonTesting.schemaText(file);
      assertThat(meta.validate(text, InputFormat.JSON)).as(file).isEmpty();
      assertThat(text).contains("\"$id\": \"" + Wire.SCHEMA_BASE_IRI + file + "\"")
          .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }
  }

  @Test
  void theSchemasListExactlyTheCodesAndTypeIdsTheReaderKnows() {
    String common = JsonTesting.schemaText("common.schema.json");
    for (CodeTable<?> table : CodeTable.ALL) {
      List<String> codes = new ArrayList<>();
      table.codes().forEach(codes::add);
      String list = String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList());
      assertThat(common.replaceAll("\\s", "")).as(table.description()).contains("\"enum\":[" + list + "]");
    }
    typeIdsMatch("case-event.schema.json", "case", CaseEventDeserializer.types());
    typeIdsMatch("referral-event.schema.json", "referral", ReferralEventDeserializer.types());
    typeIdsMatch("escalation-event.schema.json", "escalation", EscalationEventDeserializer.types());
    typeIdsMatch("signal-event.schema.json", "signal", SignalEventDeserializer.types());
    for (String f : List.of("referral-event.schema.json", JsonTesting.STRICT_FAMILY + "referral-event.schema.json")) {
      JsonNode defs = tree(f).get("$defs");
      assertThat(consts(defs.get("basis"))).as(f).containsExactlyElementsOf(DataSharingBasisDeserializer.types());
      assertThat(consts(defs.get("refusal"))).as(f).containsExactlyElementsOf(RefusalDeserializer.types());
    }
    List<String> outreach = new ArrayList<>();
    OutreachEventDeserializer.types().forEach(outreach::add);
    for (String f : List.of("caseload.schema.json", JsonTesting.STRICT_FAMILY + "caseload.schema.json")) {
      assertThat(consts(tree(f).get("$defs").get("outreachEvent"))).as(f).allMatch(t -> t.startsWith("outreach."))
          .containsExactlyInAnyOrderElementsOf(outreach);
    }
  }

  @Test
  void theFindingsSchemaListsExactlyTheKindsOfFactsAndNextStepTheReaderKnows() throws Exception {
    JsonNode defs = tree("findings.schema.json").get("$defs");
    List<String> kindsOfStep = new ArrayList<>();
    for (Class<?> kind : NextStep.class.getPermittedSubclasses()) {
      kindsOfStep.add((String) kind.getField("KIND").get(null));
    }
    assertThat(consts(defs.get("step"))).containsExactlyElementsOf(Shapes.NEXT_STEP.types())
        .containsExactlyInAnyOrderElementsOf(kindsOfStep);
    assertThat(consts(defs.get("facts"))).containsExactlyElementsOf(Shapes.FACTS.types())
        .hasSize(Facts.class.getPermittedSubclasses().length);
  }

  /**
   * The type ids of a union discriminated by {@code type}: its {@code enum}, checked against its {@code if}/{@code
   * then} branches (one per type id, in the same order, each selecting its branch by that id alone).
   */
  private static List<String> consts(JsonNode union) {
    List<String> types = new ArrayList<>();
    union.get("properties").get("type").get("enum").forEach(t -> types.add(t.asText()));
    List<String> branches = new ArrayList<>();
    union.get("allOf").forEach(b -> {
      assertThat(b.get("if").get("required")).hasSize(1);
      branches.add(b.get("if").get("properties").get("type").get("const").asText());
    });
    assertThat(branches).isEqualTo(types);
    assertThat(union.get("required").get(0).asText()).isEqualTo("type");
    assertThat(union.has("oneOf")).as("a oneOf over the branches reports every branch's errors").isFalse();
    return types;
  }

  private static void typeIdsMatch(String file, String family, Iterable<String> known) {
    List<String> types = new ArrayList<>();
    known.forEach(types::add);
    for (String f : List.of(file, JsonTesting.STRICT_FAMILY + file)) {
      JsonNode event = tree(f).get("$defs").get("event");
      assertThat(consts(event)).as(f).allMatch(t -> t.startsWith(family + "."))
          .containsExactlyInAnyOrderElementsOf(types);
    }
  }

  @Test
  void aCaseloadEventIsSelectedByItsTypeAmongEveryFamilysEvents() {
    List<String> all = new ArrayList<>();
    for (String family : List.of("case", "referral", "escalation", "signal")) {
      all.addAll(consts(tree(family + "-event.schema.json").get("$defs").get("event")));
    }
    // The outreach cases' events, which are not an aggregate family's, come last.
    all.addAll(consts(tree("caseload.schema.json").get("$defs").get("outreachEvent")));
    assertThat(consts(tree("caseload-events.schema.json").get("$defs").get("event"))).isEqualTo(all);
  }

  /**
   * The strict family is written by hand and closes every object schema that lists members with {@code
   * "additionalProperties": false} (and closes objects in no other way); the tolerant family is generated from it by
   * dropping exactly those, so the two cannot drift apart. Regenerate with {@code -Dcasework.regenerate=true}.
   */
  @Test
  void theTolerantFamilyIsTheStrictFamilyWithItsObjectsOpened() throws IOException {
    Path folder = JsonTesting.MODULE.resolve("src/main/resources/" + Wire.SCHEMA_FOLDER);
    Map<String, String> derived = new LinkedHashMap<>();
    for (String file : CaseworkJson.schemaFiles()) {
      derived.put(file, print(tolerant(tree(JsonTesting.STRICT_FAMILY + file))));
      if (Boolean.getBoolean("casework.regenerate")) {
        Files.writeString(folder.resolve(file), derived.get(file), StandardCharsets.UTF_8);
      }
    }
    derived.forEach((file, text) -> assertThat(JsonTesting.schemaText(file))
        .as(file + " (regenerate with -Dcasework.regenerate=true)").isEqualTo(text));
  }

  @Test
  void theStrictFamilyClosesEveryObjectThatListsMembers() {
    for (String file : CaseworkJson.schemaFiles()) {
      List<String> open = new ArrayList<>();
      closed(tree(JsonTesting.STRICT_FAMILY + file), "#", open);
      assertThat(open).as(file).isEmpty();
      assertThat(JsonTesting.schemaText(file)).as(file).doesNotContain("\"additionalProperties\": false");
    }
  }

  /** Collects the object schemas under a node that list members but admit others. */
  private static void closed(JsonNode node, String path, List<String> open) {
    if (node.isObject()) {
      boolean union = node.has("allOf") && node.get("allOf").get(0).has("if");
      boolean partial = path.endsWith("/if") || path.endsWith("/then") || path.endsWith("/else")
          || path.matches(".*/(anyOf|not)(/[0-9]+)?$");
      if (node.has("properties") && !union && !partial && !node.path("additionalProperties").isBoolean()) {
        open.add(path);
      }
      node.properties().forEach(e -> closed(e.getValue(), path + "/" + e.getKey(), open));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        closed(node.get(i), path + "/" + i, open);
      }
    }
  }

  private static final String STRICT_NOTE = " Strict family: a member that this version does not list is refused at "
      + "every level, as CaseworkJson.strict() refuses it.";
  private static final String TOLERANT_NOTE = " Tolerant family: a member that this version does not list is allowed "
      + "at every level and means nothing, as CaseworkJson.standard() skips it (version 1 may only add optional "
      + "members); the strict family, under strict/, refuses it.";

  /** The tolerant twin of a strict schema: its objects opened, its {@code $id}, title and description its own. */
  static JsonNode tolerant(JsonNode strict) {
    ObjectNode root = (ObjectNode) open(strict.deepCopy());
    root.put("$id", root.get("$id").asText().replace("/schema/v1/" + JsonTesting.STRICT_FAMILY, "/schema/v1/"));
    root.put("title", root.get("title").asText().replace(" (strict)", ""));
    root.put("description", root.get("description").asText().replace(STRICT_NOTE, TOLERANT_NOTE));
    return root;
  }

  private static JsonNode open(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      if (o.path("additionalProperties").isBoolean() && !o.get("additionalProperties").asBoolean()) {
        o.remove("additionalProperties");
      }
      o.properties().forEach(e -> open(e.getValue()));
    } else if (node.isArray()) {
      node.forEach(SchemaTest::open);
    }
    return node;
  }

  /** Prints a schema as {@code JSON.stringify(schema, null, 2)} does, with a final line end. */
  static String print(JsonNode schema) {
    StringBuilder out = new StringBuilder();
    print(schema, "", out);
    return out.append('\n').toString();
  }

  private static void print(JsonNode node, String indent, StringBuilder out) {
    String inner = indent + "  ";
    if (node.isObject() && !node.isEmpty()) {
      out.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        out.append(inner).append(TextNode.valueOf(e.getKey())).append(": ");
        print(e.getValue(), inner, out);
        out.append(fields.hasNext() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (node.isArray() && !node.isEmpty()) {
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        out.append(inner);
        print(node.get(i), inner, out);
        out.append(i < node.size() - 1 ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else {
      out.append(node);
    }
  }

  private static JsonNode tree(String file) {
    try {
      return new ObjectMapper().readTree(JsonTesting.schemaText(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> allSchemaFiles() {
    List<String> files = new ArrayList<>(CaseworkJson.schemaFiles());
    CaseworkJson.schemaFiles().forEach(f -> files.add(JsonTesting.STRICT_FAMILY + f));
    return files;
  }

  @Test
  void theInstantPatternIsTheReadersPattern() {
    String common = JsonTesting.schemaText("common.schema.json");
    assertThat(common).contains("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]"
        + ":[0-5][0-9](\\\\.[0-9]{1,9})?Z$");
  }
}
