package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.check.FindingCode;
import org.junit.jupiter.api.Test;

class SampleCommandTest {
  @Test
  void plantedListsOneLinePerPlantedFindingCoveringEveryCode() {
    Cli.Run run = Cli.run("sample", "--planted");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).hasSize(FindingCode.values().length);
    for (FindingCode code : FindingCode.values()) {
      assertThat(run.out()).contains(code.code() + " ");
    }
    assertThat(run.out()).contains("need.orphaned                     need:case-orphan/need-domestic-relations");
  }

  @Test
  void aSeedThatIsNotANumberIsAUsageError() {
    Cli.Run run = Cli.run("sample", "--seed", "abc");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void casesMakesALargerExportWhoseFirstCasesAreTheDefaultSamples() {
    Cli.Run small = Cli.run("sample", "--format", "ndjson");
    Cli.Run large = Cli.run("sample", "--format", "ndjson", "--cases", "340");
    assertThat(large.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(large.out().lines().filter(l -> l.startsWith("{\"type\":\"case.opened\"")).count())
        .isEqualTo(small.out().lines().filter(l -> l.startsWith("{\"type\":\"case.opened\"")).count() + 306);
    assertThat(large.out()).contains("\"caseId\":\"case-340\"");
    assertThat(Cli.run("sample", "--format", "ndjson", "--cases", "34").out()).isEqualTo(small.out());
  }

  @Test
  void casesOutOfRangeIsRejectedWithoutOutput() {
    Cli.Run run = Cli.run("sample", "--cases", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--cases must be 1 to 10000000");
  }
}
