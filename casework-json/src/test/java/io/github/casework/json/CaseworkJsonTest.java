package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.casework.RuleViolationException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The facade: inputs and outputs, modes, locations in errors, sharing between threads. */
class CaseworkJsonTest {

  static final History<Case, CaseEvent> FULL = Scenarios.fullLifecycle();

  @Test
  void theTwoInstancesAreSharedAndDifferOnlyInTheUnknownMemberPolicy() {
    assertThat(CaseworkJson.standard()).isSameAs(STANDARD);
    assertThat(CaseworkJson.strict()).isSameAs(STRICT);
    assertThat(STANDARD.isStrict()).isFalse();
    assertThat(STRICT.isStrict()).isTrue();
  }

  @Test
  void bytesTextAndStreamsReadAlike() {
    byte[] bytes = STANDARD.write(DocumentKind.CASE, FULL);
    String text = STANDARD.writeString(DocumentKind.CASE, FULL);
    assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    assertThat(STANDARD.read(DocumentKind.CASE, bytes)).isEqualTo(FULL);
    assertThat(STANDARD.read(DocumentKind.CASE, text)).isEqualTo(FULL);
    assertThat(STANDARD.read(DocumentKind.CASE, new ByteArrayInputStream(bytes))).isEqualTo(FULL);
  }

  @Test
  void aDocumentIsOneLineEndingInALineFeed() {
    String text = STANDARD.writeString(DocumentKind.CASE, FULL);
    assertThat(text).endsWith("}\n");
    assertThat(text.strip()).doesNotContain("\n");
    assertThat(text).startsWith("{\"format\":\"casework\",\"version\":1,\"kind\":\"case\",\"data\":{\"state\":");
  }

  @Test
  void writingToAStreamNeitherClosesItNorReadingFromOne() {
    boolean[] closed = {false, false};
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        sink.write(b);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    STANDARD.write(DocumentKind.CASE, FULL, out);
    assertThat(closed[0]).isFalse();
    InputStream in = new ByteArrayInputStream(sink.toByteArray()) {
      @Override
      public void close() {
        closed[1] = true;
      }
    };
    assertThat(STANDARD.read(DocumentKind.CASE, in)).isEqualTo(FULL);
    assertThat(closed[1]).isFalse();
  }

  @Test
  void aFailingStreamIsAnIoErrorNotAFormatError() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> STANDARD.read(DocumentKind.CASE, broken)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void errorsInAPrettyPrintedDocumentNameTheirLineAndColumn() {
    String pretty = JsonTesting.text(JsonTesting.VECTORS.resolve("noncanonical/case-minimal-pretty.json"))
        .replace("\"owner\": \"sw-maartje\"", "\"owner\": \"sw maartje\"");
    CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class,
        () -> STANDARD.read(DocumentKind.CASE, pretty));
    assertThat(e.code()).isEqualTo("id.invalid-character");
    assertThat(e.pointer()).isEqualTo("/data/state/owner");
    assertThat(e.line()).isEqualTo(pretty.lines().takeWhile(l -> !l.contains("sw maartje")).count() + 1);
    assertThat(e.column()).isEqualTo(pretty.lines().filter(l -> l.contains("sw maartje")).findFirst().orElseThrow()
        .indexOf("\"sw maartje\"") + 1);
    assertThat(e.getMessage()).contains("/data/state/owner").contains("line " + e.line());
  }

  @Test
  void aHistoryTheRulesForbidIsReportedAtTheEventWithTheDomainsExceptionAsCause() {
    String json = JsonTesting.text(JsonTesting.VECTORS.resolve("invalid/case-close-with-open-need.json"));
    CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class,
        () -> STANDARD.read(DocumentKind.CASE, json));
    assertThat(e.code()).isEqualTo(CaseCodes.NEED_STILL_OPEN);
    assertThat(e.pointer()).isEqualTo("/data/history/2");
    assertThat(e.getCause()).isInstanceOf(RuleViolationException.class);
    assertThat(e.rule()).contains("need-housing");
  }

  @Test
  void parserErrorsAreNotChainedBecauseTheirMessagesQuoteTheInput() {
    CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class,
        () -> STANDARD.read(DocumentKind.CASE, "{\"format\": secret}"));
    assertThat(e.code()).isEqualTo(JsonCodes.SYNTAX);
    assertThat(e.getCause()).isNull();
    assertThat(e.getMessage()).doesNotContain("secret");
  }

  @Test
  void aDocumentOfAnotherKindIsRejectedBeforeItsDataIsRead() {
    byte[] directory = STANDARD.write(DocumentKind.AGENCY_DIRECTORY, Scenarios.cityDirectory());
    CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class,
        () -> STANDARD.read(DocumentKind.CASE, directory));
    assertThat(e.code()).isEqualTo(JsonCodes.WRONG_KIND);
    assertThat(e.pointer()).isEqualTo("/kind");
  }

  @Test
  void anInstantOutsideTheFormatsYearsCannotBeWritten() {
    History<Case, CaseEvent> far = History.of(io.github.casework.casefile.Case.open(Scenarios.CASE, Scenarios.CLIENT,
        Scenarios.WELFARE, Scenarios.MAARTJE, java.time.Instant.parse("+10000-01-01T00:00:00Z")));
    CaseworkJsonException e = catchThrowableOfType(CaseworkJsonException.class,
        () -> STANDARD.write(DocumentKind.CASE, far));
    assertThat(e.code()).isEqualTo(JsonCodes.INVALID_INSTANT);
    assertThat(e.pointer()).isEqualTo("/data/state/openedAt");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    byte[] bytes = STANDARD.write(DocumentKind.CASE, FULL);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> jobs = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        jobs.add(() -> STANDARD.read(DocumentKind.CASE, STANDARD.write(DocumentKind.CASE,
            STANDARD.read(DocumentKind.CASE, bytes))).equals(FULL));
      }
      for (Future<Boolean> f : pool.invokeAll(jobs)) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> STANDARD.read(null, "{}")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> STANDARD.read(DocumentKind.CASE, (String) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> STANDARD.write(DocumentKind.CASE, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CaseworkJson.openSchema("nothing.json")).isInstanceOf(IllegalArgumentException.class);
  }
}
