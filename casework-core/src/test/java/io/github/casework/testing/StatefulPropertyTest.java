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
        () -> StatefulProperty.run("runner.self-test", 1000, 40, BUGGY)); // whatever -Dcasework.tries says
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

  /** A counter where "inc" (a share {@code incShare} of the commands) is accepted and "reject" is rejected. */
  static StatefulProperty.Model<Integer, String> counter(double incShare) {
    return new StatefulProperty.Model<>() {
      @Override
      public Integer initial(SplittableRandom random) {
        return 0;
      }

      @Override
      public String nextCommand(Integer state, SplittableRandom random) {
        return random.nextDouble() < incShare ? "inc" : "reject";
      }

      @Override
      public Integer apply(Integer state, String command) {
        if (command.equals("reject")) {
          throw new CaseworkException(state % 2 == 0 ? "test.even" : "test.odd", "rejected on purpose");
        }
        return state + 1;
      }

      @Override
      public void checkInvariants(Integer state) {}

      @Override
      public String kind(String command) {
        return command.equals("inc") ? "Inc" : "Reject";
      }

      @Override
      public java.util.Collection<String> labels(Integer state) {
        return state >= 3 ? java.util.List.of("three or more") : java.util.List.of();
      }
    };
  }

  @Test
  void theReportCountsCommandsPerKindAndTriesPerLabel() {
    StatefulProperty.Report report = StatefulProperty.run("runner.report", 200, 10, counter(1.0));
    assertThat(report.tries()).isEqualTo(200);
    assertThat(report.rejected()).isZero();
    assertThat(report.acceptance()).isEqualTo(1.0);
    assertThat(report.accepted("Inc")).isEqualTo(report.accepted()).isBetween(200L, 2000L);
    // Sequences of 1..10 "inc": three or more in 8 of 10 lengths.
    assertThat(report.triesReaching("Inc accepted")).isEqualTo(200);
    assertThat(report.triesReaching("three or more")).isBetween(120, 190);
    assertThat(report.summary()).contains("'runner.report': 200 tries").contains("Inc accepted ");
  }

  @Test
  void theSummaryHasOneLinePerKindWithItsRejectionCodesMostFrequentFirst() {
    StatefulProperty.Report report = StatefulProperty.run("runner.codes", 200, 10, counter(0.75));
    String reject = report.summary().lines().filter(l -> l.startsWith("  Reject ")).findFirst().orElseThrow();
    assertThat(reject).matches("  Reject accepted 0 rejected \\d+ \\(test\\.(even|odd) \\d+, test\\.(even|odd) \\d+\\)");
    assertThat(report.rejected("Reject")).isEqualTo(report.rejected());
  }

  @Test
  void aGeneratorThatMostlyMakesIllegalStepsFailsTheAcceptanceGate() {
    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> StatefulProperty.run("runner.illegal", StatefulProperty.MIN_TRIES_FOR_ACCEPTANCE, 10, counter(0.25)));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("below the 50% gate").contains("Reject accepted 0 rejected");
  }

  @Test
  void theAcceptanceGateIsSkippedBelowItsMinimumOfTries() {
    StatefulProperty.Report report =
        StatefulProperty.run("runner.few", StatefulProperty.MIN_TRIES_FOR_ACCEPTANCE - 1, 10, counter(0.25));
    assertThat(report.acceptance()).isLessThan(StatefulProperty.MIN_ACCEPTANCE);
  }

  @Test
  void aReachGateScalesWithTheTriesAndFailsOnlyWhenTooFewTriesReachedALabel() {
    // A label never reached: skipped while zero hits are plausible, failed from minTries on.
    assertThat(Reach.lowerBound(Reach.minTries(0.3) - 1, 0.3)).isZero();
    assertThat(Reach.lowerBound(Reach.minTries(0.3), 0.3)).isEqualTo(1);
    Reach.require("never", 0, Reach.minTries(0.3) - 1, 0.3);
    assertThat(catchThrowableOfType(AssertionError.class, () -> Reach.require("never", 0, Reach.minTries(0.3), 0.3)))
        .hasMessageContaining("never (0)");
    // The least count grows with the tries and stays well below the expected count.
    int previous = 0;
    for (int tries : new int[] {100, 1000, 5000, 20000}) {
      int least = Reach.lowerBound(tries, 0.3);
      assertThat(least).isGreaterThan(previous).isLessThan((int) (0.3 * tries));
      previous = least;
    }
    assertThat(Reach.lowerBound(1000, 0.3)).isEqualTo(233);
    // At the floor itself, the least count is the binomial quantile: exact for small cases.
    assertThat(Reach.lowerBound(20, 0.5)).isEqualTo(1); // P(X = 0) = 2^-20 < 1e-6 < P(X <= 1)
    Reach.require("often", 300, 1000, 0.3);
  }
}
