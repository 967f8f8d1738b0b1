package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.examples.sample.SampleCaseload;
import java.nio.file.Path;
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
    for (SampleCaseload.Planted planted : sample.planted()) {
      assertThat(json.out()).contains("\"code\":\"" + planted.code().code() + "\"");
    }
    assertThat(Cli.run("check", SAMPLES.resolve("caseload.json").toString(), "--at", AT, "--fail-on", "info")
        .exitCode()).isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void validateAcceptsBothSampleFiles() {
    for (String file : new String[] {"caseload.json", "caseload.ndjson"}) {
      Cli.Run run = Cli.run("validate", SAMPLES.resolve(file).toString());
      assertThat(run.exitCode()).as(file).isEqualTo(ExitCodes.OK);
    }
  }
}
