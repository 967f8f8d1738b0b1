package io.github.casework.testing;

import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkCommand;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.ExpectedVersion;
import java.util.List;

/** Helpers for asserting on rejected commands. */
public final class Rejections {
  private Rejections() {}

  /**
   * The stable code of a {@link CaseworkException}; for use as
   * {@code assertThatThrownBy(...).extracting(Rejections::code).isEqualTo("case.closed")}.
   */
  public static Object code(Throwable t) {
    if (!(t instanceof CaseworkException e)) {
      throw new AssertionError("expected a CaseworkException but got " + t, t);
    }
    return e.code();
  }

  /**
   * Checks that a rejection depends on the history alone: the state rebuilt by replaying {@code history} rejects
   * the same command with the same code (the aggregates are immutable, so "the rejected command changed nothing"
   * needs no check of its own; what can go wrong is a decision that depends on more than the events).
   *
   * @throws AssertionError if the rebuilt state accepts the command or rejects it with another code
   */
  public static <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent> void
      rejectedAgainAfterReplay(AggregateType<S, C, E> type, List<? extends E> history, C command,
          ExpectedVersion expected, CaseworkException rejection) {
    S rebuilt = type.replay(history);
    try {
      rebuilt.decide(command, expected);
    } catch (CaseworkException again) {
      if (!again.code().equals(rejection.code())) {
        throw new AssertionError("rejected with " + rejection.code() + ", but with " + again.code()
            + " on the state rebuilt from its history: " + command, again);
      }
      return;
    }
    throw new AssertionError("rejected with " + rejection.code()
        + ", but accepted on the state rebuilt from its history: " + command, rejection);
  }
}
