package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the receiving agency last said about a referral: it {@link Accepted accepted}, {@link Waitlisted waitlisted}
 * or {@link Refused refused} the client. A waitlisted referral can be answered again — waitlisted anew, accepted or
 * refused — and the new answer replaces the old one, keeping the start the agency expected when it last waitlisted
 * the client ({@link #expectedStart()}). A refusal also ends the referral, so {@link Refused} is an {@link Ending}
 * too. Immutable and thread-safe.
 */
public sealed interface Answer permits Answer.Accepted, Answer.Waitlisted, Answer.Refused {

  /** {@return when the receiving agency gave this answer} */
  Instant at();

  /** {@return when the receiving agency last said it expects to start, if it ever waitlisted the client} */
  Optional<Instant> expectedStart();

  /**
   * The receiving agency agreed to help the client.
   *
   * @param at when, not null
   * @param expectedStart the start the agency expected when it last waitlisted the client, if it did, not null
   */
  record Accepted(Instant at, Optional<Instant> expectedStart) implements Answer {
    /**
     * Validates the components.
     *
     * @param at when, not null
     * @param expectedStart the start expected at the last waitlisting, if any, not null
     */
    public Accepted {
      requireNonNull(at, "at");
      requireNonNull(expectedStart, "expectedStart");
    }
  }

  /**
   * The receiving agency put the client on its waiting list (wachtlijst) and said when it expects to start.
   *
   * @param at when, not null
   * @param expected when the agency expects to start, not before {@code at}, not null
   */
  record Waitlisted(Instant at, Instant expected) implements Answer {
    /**
     * Validates the components.
     *
     * @param at when, not null
     * @param expected when the agency expects to start, not before {@code at}, not null
     * @throws InvalidValueException if the expected start is before {@code at}
     */
    public Waitlisted {
      requireNonNull(at, "at");
      requireNonNull(expected, "expected");
      if (expected.isBefore(at)) {
        throw new InvalidValueException(ReferralCodes.EXPECTED_BEFORE_WAITLISTED, "Answer.Waitlisted.expected",
            "the expected start cannot be before the client is waitlisted");
      }
    }

    /** {@return {@link #expected()}, always present} */
    @Override
    public Optional<Instant> expectedStart() {
      return Optional.of(expected);
    }
  }

  /**
   * The receiving agency declined, for a stated reason. This ends the referral; the referrer still acknowledges it
   * to close the loop.
   *
   * @param at when, not null
   * @param refusal why, not null
   * @param expectedStart the start the agency expected when it last waitlisted the client, if it did, not null
   */
  record Refused(Instant at, Refusal refusal, Optional<Instant> expectedStart) implements Answer, Ending {
    /**
     * Validates the components.
     *
     * @param at when, not null
     * @param refusal why, not null
     * @param expectedStart the start expected at the last waitlisting, if any, not null
     */
    public Refused {
      requireNonNull(at, "at");
      requireNonNull(refusal, "refusal");
      requireNonNull(expectedStart, "expectedStart");
    }
  }
}
