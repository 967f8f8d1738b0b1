package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.check.FindingCode;
import io.github.casework.examples.sample.SampleCaseload;
import org.junit.jupiter.api.Test;

class SampleCommandTest {
  @Test
  void plantedListsOneLinePerPlantedFindingCoveringEveryCode() {
    Cli.Run run = Cli.run("sample", "--planted");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).hasSize(SampleCaseload.generate(SampleCaseload.SEED).planted().size());
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
}
