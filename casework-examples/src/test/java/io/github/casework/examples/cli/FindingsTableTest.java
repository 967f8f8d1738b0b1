package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingText;
import io.github.casework.examples.sample.SampleCaseload;
import io.github.casework.norm.ServiceNorms;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table {@code check} prints for the sample caseload is fixed by {@code src/test/resources/golden/check-sample.txt}
 * (the README shows it).
 */
class FindingsTableTest {
  static final Path GOLDEN = Cli.MODULE.resolve("src/test/resources/golden/check-sample.txt");
  static final Path GOLDEN_NL = Cli.MODULE.resolve("src/test/resources/golden/check-sample-nl.txt");

  static String table(List<Finding> findings) {
    StringWriter text = new StringWriter();
    FindingsTable.print(findings, SampleCaseload.CHECK_AT, new PrintWriter(text));
    return text.toString();
  }

  static String table(List<Finding> findings, FindingText language) {
    StringWriter text = new StringWriter();
    FindingsTable.print(findings, SampleCaseload.CHECK_AT, language, new PrintWriter(text));
    return text.toString();
  }

  @Test
  void theSampleCaseloadsFindingsAsATable() {
    SampleCaseload.Sample sample = SampleCaseload.generate(SampleCaseload.SEED);
    List<Finding> findings = CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(sample.caseloadInFiles(),
        SampleCaseload.CHECK_AT);
    String table = table(findings);
    if (Boolean.getBoolean("casework.regenerate")) {
      Cli.write(GOLDEN.getParent(), GOLDEN.getFileName().toString(), table);
    }
    assertThat(table).isEqualTo(Cli.read(GOLDEN));
  }

  /** The same findings for Dutch professionals: the golden {@code check-sample-nl.txt}. */
  @Test
  void theSampleCaseloadsFindingsAsADutchTable() {
    SampleCaseload.Sample sample = SampleCaseload.generate(SampleCaseload.SEED);
    List<Finding> findings = CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(sample.caseloadInFiles(),
        SampleCaseload.CHECK_AT);
    String table = table(findings, FindingText.dutch());
    if (Boolean.getBoolean("casework.regenerate")) {
      Cli.write(GOLDEN_NL.getParent(), GOLDEN_NL.getFileName().toString(), table);
    }
    assertThat(table).isEqualTo(Cli.read(GOLDEN_NL));
    assertThat(table.replaceAll("\\s+", " ")).contains("tussen wal en schip", "van het kastje naar de muur",
        "Ga er op af");
    assertThat(table).endsWith("29 bevindingen op 2026-12-15T09:00:00Z (UTC): 4 critical, 10 error, 12 warning, 3 info.\n");
  }

  @Test
  void noFindingsIsOneLine() {
    assertThat(table(List.of())).isEqualTo("No findings at 2026-12-15T09:00:00Z.\n");
    assertThat(table(List.of(), FindingText.dutch())).isEqualTo("Geen bevindingen op 2026-12-15T09:00:00Z (UTC).\n");
  }

  @Test
  void everyLineFitsInAHundredAndTwentyColumns() {
    assertThat(Cli.read(GOLDEN).lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    assertThat(Cli.read(GOLDEN_NL).lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
  }
}
