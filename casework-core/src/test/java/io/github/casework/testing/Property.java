package io.github.casework.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a stateless property over {@link Tries#count()} generated values. A failure reports the property, the try,
 * the seed that reproduces it ({@code -Dcasework.seed=<seed>}) and the value.
 */
public final class Property {
  private Property() {}

  /**
   * Checks {@code check} for generated values; throws an {@link AssertionError} naming the seed on the first
   * failure.
   */
  public static <T> void forAll(String name, Gen<T> gen, Consumer<? super T> check) {
    long base = Tries.baseSeed(name);
    int tries = Tries.count();
    for (int i = 0; i < tries; i++) {
      long seed = Tries.seedOf(base, i);
      T value = gen.next(new SplittableRandom(seed));
      try {
        check.accept(value);
      } catch (AssertionError | RuntimeException e) {
        AssertionError failure = new AssertionError("property '" + name + "' failed on try " + i
            + " with seed " + seed + " (reproduce: -Dcasework.seed=" + seed + ")\n  value: " + value
            + "\n  cause: " + e, e);
        System.err.println(failure.getMessage());
        throw failure;
      }
    }
  }
}
