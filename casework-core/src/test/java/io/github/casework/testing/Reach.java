package io.github.casework.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Coverage gates that hold at any number of tries: a gate says that something (a state, an accepted command, a
 * rejection code, a finding) is reached in a try with probability at least {@code floor}, and checks the number of
 * tries that reached it against the binomial distribution of that many tries.
 *
 * <p>A gate fails when so few tries reached the thing that a generator reaching it with probability {@code floor}
 * gives so few with probability at most {@link #ALPHA}: at 100 tries a floor of 0.3 asks for at least 10 tries, at
 * 1,000 for at least 233, at 5,000 for at least 1,347. When even zero hits are not unlikely enough (fewer tries than
 * {@link #minTries}: 39 for a floor of 0.3, 915 for 0.015), the gate is skipped with a printed note, never failed;
 * so a rerun of one seed ({@code -Dcasework.tries=1}) passes the gates. A generator that stops reaching a thing
 * fails the gate at every try count from {@link #minTries} on.
 *
 * <p>Floors are tiers (0.5, 0.3, 0.15, 0.05, 0.03, 0.015) at or below three quarters of the share of tries that
 * reached the thing over two runs of 20,000 tries with different seeds, so a gate fails with another seed only with
 * a probability far below {@link #ALPHA}. Each gate prints one line with the floor, the least count it accepts and
 * each thing's count, so that a floor can follow a generator that changes.
 */
public final class Reach {
  private Reach() {}

  /** The probability, at the floor itself, that a gate fails although the generator is fine. */
  public static final double ALPHA = 1e-6;

  /**
   * The least number of hits a gate accepts in {@code tries} tries: the largest {@code k} with
   * P(X &lt; k) ≤ {@link #ALPHA} for X ~ Binomial(tries, floor); 0 means the gate cannot tell at this try count.
   */
  public static int lowerBound(int tries, double floor) {
    if (!(floor > 0 && floor < 1)) {
      throw new IllegalArgumentException("floor must lie strictly between 0 and 1: " + floor);
    }
    // Sum the probability mass from k = 0 upwards, in logs so that (1 - p)^n does not underflow.
    double logP = Math.log(floor);
    double logQ = Math.log1p(-floor);
    double logPmf = tries * logQ;
    double below = 0;
    for (int k = 0; k <= tries; k++) {
      below += Math.exp(logPmf);
      if (below > ALPHA) {
        return k;
      }
      logPmf += Math.log(tries - k) - Math.log(k + 1) + logP - logQ;
    }
    return tries;
  }

  /** The least number of tries at which a gate with this floor checks anything (asks for at least one hit). */
  public static int minTries(double floor) {
    return (int) Math.ceil(Math.log(ALPHA) / Math.log1p(-floor));
  }

  /**
   * Checks that {@code what} was reached in at least as many of {@code tries} tries as a reach probability of
   * {@code floor} explains; prints the outcome, or a note when {@code tries} is too small to tell.
   *
   * @throws AssertionError if too few tries reached it
   */
  public static void require(String what, int hits, int tries, double floor) {
    require(Map.of(what, hits), tries, floor);
  }

  /**
   * Checks that each thing was reached, in the given number of tries out of {@code tries}, at least as often as
   * a reach probability of {@code floor} explains; prints one line for them all, or a note when {@code tries} is
   * too small to tell.
   *
   * @throws AssertionError naming every thing reached too rarely
   */
  public static void require(Map<String, Integer> hits, int tries, double floor) {
    int least = lowerBound(tries, floor);
    StringBuilder line = new StringBuilder(String.format("  reach >= %.3f", floor));
    if (least == 0) {
      line.append(String.format(" (gate skipped below %d tries):", minTries(floor)));
    } else {
      line.append(String.format(" (at least %d of %d tries):", least, tries));
    }
    List<String> missed = new ArrayList<>();
    hits.forEach((what, n) -> {
      line.append(' ').append(what).append(' ').append(n).append(',');
      if (n < least) {
        missed.add(what + " (" + n + ")");
      }
    });
    line.setLength(line.length() - 1);
    System.out.println(line);
    if (!missed.isEmpty()) {
      throw new AssertionError(String.format("coverage gate: reached in fewer than %d of %d tries: %s; a reach"
          + " probability of at least %.3f gives fewer with probability below %.0e, so the generator no longer"
          + " reaches them, or reaches them less often than the floor says", least, tries, String.join(", ", missed),
          floor, ALPHA));
    }
  }
}
