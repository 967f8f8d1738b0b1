package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Iterables;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingText;
import io.github.casework.examples.sample.SampleCaseload;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.Findings;
import io.github.casework.norm.ServiceNorms;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The checked-in sample files are the generator's output, and {@code check} on them prints the golden table. */
class SampleFilesTest {
  static final Path SAMPLES = Cli.MODULE.resolveSibling("samples");
  static final String AT = SampleCaseload.CHECK_AT.toString();

  @Test
  void theCheckedInSamplesAreTheGeneratorsOutput() {
    assertThat(Cli.run("sample").out()).isEqualTo(Cli.read(SAMPLES.resolve("caseload.json")));
    assertThat(Cli.run("sample", "--format", "ndjson").out()).isEqualTo(Cli.read(SAMPLES.resolve("caseload.ndjson")));
  }

  @Test
  void checkOnTheSnapshotAndOnTheStreamReportsExactlyThePlantedFindings() {
    String golden = Cli.read(FindingsTableTest.GOLDEN);
    for (String file : new String[] {"caseload.json", "caseload.ndjson"}) {
      Cli.Run run = Cli.run("check", SAMPLES.resolve(file).toString(), "--at", AT);
      assertThat(run.err()).as(file).isEmpty();
      assertThat(run.exitCode()).as(file).isEqualTo(ExitCodes.FINDINGS);
      assertThat(run.out()).as(file).isEqualTo(golden);
    }
    SampleCaseload.Sample sample = SampleCaseload.generate(SampleCaseload.SEED);
    Cli.Run json = Cli.run("check", SAMPLES.resolve("caseload.json").toString(), "--at", AT, "--format", "json");
    assertThat(json.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    // The files carry the outreach cases, so their planted findings are reported too.
    for (SampleCaseload.Planted planted : Iterables.concat(sample.planted(), sample.plantedOutreach())) {
      assertThat(json.out()).contains("\"code\":\"" + planted.code().code() + "\"");
    }
    assertThat(Cli.run("check", SAMPLES.resolve("caseload.json").toString(), "--at", AT, "--fail-on", "info")
        .exitCode()).isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void checkSpeaksDutchOrEnglishAndItsJsonCarriesTheFindingsThemselves() {
    String file = SAMPLES.resolve("caseload.json").toString();
    assertThat(Cli.run("check", file, "--at", AT, "--lang", "nl").out()).isEqualTo(Cli.read(FindingsTableTest.GOLDEN_NL));
    assertThat(Cli.run("check", file, "--at", AT, "--lang", "EN").out()).isEqualTo(Cli.read(FindingsTableTest.GOLDEN));
    SampleCaseload.Sample sample = SampleCaseload.generate(SampleCaseload.SEED);
    List<Finding> expected = CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(sample.caseloadInFiles(),
        SampleCaseload.CHECK_AT);
    for (String lang : List.of("nl", "en")) {
      Cli.Run json = Cli.run("check", file, "--at", AT, "--format", "json", "--lang", lang);
      Findings read = CaseworkJson.strict().read(DocumentKind.FINDINGS, json.out());
      assertThat(read.findings()).as(lang).isEqualTo(expected);
      assertThat(read.entries()).as(lang).extracting(Findings.Entry::text)
          .containsExactlyElementsOf(expected.stream().map(FindingText.of(Locale.forLanguageTag(lang))::render)
              .toList());
    }
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    Cli.Run run = Cli.run("check", SAMPLES.resolve("caseload.json").toString(), "--lang", "de");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).first().asString().contains("--lang", "the language must be nl or en")
        .doesNotContain("de'");
  }

  @Test
  void validateAcceptsBothSampleFiles() {
    for (String file : new String[] {"caseload.json", "caseload.ndjson"}) {
      Cli.Run run = Cli.run("validate", SAMPLES.resolve(file).toString());
      assertThat(run.exitCode()).as(file).isEqualTo(ExitCodes.OK);
    }
  }
}
