package io.github.casework.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.casework.CaseworkException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The runner itself must find a planted bug, print the seed, and trim the sequence to the shortest cause. */
class StatefulPropertyTest {

  /** A counter that must stay below three; "reset" and "noop" steps are noise the trimmer must remove. */
  static final StatefulProperty.Model<Integer, String> BUGGY = new StatefulProperty.Model<>() {
    @Override
    public Integer initial(SplittableRandom random) {
      return 0;
    }

    @Override
    public String nextCommand(Integer state, SplittableRandom random) {
      return switch (random.nextInt(4)) {
        case 0, 1 -> "inc";
        case 2 -> "noop";
        default -> "reject";
      };
    }

    @Override
    public Integer apply(Integer state, String command) {
      return switch (command) {
        case "inc" -> state + 1;
        case "reject" -> throw new CaseworkException("test.rejected", "rejected on purpose");
        default -> state;
      };
    }

    @Override
    public void checkInvariants(Integer state) {
      assertThat(state).isLessThan(3);
    }
  };

  @Test
  void aPlantedBugIsFoundReportedWithItsSeedAndTrimmedToThreeSteps() {
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> StatefulProperty.run("runner.self-test", 40, BUGGY));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("with seed ").contains("-Dcasework.seed=")
        .contains("trimmed to 3:").contains("1. inc").contains("3. inc").doesNotContain("4. ");
  }

  @Test
  void aRejectionWithoutACodeIsAFailure() {
    StatefulProperty.Model<Integer, String> noCode = new StatefulProperty.Model<>() {
      @Override
      public Integer initial(SplittableRandom random) {
        return 0;
      }

      @Override
      public String nextCommand(Integer state, SplittableRandom random) {
        return "x";
      }

      @Override
      public Integer apply(Integer state, String command) {
        throw new CaseworkException("", "no code");
      }

      @Override
      public void checkInvariants(Integer state) {}
    };
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> StatefulProperty.run("runner.no-code", 5, noCode));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("trimmed to 1:");
  }
}
