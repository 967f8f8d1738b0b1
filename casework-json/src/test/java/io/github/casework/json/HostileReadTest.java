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

  @Test
  void theStringLimitHoldsInsideSkippedUnknownMembers() throws IOException {
    String huge = "y".repeat(CaseworkJson.MAX_STRING_LENGTH + 1);
    String nested = sample().replace("\"areas\":{", "\"vendor\":{\"note\":[\"" + huge + "\"]},\"areas\":{");
    String named = sample().replace("\"areas\":{", "\"vendor\":{\"" + "n".repeat(CaseworkJson.MAX_NAME_LENGTH + 1)
        + "\":1},\"areas\":{");
    for (String json : new String[] {nested, named}) {
      assertThatThrownBy(() -> CaseworkJson.standard().read(DocumentKind.CASELOAD, json))
          .isInstanceOfSatisfying(CaseworkJsonException.class,
              e -> assertThat(e.code()).isEqualTo(JsonCodes.LIMIT_EXCEEDED));
    }
    String fits = sample().replace("\"areas\":{", "\"vendor\":{\"note\":[\"" + huge.substring(1)
        + "\"]},\"areas\":{");
    assertThat(CaseworkJson.standard().read(DocumentKind.CASELOAD, fits).cases()).isNotEmpty();
  }

  @Test
  void aDocumentFollowedByMoreThanTheLimitIsOverTheLimitAndSaysWhatToDo() throws IOException {
    byte[] doc = sample().getBytes(StandardCharsets.UTF_8);
    byte[] padded = java.util.Arrays.copyOf(doc, 17 * 1024 * 1024);
    java.util.Arrays.fill(padded, doc.length, padded.length, (byte) ' ');
    assertThatThrownBy(() -> CaseworkJson.standard().read(DocumentKind.CASELOAD, new ByteArrayInputStream(padded)))
        .isInstanceOfSatisfying(CaseworkJsonException.class, e -> {
          assertThat(e.code()).isEqualTo(JsonCodes.LIMIT_EXCEEDED);
          assertThat(e.rule()).contains("16 MiB", "7,000 cases", "caseload-events", "NDJSON");
        });
  }
}
