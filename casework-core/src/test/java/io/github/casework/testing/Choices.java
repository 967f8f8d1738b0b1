package io.github.casework.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A weighted choice among options that are built only when chosen, such as the commands legal in a state. The
 * command generators draw {@link #LEGAL_SHARE} of their commands from such a choice and the rest from all kinds
 * (mostly illegal ones), so that sequences reach the deep states and still try what the rules forbid.
 *
 * @param <T> the type of the options
 */
final class Choices<T> {

  /** The share of commands a generator draws from those legal in the current state (when there are any). */
  static final double LEGAL_SHARE = 0.75;

  private final List<Supplier<? extends T>> options = new ArrayList<>();
  private final List<Integer> weights = new ArrayList<>();
  private int total;

  /** Adds an option with a positive weight. */
  Choices<T> add(int weight, Supplier<? extends T> option) {
    if (weight <= 0) {
      throw new IllegalArgumentException("weight " + weight);
    }
    options.add(option);
    weights.add(weight);
    total += weight;
    return this;
  }

  /** Adds an option if {@code when} holds. */
  Choices<T> addIf(boolean when, int weight, Supplier<? extends T> option) {
    return when ? add(weight, option) : this;
  }

  /** One option by weight, built now; empty if there is none. */
  Optional<T> pick(SplittableRandom r) {
    if (total == 0) {
      return Optional.empty();
    }
    int x = r.nextInt(total);
    for (int i = 0; i < options.size(); i++) {
      x -= weights.get(i);
      if (x < 0) {
        return Optional.of(options.get(i).get());
      }
    }
    throw new AssertionError("bug: weights " + weights);
  }

  /** Whether to draw this command from the legal ones. */
  static boolean legalTurn(SplittableRandom r) {
    return r.nextDouble() < LEGAL_SHARE;
  }
}
