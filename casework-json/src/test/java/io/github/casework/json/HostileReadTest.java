package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Input that once read without complaint but lost data, or whose error quoted it. */
class HostileReadTest {
  private static String sample() throws IOException {
    String basedir = System.getProperty("basedir");
    Path module = basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
    return Files.readString(module.getParent().resolve("samples/caseload.json"), StandardCharsets.UTF_8);
  }

  @Test
  void aStreamHeaderHoldingADocumentsAggregatesIsRefusedAlsoWhenTolerant() throws IOException {
    byte[] relabelled = sample().replace("\"kind\":\"caseload\"", "\"kind\":\"caseload-events\"")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CaseworkJson.standard().readCaseloadEvents(new ByteArrayInputStream(relabelled)))
        .isInstanceOfSatisfying(CaseworkJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(JsonCodes.HEADER_HOLDS_AGGREGATES);
          assertThat(e.pointer()).isEqualTo("/data/cases");
          assertThat(e.line()).isEqualTo(1);
        });
    // Strict mode reports it as it always did (the vector stream-caseload-header-with-cases), now naming the member.
    assertThatThrownBy(() -> CaseworkJson.strict().readCaseloadEvents(new ByteArrayInputStream(relabelled)))
        .isInstanceOfSatisfying(CaseworkJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(JsonCodes.UNKNOWN_MEMBER);
          assertThat(e.pointer()).isEqualTo("/data");
          assertThat(e.rule()).contains("'cases'");
        });
  }

  @Test
  void anUnknownMemberIsNamedWhenItIsAPlainIdentifierAndDescribedOtherwise() throws IOException {
    String misspelled = sample().replace("\"areas\":{", "\"araes\":{");
    assertThatThrownBy(() -> CaseworkJson.strict().read(DocumentKind.CASELOAD, misspelled))
        .isInstanceOfSatisfying(CaseworkJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(JsonCodes.UNKNOWN_MEMBER);
          assertThat(e.rule()).contains("'araes'");
          assertThat(e.pointer()).isEqualTo("/data");
        });
    String hostile = sample().replace("\"areas\":{", "\"\\u001b[2JJan Jansen\":{");
    assertThatThrownBy(() -> CaseworkJson.strict().read(DocumentKind.CASELOAD, hostile))
        .isInstanceOfSatisfying(CaseworkJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(JsonCodes.UNKNOWN_MEMBER);
          assertThat(e.getMessage()).doesNotContain("Jansen", "\u001b").contains("14 characters");
        });
    assertThat(CaseworkJson.standard().read(DocumentKind.CASELOAD, misspelled).areas()).isEmpty();
  }
}
