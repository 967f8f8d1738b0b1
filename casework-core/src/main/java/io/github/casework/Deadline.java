package io.github.casework;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * How a due instant is computed from the instant a clock starts running, such as "five days after sending" or
 * "by 1 December". A command that sets a due date takes a {@code Deadline}; the event it produces holds the
 * computed {@link Instant}, so a history replays the same due dates even if the rule that computed them later
 * changes (a new holiday calendar, a new service norm).
 *
 * <p>This is casework's one way to say "due by". A service norm's time limit (five working days, one quarter)
 * is a {@code Deadline} once counted on a calendar in a zone: {@link io.github.casework.norm.ServiceNorms#deadline}
 * returns a {@link io.github.casework.norm.CalendarDeadline}. Another rule (a host's own holiday calendar, office
 * hours) plugs in as another implementation without changing the commands that accept a {@code Deadline}.
 * Implementations must be pure functions of their argument (no clock reads) and should be immutable and
 * thread-safe, as {@link #after}, {@link #at} and {@code CalendarDeadline} are.
 */
@FunctionalInterface
public interface Deadline {

  /**
   * Returns the due instant for a clock that starts running at {@code start}.
   *
   * @param start when the clock starts, not null
   * @return the due instant, not null
   */
  Instant dueFrom(Instant start);

  /**
   * Returns the deadline a fixed, non-negative duration after the start.
   *
   * @param duration the time allowed, zero or positive, not null
   * @return the deadline
   * @throws InvalidValueException if the duration is negative
   */
  static Deadline after(Duration duration) {
    return new After(duration);
  }

  /**
   * Returns the deadline at a fixed instant, whenever the clock starts.
   *
   * @param due the due instant, not null
   * @return the deadline
   */
  static Deadline at(Instant due) {
    return new At(due);
  }

  /**
   * A fixed duration after the start. Immutable and thread-safe.
   *
   * @param duration the time allowed, zero or positive, not null
   */
  record After(Duration duration) implements Deadline {
    /**
     * Validates the duration.
     *
     * @param duration the time allowed, zero or positive, not null
     * @throws InvalidValueException if the duration is negative
     */
    public After {
      requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new InvalidValueException(CoreCodes.DEADLINE_NEGATIVE, "Deadline.duration", "must not be negative");
      }
    }

    @Override
    public Instant dueFrom(Instant start) {
      return requireNonNull(start, "start").plus(duration);
    }
  }

  /**
   * A fixed due instant. Immutable and thread-safe.
   *
   * @param due the due instant, not null
   */
  record At(Instant due) implements Deadline {
    /**
     * Validates the instant.
     *
     * @param due the due instant, not null
     */
    public At {
      requireNonNull(due, "due");
    }

    @Override
    public Instant dueFrom(Instant start) {
      requireNonNull(start, "start");
      return due;
    }
  }
}
