package io.github.casework.norm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

/**
 * Easter Sunday for every year of the Gregorian calendar the wire format can hold (1583 to 9999), checked against an
 * independent computus: Gauss's Easter formula in Lichtenberg's formulation without exception rules (H. Lichtenberg,
 * "Zur Interpretation der Gaußschen Osterformel und ihrer Ausnahmeregeln", Historia Mathematica 24 (1997) 441-444),
 * where {@link DutchHolidays#easterSunday} uses the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. Two
 * different derivations agreeing on 8,417 years pin every term of either.
 */
class EasterComputusTest {

  /** Lichtenberg's form of Gauss's formula: the day of March of Easter Sunday (32 is 1 April). */
  private static LocalDate lichtenberg(int year) {
    int k = year / 100;
    int m = 15 + (3 * k + 3) / 4 - (8 * k + 13) / 25;
    int s = 2 - (3 * k + 3) / 4;
    int a = year % 19;
    int d = (19 * a + m) % 30;
    int r = (d + a / 11) / 29;
    int og = 21 + d - r;
    int sz = 7 - (year + year / 4 + s) % 7;
    int oe = 7 - (og - sz) % 7;
    int os = og + oe;
    return LocalDate.of(year, Month.MARCH, 1).plusDays(os - 1);
  }

  @Test
  void easterAgreesWithGausssFormulaInEveryYearFrom1583To9999() {
    for (int year = 1583; year <= 9999; year++) {
      assertThat(DutchHolidays.easterSunday(year)).as("Easter %s", year).isEqualTo(lichtenberg(year));
    }
  }

  @Test
  void theIndependentFormulaItselfGivesKnownDates() {
    // Dates any church calendar lists; they keep the reference honest.
    assertThat(lichtenberg(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
    assertThat(lichtenberg(1943)).isEqualTo(LocalDate.of(1943, 4, 25));
    assertThat(lichtenberg(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(lichtenberg(2285)).isEqualTo(LocalDate.of(2285, 3, 22));
  }

  @Test
  void theHolidaysOfEveryYearFollowItsEaster() {
    for (int year = 1583; year <= 9999; year += 7) {
      LocalDate easter = lichtenberg(year);
      assertThat(DutchHolidays.compute(year, true, false)).as("%s", year)
          .containsKeys(easter.minusDays(2), easter, easter.plusDays(1), easter.plusDays(39), easter.plusDays(49),
              easter.plusDays(50));
    }
  }
}
