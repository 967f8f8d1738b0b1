package io.github.casework.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Estimates over replications: Student t intervals, and numbers a researcher reads at a glance. */
class EstimateTest {

  @Test
  void theIntervalUsesStudentsTQuantile() {
    // Abramowitz and Stegun, table 26.10: t(0.975) for 1, 9 and 30 degrees of freedom.
    assertThat(Estimate.tQuantile975(1)).isCloseTo(12.706205, within(1e-6));
    assertThat(Estimate.tQuantile975(9)).isCloseTo(2.262157, within(1e-6));
    assertThat(Estimate.tQuantile975(30)).isCloseTo(2.042272, within(1e-6));
    Estimate e = Estimate.of(1, 2, 3, 4);
    assertThat(e.mean()).isEqualTo(2.5);
    assertThat(e.standardDeviation()).isCloseTo(Math.sqrt(5 / 3.0), within(1e-12));
    assertThat(e.halfWidth()).isCloseTo(3.182446 * Math.sqrt(5 / 3.0) / 2, within(1e-6));
    assertThat(Estimate.of(7).halfWidth()).isNaN();
  }

  @Test
  void numbersArePlainDecimalsRoundedToTheIntervalsSecondDigit() {
    assertThat(new Estimate(10, 15789.6, 1660, 1190).format()).isEqualTo("15790 ± 1200");
    assertThat(new Estimate(10, 0.61813, 0.004, 0.00263).format()).isEqualTo("0.6181 ± 0.0026");
    assertThat(new Estimate(10, 24791.2, 214, 153.686).format()).isEqualTo("24791 ± 150");
    assertThat(new Estimate(10, 0, 0, 0).format()).isEqualTo("0 ± 0");
    assertThat(new Estimate(1, 24690, 0, Double.NaN).format()).isEqualTo("24690 ± n/a");
    assertThat(new Estimate(10, 1.5e-9, 1e-9, 2e-9).format()).isEqualTo("0.000000 ± 0.000000");
    assertThat(new Estimate(10, 12.5, 1, 0.73).toString()).isEqualTo("12.50 ± 0.73 (n=10)");
    assertThat(new Estimate(10, 15789.6, 1660, 1190).toString()).doesNotContain("e+", "E");
  }
}
