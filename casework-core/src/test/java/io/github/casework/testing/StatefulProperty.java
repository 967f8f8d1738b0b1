package io.github.casework.testing;

import io.github.casework.CaseworkException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs random command sequences against a {@link Model}, checking the model's invariants after every step. Each
 * try draws an initial state and up to {@code maxSteps} commands from a seeded random; commands may be valid or
 * invalid. A rejected command must throw a {@link CaseworkException} with a non-blank code and leave the state
 * as it was (the model's {@link Model#checkRejected} decides what "as it was" means).
 *
 * <p>On failure the runner trims the failing sequence (dropping chunks of commands while it still fails, delta
 * debugging style) and reports the seed ({@code -Dcasework.seed=<seed>} reproduces it as try 0), the original and
 * trimmed lengths, and the trimmed sequence.
 */
public final class StatefulProperty {
  private StatefulProperty() {}

  /**
   * A system under test seen as a state machine.
   *
   * @param <S> the state, which may bundle the aggregate with its event history
   * @param <C> the command type
   */
  public interface Model<S, C> {
    /** The initial state; must be a function of the random only. */
    S initial(SplittableRandom random);

    /** Draws the next command for the given state; may be invalid on purpose. */
    C nextCommand(S state, SplittableRandom random);

    /** Applies a command; throws a {@link CaseworkException} if the system rejects it. */
    S apply(S state, C command);

    /** Checks the invariants; throws an {@link AssertionError} if one is broken. */
    void checkInvariants(S state);

    /** Checks that a rejection left the state unchanged; by default nothing more than the code is checked. */
    default void checkRejected(S before, C command, CaseworkException rejection) {}
  }

  /** Runs the property with {@link Tries#count()} tries of at most {@code maxSteps} commands. */
  public static <S, C> void run(String name, int maxSteps, Model<S, C> model) {
    long base = Tries.baseSeed(name);
    int tries = Tries.count();
    for (int i = 0; i < tries; i++) {
      long seed = Tries.seedOf(base, i);
      SplittableRandom random = new SplittableRandom(seed);
      S initial = model.initial(random);
      int steps = 1 + random.nextInt(maxSteps);
      List<C> commands = new ArrayList<>(steps);
      S state = initial;
      Throwable failure = null;
      try {
        model.checkInvariants(state);
        for (int s = 0; s < steps; s++) {
          C command = model.nextCommand(state, random);
          commands.add(command);
          state = step(model, state, command);
        }
      } catch (AssertionError | RuntimeException e) {
        failure = e;
      }
      if (failure != null) {
        List<C> trimmed = trim(model, seed, commands);
        Throwable trimmedFailure = replay(model, seed, trimmed);
        StringBuilder msg = new StringBuilder()
            .append("stateful property '").append(name).append("' failed on try ").append(i)
            .append(" with seed ").append(seed).append(" (reproduce: -Dcasework.seed=").append(seed).append(")\n")
            .append("  sequence of ").append(commands.size()).append(" commands trimmed to ").append(trimmed.size())
            .append(":\n");
        for (int k = 0; k < trimmed.size(); k++) {
          msg.append("    ").append(k + 1).append(". ").append(trimmed.get(k)).append('\n');
        }
        Throwable cause = trimmedFailure != null ? trimmedFailure : failure;
        msg.append("  failure: ").append(cause);
        System.err.println(msg);
        throw new AssertionError(msg.toString(), cause);
      }
    }
  }

  private static <S, C> S step(Model<S, C> model, S state, C command) {
    S next;
    try {
      next = model.apply(state, command);
    } catch (CaseworkException rejection) {
      if (rejection.code() == null || rejection.code().isBlank()) {
        throw new AssertionError("rejection without a code: " + rejection, rejection);
      }
      model.checkRejected(state, command, rejection);
      return state;
    }
    model.checkInvariants(next);
    return next;
  }

  /** Replays a sequence from the seed's initial state; returns the failure, or null if it passes. */
  private static <S, C> Throwable replay(Model<S, C> model, long seed, List<C> commands) {
    S state = model.initial(new SplittableRandom(seed));
    try {
      model.checkInvariants(state);
      for (C c : commands) {
        state = step(model, state, c);
      }
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }

  /** Drops chunks of commands, halving the chunk size, while the sequence still fails. */
  static <S, C> List<C> trim(Model<S, C> model, long seed, List<C> failing) {
    List<C> current = new ArrayList<>(failing);
    int chunk = Math.max(1, current.size() / 2);
    while (true) {
      boolean removed = false;
      for (int start = 0; start < current.size(); ) {
        List<C> candidate = new ArrayList<>(current.subList(0, start));
        candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
        if (candidate.size() < current.size() && replay(model, seed, candidate) != null) {
          current = candidate;
          removed = true;
        } else {
          start += chunk;
        }
      }
      if (chunk == 1 && !removed) {
        return current;
      }
      if (!removed) {
        chunk = Math.max(1, chunk / 2);
      }
    }
  }
}
