package io.github.casework.testing;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts how often a property test accepted and rejected each kind of command, so that a test can show it
 * exercised every path (a property whose generator never reaches a rule proves nothing about it).
 */
public final class Coverage {
  private final Map<String, int[]> counts = new TreeMap<>();

  /** Records one accepted or rejected command of a kind. */
  public synchronized void record(String kind, boolean accepted) {
    counts.computeIfAbsent(kind, k -> new int[2])[accepted ? 0 : 1]++;
  }

  /** Records a rejection code under its own label, such as {@code code:case.referral-open}. */
  public synchronized void code(String code) {
    counts.computeIfAbsent("code:" + code, k -> new int[2])[1]++;
  }

  /** Throws unless each kind was accepted at least {@code minAccepted} times and rejected {@code minRejected}. */
  public synchronized void require(Iterable<String> kinds, int minAccepted, int minRejected) {
    for (String kind : kinds) {
      int[] c = counts.getOrDefault(kind, new int[2]);
      if (c[0] < minAccepted || c[1] < minRejected) {
        throw new AssertionError("coverage: " + kind + " accepted " + c[0] + " (need " + minAccepted + "), rejected "
            + c[1] + " (need " + minRejected + "); all: " + this);
      }
    }
  }

  /** Throws unless each rejection code occurred at least {@code min} times. */
  public synchronized void requireCodes(Iterable<String> codes, int min) {
    for (String code : codes) {
      int[] c = counts.getOrDefault("code:" + code, new int[2]);
      if (c[1] < min) {
        throw new AssertionError("coverage: code " + code + " occurred " + c[1] + " times (need " + min + "); all: "
            + this);
      }
    }
  }

  @Override
  public synchronized String toString() {
    StringBuilder sb = new StringBuilder();
    counts.forEach((k, v) -> sb.append(k).append('=').append(v[0]).append('/').append(v[1]).append(' '));
    return sb.toString().trim();
  }
}
