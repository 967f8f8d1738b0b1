package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casework.json.internal.Wire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped schemas as another language sees them: ajv 8 ({@code Ajv2020}, {@code strict: true}, formats asserted)
 * compiles both families and gives every golden vector the verdict its folder or manifest gives, and an invalid event
 * gets one error, not one per branch of the union. The check is {@code src/test/ajv/check.mjs}; it needs
 * {@code npm ci} in that folder (CI does it). Without it this test skips, except under CI, where it fails.
 */
class AjvSchemaTest {
  private static final Path AJV = JsonTesting.MODULE.resolve("src/test/ajv");

  @Test
  void ajvInStrictModeAgreesWithTheManifestsOnEveryVectorInBothFamilies() throws Exception {
    String node = requireNode();
    Path schemas = JsonTesting.MODULE.resolve("src/main/resources/" + Wire.SCHEMA_FOLDER);
    Process p = new ProcessBuilder(node, AJV.resolve("check.mjs").toString(), schemas.toString(),
        JsonTesting.VECTORS.toString()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the ajv check did not finish in 120 s");
    }
    String text = new String(out, StandardCharsets.UTF_8).strip();
    JsonNode report;
    try {
      report = new ObjectMapper().readTree(text.substring(text.lastIndexOf('\n') + 1));
    } catch (IOException e) {
      throw new AssertionError("the ajv check printed no report (exit " + p.exitValue() + "): "
          + JsonTesting.abbreviate(text), e);
    }
    assertThat(report.get("failures")).as("disagreements of ajv %s", report.path("ajv").asText()).isEmpty();
    assertThat(p.exitValue()).isZero();
    List<String> expected = expectedVectors();
    for (String family : List.of("tolerant", "strict")) {
      JsonNode f = report.get("families").get(family);
      assertThat(f.get("schemas").asInt()).as(family).isEqualTo(CaseworkJson.schemaFiles().size());
      List<String> checked = new ArrayList<>();
      f.get("checked").forEach(v -> checked.add(v.asText()));
      assertThat(checked).as(family + ": every vector, once").containsExactlyInAnyOrderElementsOf(expected);
    }
    // The families differ exactly where the readers do: the strict one rejects more.
    assertThat(report.at("/families/strict/verdicts/invalid").asInt())
        .isGreaterThan(report.at("/families/tolerant/verdicts/invalid").asInt());
  }

  /** Every vector with a schema verdict: each valid vector, each non-canonical one, each listed invalid one. */
  private static List<String> expectedVectors() throws IOException {
    List<String> vectors = new ArrayList<>();
    try (Stream<Path> folders = Files.list(JsonTesting.VECTORS)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        String name = folder.getFileName().toString();
        if (!name.equals("invalid") && !name.equals("noncanonical")) {
          vectors.addAll(JsonTesting.files(name, ".json"));
          vectors.addAll(JsonTesting.files(name, ".ndjson"));
        }
      }
    }
    JsonTesting.manifest("noncanonical/manifest.tsv").forEach(row -> vectors.add("noncanonical/" + row[0]));
    JsonTesting.manifest("invalid/manifest.tsv").stream().filter(row -> !row[6].equals("-"))
        .forEach(row -> vectors.add("invalid/" + row[0]));
    return vectors;
  }

  /** The node executable, once ajv is installed; else a skip, or under CI a failure. */
  private static String requireNode() {
    Optional<String> why = Optional.empty();
    if (!Files.isDirectory(AJV.resolve("node_modules/ajv"))) {
      why = Optional.of("ajv is not installed: run npm ci in casework-json/src/test/ajv");
    }
    String node = Optional.ofNullable(System.getenv("CASEWORK_NODE")).filter(s -> !s.isBlank()).orElse("node");
    if (why.isEmpty()) {
      try {
        Process version = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
        version.getInputStream().readAllBytes();
        if (version.waitFor() != 0) {
          why = Optional.of("node --version failed");
        }
      } catch (IOException | InterruptedException e) {
        why = Optional.of("no node on the PATH (or $CASEWORK_NODE)");
      }
    }
    if (why.isPresent()) {
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank() && !ci.equals("false")) {
        fail("CI is set, so the ajv schema check must run: " + why.get());
      }
      Assumptions.abort("skipped, " + why.get());
    }
    return node;
  }
}
