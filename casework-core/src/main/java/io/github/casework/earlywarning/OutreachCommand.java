package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to change an {@link OutreachCase}, dated by the caller (time is injected, never read from a clock).
 * Opening a case is {@link OutreachCase#open}, not a command. Implementations are records: immutable and
 * thread-safe.
 */
public sealed interface OutreachCommand {

  /** {@return when the change happens} */
  Instant at();

  /**
   * Bundles another signal of the same household into the case.
   *
   * @param signal the signal, not null
   * @param at when it was received, not null
   */
  record AddSignal(EarlySignal signal, Instant at) implements OutreachCommand {
    /**
     * Validates the components.
     *
     * @param signal the signal, not null
     * @param at when, not null
     */
    public AddSignal {
      requireNonNull(signal, "signal");
      requireNonNull(at, "at");
    }
  }

  /**
   * Takes the case up.
   *
   * @param on the day it was taken up, not null
   * @param at when it is recorded, not null
   */
  record TakeUp(LocalDate on, Instant at) implements OutreachCommand {
    /**
     * Validates the components.
     *
     * @param on the day, not null
     * @param at when, not null
     */
    public TakeUp {
      requireNonNull(on, "on");
      requireNonNull(at, "at");
    }
  }

  /**
   * Records a contact attempt.
   *
   * @param attempt the attempt, not null
   * @param at when it is recorded, not null
   */
  record RecordAttempt(ContactAttempt attempt, Instant at) implements OutreachCommand {
    /**
     * Validates the components.
     *
     * @param attempt the attempt, not null
     * @param at when, not null
     */
    public RecordAttempt {
      requireNonNull(attempt, "attempt");
      requireNonNull(at, "at");
    }
  }

  /**
   * Closes the case with an ending.
   *
   * @param ending the ending, not null
   * @param at when, not null
   */
  record Close(Ending ending, Instant at) implements OutreachCommand {
    /**
     * Validates the components.
     *
     * @param ending the ending, not null
     * @param at when, not null
     */
    public Close {
      requireNonNull(ending, "ending");
      requireNonNull(at, "at");
    }
  }
}
