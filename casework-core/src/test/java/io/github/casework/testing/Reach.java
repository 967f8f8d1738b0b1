package io.github.casework.testing;

/**
 * Coverage gates that hold at any number of tries: a gate says that something (a state, an accepted command, a
 * rejection code, a finding) is reached in a try with probability at least {@code floor}, and checks the number of
 * tries that reached it against the binomial distribution of that many tries.
 *
 * <p>A gate fails when fewer tries reached the thing than a generator with reach probability {@code floor} would
 * give with probability {@link #ALPHA} or more: at 100 tries a floor of 0.3 asks for at least 10 tries, at 1,000
 * for at least 232, at 5,000 for at least 1,317. When even zero hits are too likely to be a sign of trouble (fewer
 * tries than {@link #minTries}), the gate is skipped with a printed note, never failed; so a rerun of one seed
 * ({@code -Dcasework.tries=1}) passes the gates. A generator that stops reaching a thing fails the gate at every
 * try count from {@link #minTries} on.
 *
 * <p>Floors are set below the rates the generators reach (about three quarters of the rate measured over 20,000
 * tries, rounded down), so a gate fails with another seed only with a probability far below {@link #ALPHA}; the
 * printed line shows the measured share next to the floor, so that a floor can be raised or lowered with a
 * generator.
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
    int least = lowerBound(tries, floor);
    String share = tries == 0 ? "-" : String.format("%.3f", (double) hits / tries);
    if (least == 0) {
      System.out.printf("  reach %s: %d of %d tries (%s); gate (floor %.3f) skipped below %d tries%n", what, hits,
          tries, share, floor, minTries(floor));
      return;
    }
    if (hits < least) {
      String msg = String.format("coverage gate: %s reached in %d of %d tries (%s), but a reach probability of at"
          + " least %.3f gives %d or more (fewer has probability below %.0e): the generator no longer reaches it,"
          + " or reaches it less often than its floor says", what, hits, tries, share, floor, least, ALPHA);
      System.out.println("  " + msg);
      throw new AssertionError(msg);
    }
    System.out.printf("  reach %s: %d of %d tries (%s) >= %d (floor %.3f)%n", what, hits, tries, share, least,
        floor);
  }
}
