package io.github.casework.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Regenerates the canonical golden vectors from {@link Scenarios}. Golden files are the contract: run this only
 * when the format version changes, or when adding a vector ({@code -Dcasework.vectors.write=true}), and review the
 * diff. It never runs in a normal build.
 */
class VectorWriter {

  @Test
  @EnabledIfSystemProperty(named = "casework.vectors.write", matches = "true")
  void writeCanonicalVectors() throws IOException {
    for (Map.Entry<String, Scenarios.Scenario> e : Scenarios.documents().entrySet()) {
      Path file = JsonTesting.VECTORS.resolve(e.getKey());
      // A findings vector whose structure is unchanged keeps its bytes, even when the texts of the day differ.
      if (e.getValue().kind() == DocumentKind.FINDINGS && Files.exists(file)
          && GoldenVectorTest.withoutRenderedTexts(JsonTesting.STANDARD.read(DocumentKind.FINDINGS,
              Files.readAllBytes(file))).equals(GoldenVectorTest.withoutRenderedTexts(e.getValue().value()))) {
        continue;
      }
      write(e.getKey(), GoldenVectorTest.write(e.getValue()));
    }
    for (Map.Entry<String, Scenarios.StreamScenario> e : Scenarios.streams().entrySet()) {
      write(e.getKey(), JsonTesting.writeStream(e.getValue().kind(), e.getValue().events(), e.getValue().context()));
    }
  }

  private static void write(String name, byte[] bytes) throws IOException {
    Path file = JsonTesting.VECTORS.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
