package io.github.casework.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/report-sample.html}, linked from the README, is the current team report of the sample. After a deliberate
 * change of the report or the sample, regenerate it and its screenshot with {@code scripts/report-sample.sh} and look
 * at the PNG.
 */
class TeamReportSampleTest {
  @Test
  void theReportInDocsIsTheCurrentRenderingOfTheSample() throws IOException {
    Path docs = TeamReportBrowserTest.module().resolve("../docs/report-sample.html");
    assertThat(Files.readString(docs, StandardCharsets.UTF_8))
        .as("docs/report-sample.html is stale: run scripts/report-sample.sh")
        .isEqualTo(TeamReportBrowserTest.sampleReport(Locale.ENGLISH));
    assertThat(docs.resolveSibling("report-sample.png")).exists();
  }
}
