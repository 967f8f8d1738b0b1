package io.github.casework.testing;

import io.github.casework.CaseworkException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Runs random command sequences against a {@link Model}, checking the model's invariants after every step. Each
 * try draws an initial state and up to {@code maxSteps} commands from a seeded random; commands may be valid or
 * invalid. A rejected command must throw a {@link CaseworkException} with a non-blank code; the run goes on from the
 * state before it (the states are immutable, so the model's {@link Model#checkRejected} checks what can go wrong
 * instead, such as a rejection that depends on more than the history).
 *
 * <p>On failure the runner trims the failing sequence (dropping chunks of commands while it still fails, delta
 * debugging style) and reports the seed ({@code -Dcasework.seed=<seed>} reproduces it as try 0), the original and
 * trimmed lengths, and the trimmed sequence.
 *
 * <p>After the last try the runner prints one line per command kind ({@code Close accepted 412 rejected 97
 * (case.need-still-open 60, case.closed 37)}) and requires that at least {@link #MIN_ACCEPTANCE} of all commands
 * were accepted: a generator that mostly makes illegal steps never reaches the deep states whose invariants the
 * property is about. The returned {@link Report} counts, per label, the tries that reached it, for the
 * {@link Reach} gates of the property.
 */
public final class StatefulProperty {
  private StatefulProperty() {}

  /** The least share of accepted commands over all tries of a stateful property. */
  public static final double MIN_ACCEPTANCE = 0.5;

  /**
   * Below this many tries the acceptance gate is skipped (with a note), since a few sequences, such as a rerun of
   * one seed, say little about a generator's share. From 100 tries on the share varies by about 3 percentage
   * points between seeds, and the generators' shares (63% to 68% over 20,000 tries) lie more than four and a half
   * of those above the gate.
   */
  public static final int MIN_TRIES_FOR_ACCEPTANCE = 100;

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

    /**
     * Checks a rejection beyond its code, such as that the same command is rejected with the same code on a
     * state rebuilt from the history (see {@link Rejections#rejectedAgainAfterReplay}); nothing by default.
     */
    default void checkRejected(S before, C command, CaseworkException rejection) {}

    /** The kind of a command, as the report and the labels name it; by default its class's simple name. */
    default String kind(C command) {
      return command.getClass().getSimpleName();
    }

    /**
     * Labels of what a state shows (such as {@code "referral completed"}), counted as reached in the try; called
     * for the initial state and after every accepted command. None by default.
     */
    default Collection<String> labels(S state) {
      return List.of();
    }
  }

  /**
   * What the tries of a stateful property did: accepted and rejected commands per kind (with rejection codes),
   * and per label the number of tries that reached it. Labels are {@code "<kind> accepted"}, {@code "<kind>
   * rejected"}, each rejection code, and the model's own {@link Model#labels}.
   */
  public static final class Report {
    private final String name;
    private final int tries;
    private final Map<String, Tally> kinds = new TreeMap<>();
    private final Map<String, Integer> triesReaching = new TreeMap<>();
    private final Set<String> reachedThisTry = new HashSet<>();

    Report(String name, int tries) {
      this.name = name;
      this.tries = tries;
    }

    /** The number of tries. */
    public int tries() {
      return tries;
    }

    /** All commands accepted. */
    public long accepted() {
      return kinds.values().stream().mapToLong(t -> t.accepted).sum();
    }

    /** All commands rejected. */
    public long rejected() {
      return kinds.values().stream().mapToLong(t -> t.rejected).sum();
    }

    /** The share of accepted commands, or 0 if there were none. */
    public double acceptance() {
      long all = accepted() + rejected();
      return all == 0 ? 0 : (double) accepted() / all;
    }

    /** Commands of a kind accepted. */
    public long accepted(String kind) {
      Tally t = kinds.get(kind);
      return t == null ? 0 : t.accepted;
    }

    /** Commands of a kind rejected. */
    public long rejected(String kind) {
      Tally t = kinds.get(kind);
      return t == null ? 0 : t.rejected;
    }

    /** The number of tries that reached a label. */
    public int triesReaching(String label) {
      return triesReaching.getOrDefault(label, 0);
    }

    /**
     * Requires, through {@link Reach#require}, that each label is reached in a try with probability at least
     * {@code floor}.
     *
     * @return this report, for the next group of labels
     */
    public Report requireReached(double floor, String... labels) {
      Map<String, Integer> hits = new LinkedHashMap<>();
      for (String label : labels) {
        hits.put(label, triesReaching(label));
      }
      Reach.require(hits, tries, floor);
      return this;
    }

    void countAccepted(String kind) {
      kinds.computeIfAbsent(kind, k -> new Tally()).accepted++;
      reachedThisTry.add(kind + " accepted");
    }

    void countRejected(String kind, String code) {
      Tally t = kinds.computeIfAbsent(kind, k -> new Tally());
      t.rejected++;
      t.codes.merge(code, 1L, Long::sum);
      reachedThisTry.add(kind + " rejected");
      reachedThisTry.add(code);
    }

    void reached(Collection<String> labels) {
      reachedThisTry.addAll(labels);
    }

    void endTry() {
      for (String label : reachedThisTry) {
        triesReaching.merge(label, 1, Integer::sum);
      }
      reachedThisTry.clear();
    }

    /** One line for the property, then one per command kind. */
    String summary() {
      StringBuilder sb = new StringBuilder(String.format("stateful property '%s': %d tries, %d commands, %d accepted"
          + " (%.1f%%)", name, tries, accepted() + rejected(), accepted(), 100 * acceptance()));
      kinds.forEach((kind, t) -> {
        sb.append("\n  ").append(kind).append(" accepted ").append(t.accepted).append(" rejected ").append(t.rejected);
        if (!t.codes.isEmpty()) {
          sb.append(" (");
          t.codes.entrySet().stream()
              .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
              .forEach(e -> sb.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
          sb.setLength(sb.length() - 2);
          sb.append(')');
        }
      });
      return sb.toString();
    }

    @Override
    public String toString() {
      return summary();
    }

    private static final class Tally {
      long accepted;
      long rejected;
      final Map<String, Long> codes = new TreeMap<>();
    }
  }

  /**
   * Runs the property with {@link Tries#count()} tries of at most {@code maxSteps} commands, prints the report and
   * checks the acceptance gate.
   *
   * @return the report, for the property's {@link Report#requireReached} gates
   * @throws AssertionError on the first failing try (with its seed and trimmed sequence), or if fewer than
   *     {@link #MIN_ACCEPTANCE} of the commands were accepted
   */
  public static <S, C> Report run(String name, int maxSteps, Model<S, C> model) {
    return run(name, Tries.count(), maxSteps, model);
  }

  static <S, C> Report run(String name, int tries, int maxSteps, Model<S, C> model) {
    long base = Tries.baseSeed(name);
    Report report = new Report(name, tries);
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
        report.reached(model.labels(state));
        for (int s = 0; s < steps; s++) {
          C command = model.nextCommand(state, random);
          commands.add(command);
          state = step(model, state, command, report);
        }
      } catch (AssertionError | RuntimeException e) {
        failure = e;
      }
      report.endTry();
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
    System.out.println(report.summary());
    if (tries < MIN_TRIES_FOR_ACCEPTANCE) {
      System.out.printf("  acceptance gate (>= %.0f%%) skipped below %d tries%n", 100 * MIN_ACCEPTANCE,
          MIN_TRIES_FOR_ACCEPTANCE);
    } else if (report.acceptance() < MIN_ACCEPTANCE) {
      String msg = String.format("stateful property '%s' accepted %.1f%% of its commands, below the %.0f%% gate: the"
          + " generator mostly makes illegal steps, so the deep states stay thin; bias it towards commands that are"
          + " legal in the current state", name, 100 * report.acceptance(), 100 * MIN_ACCEPTANCE);
      System.out.println("  " + msg);
      throw new AssertionError(msg + "\n" + report.summary());
    }
    return report;
  }

  /** One step; counts it in {@code report} unless that is null (as when trimming replays a sequence). */
  private static <S, C> S step(Model<S, C> model, S state, C command, @Nullable Report report) {
    S next;
    try {
      next = model.apply(state, command);
    } catch (CaseworkException rejection) {
      if (rejection.code() == null || rejection.code().isBlank()) {
        throw new AssertionError("rejection without a code: " + rejection, rejection);
      }
      model.checkRejected(state, command, rejection);
      if (report != null) {
        report.countRejected(model.kind(command), rejection.code());
      }
      return state;
    }
    model.checkInvariants(next);
    if (report != null) {
      report.countAccepted(model.kind(command));
      report.reached(model.labels(next));
    }
    return next;
  }

  /** Replays a sequence from the seed's initial state; returns the failure, or null if it passes. */
  private static <S, C> Throwable replay(Model<S, C> model, long seed, List<C> commands) {
    S state = model.initial(new SplittableRandom(seed));
    try {
      model.checkInvariants(state);
      for (C c : commands) {
        state = step(model, state, c, null);
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
