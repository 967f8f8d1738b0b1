package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.check.FindingCode;
import io.github.casework.examples.sample.SampleCaseload;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCommandTest {
  @Test
  void plantedListsOneLinePerPlantedFindingCoveringEveryCode() {
    Cli.Run run = Cli.run("sample", "--planted");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    // Every code but the one the check reports only with the host's consent register, which a caseload file does
    // not carry.
    List<FindingCode> plantable = Arrays.stream(FindingCode.values())
        .filter(c -> c != FindingCode.REFERRAL_SHARED_AFTER_WITHDRAWAL).toList();
    // The planted findings of the files, then those of the outreach cases, which only the library's sample holds.
    SampleCaseload.Sample sample = SampleCaseload.generate(SampleCaseload.SEED);
    assertThat(run.out().lines()).hasSize(sample.planted().size() + sample.plantedOutreach().size());
    for (FindingCode code : plantable) {
      assertThat(run.out()).contains(code.code() + " ");
    }
    assertThat(run.out()).doesNotContain(FindingCode.REFERRAL_SHARED_AFTER_WITHDRAWAL.code());
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
