package io.github.casework.testing;

/**
 * Reads the property-test settings: {@code casework.tries} (default 1,000) and {@code casework.seed} (a fixed seed
 * to reproduce a failure; empty means the property's own deterministic default).
 */
public final class Tries {
  private Tries() {}

  /** The number of tries per property. */
  public static int count() {
    String s = System.getProperty("casework.tries", "");
    return s.isBlank() ? 1000 : Integer.parseInt(s.trim());
  }

  /** The base seed of a property: {@code casework.seed} when set, otherwise derived from the property's name. */
  public static long baseSeed(String propertyName) {
    String s = System.getProperty("casework.seed", "");
    if (!s.isBlank()) {
      return Long.parseLong(s.trim());
    }
    long h = 1125899906842597L;
    for (int i = 0; i < propertyName.length(); i++) {
      h = 31 * h + propertyName.charAt(i);
    }
    return h;
  }

  /** The seed of try {@code i}: try 0 uses the base seed itself, so a printed seed reproduces as try 0. */
  public static long seedOf(long base, int i) {
    if (i == 0) {
      return base;
    }
    long z = base + i * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
