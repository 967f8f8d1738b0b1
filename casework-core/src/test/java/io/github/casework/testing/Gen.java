package io.github.casework.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded generator of values: the same random state gives the same value. Small on purpose; combine with
 * {@link #map}, {@link #listOf} and {@link #oneOf}.
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Gen<T> {

  /** Draws a value. */
  T next(SplittableRandom random);

  /** A generator of the mapped values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return r -> f.apply(next(r));
  }

  /** A list of {@code min..max} (inclusive) values. */
  default Gen<List<T>> listOf(int min, int max) {
    return r -> {
      int n = min + r.nextInt(max - min + 1);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(next(r));
      }
      return out;
    };
  }

  /** One of the constants, uniformly. */
  @SafeVarargs
  static <T> Gen<T> oneOf(T... values) {
    return r -> values[r.nextInt(values.length)];
  }

  /** One of the generators, uniformly. */
  @SafeVarargs
  static <T> Gen<T> oneOfGens(Gen<? extends T>... gens) {
    return r -> gens[r.nextInt(gens.length)].next(r);
  }

  /** An int in {@code min..max} inclusive. */
  static Gen<Integer> ints(int min, int max) {
    return r -> min + r.nextInt(max - min + 1);
  }
}
