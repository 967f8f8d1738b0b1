package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.casework.check.Facts;
import io.github.casework.check.NextStep;
import io.github.casework.json.deser.CaseEventDeserializer;
import io.github.casework.json.deser.EscalationEventDeserializer;
import io.github.casework.json.deser.ReferralEventDeserializer;
import io.github.casework.json.deser.SignalEventDeserializer;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Shapes;
import io.github.casework.json.internal.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    for (String file : CaseworkJson.schemaFiles()) {
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
  }

  @Test
  void theFindingsSchemaListsExactlyTheKindsOfFactsAndNextStepTheReaderKnows() throws Exception {
    JsonNode defs = new ObjectMapper().readTree(JsonTesting.schemaText("findings.schema.json")).get("$defs");
    List<String> kindsOfStep = new ArrayList<>();
    for (Class<?> kind : NextStep.class.getPermittedSubclasses()) {
      kindsOfStep.add((String) kind.getField("KIND").get(null));
    }
    assertThat(consts(defs.get("step"))).containsExactlyElementsOf(Shapes.NEXT_STEP.types())
        .containsExactlyInAnyOrderElementsOf(kindsOfStep);
    assertThat(consts(defs.get("facts"))).containsExactlyElementsOf(Shapes.FACTS.types())
        .hasSize(Facts.class.getPermittedSubclasses().length);
  }

  private static List<String> consts(JsonNode oneOf) {
    List<String> types = new ArrayList<>();
    oneOf.get("oneOf").forEach(v -> types.add(v.get("properties").get("type").get("const").asText()));
    return types;
  }

  private static void typeIdsMatch(String file, String family, Iterable<String> known) {
    String events = JsonTesting.schemaText(file);
    List<String> consts = new ArrayList<>();
    Matcher m = Pattern.compile("\"const\": \"(" + family + "\\.[a-z-]+)\"").matcher(events);
    while (m.find()) {
      consts.add(m.group(1));
    }
    List<String> types = new ArrayList<>();
    known.forEach(types::add);
    assertThat(consts).as(file).containsExactlyInAnyOrderElementsOf(types);
  }

  @Test
  void theInstantPatternIsTheReadersPattern() {
    String common = JsonTesting.schemaText("common.schema.json");
    assertThat(common).contains("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]"
        + ":[0-5][0-9](\\\\.[0-9]{1,9})?Z$");
  }
}
