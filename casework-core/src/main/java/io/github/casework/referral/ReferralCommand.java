package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import io.github.casework.CaseworkCommand;
import io.github.casework.Deadline;
import io.github.casework.InvalidValueException;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;
import java.util.Optional;

/**
 * A request to change an existing {@link Referral}, decided by {@link Referral#decide decide}.
 * Drafting a referral is {@link Referral#draft}. Every command states the instant it is made at; time is never
 * read from a clock inside the library. Which command is allowed in which state is the transition table in
 * {@link Referral}. Immutable and thread-safe.
 */
public sealed interface ReferralCommand extends CaseworkCommand {

  /** {@return when the command is made} */
  Instant at();

  /**
   * Record the consent or legal basis that allows sending the client's data; replaces an earlier one.
   *
   * @param basis the basis, not null
   * @param at when, not null
   */
  record RecordBasis(DataSharingBasis basis, Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param basis the basis, not null
     * @param at when, not null
     */
    public RecordBasis {
      requireNonNull(basis, "basis");
      requireNonNull(at, "at");
    }
  }

  /**
   * Send the referral to the receiving agency. The due dates are computed from {@code at}: the receiving agency
   * should respond by the response due date, and report an outcome by the follow-up due date. If the service was
   * asked about its capacity first, its answer goes with the sending.
   *
   * @param response when a response is due, counted from sending, not null
   * @param followUp when an outcome is due, counted from sending, not null
   * @param at when, not null
   * @param capacity the service's answer to a capacity query before sending, if it was asked, not null
   */
  record Send(Deadline response, Deadline followUp, Instant at, Optional<Capacity> capacity)
      implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param response when a response is due, counted from sending, not null
     * @param followUp when an outcome is due, counted from sending, not null
     * @param at when, not null
     * @param capacity the service's answer to a capacity query, if it was asked, not null
     */
    public Send {
      requireNonNull(response, "response");
      requireNonNull(followUp, "followUp");
      requireNonNull(at, "at");
      requireNonNull(capacity, "capacity");
    }

    /**
     * Send without a capacity query.
     *
     * @param response when a response is due, counted from sending, not null
     * @param followUp when an outcome is due, counted from sending, not null
     * @param at when, not null
     */
    public Send(Deadline response, Deadline followUp, Instant at) {
      this(response, followUp, at, Optional.empty());
    }
  }

  /**
   * The receiving agency confirms that the referral arrived.
   *
   * @param at when, not null
   */
  record Receive(Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public Receive {
      requireNonNull(at, "at");
    }
  }

  /**
   * The receiving agency agrees to help the client.
   *
   * @param at when, not null
   */
  record Accept(Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public Accept {
      requireNonNull(at, "at");
    }
  }

  /**
   * The receiving agency puts the client on its waiting list, expecting to start by a date.
   *
   * @param expected when the agency expects to start, not before {@code at}, not null
   * @param at when, not null
   */
  record Waitlist(Instant expected, Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param expected when the agency expects to start, not before {@code at}, not null
     * @param at when, not null
     * @throws InvalidValueException if the expected date is before {@code at}
     */
    public Waitlist {
      requireNonNull(expected, "expected");
      requireNonNull(at, "at");
      if (expected.isBefore(at)) {
        throw new InvalidValueException(ReferralCodes.EXPECTED_BEFORE_WAITLISTED, "Waitlist.expected",
            "the expected start cannot be before the client is waitlisted");
      }
    }
  }

  /**
   * The receiving agency declines, for a stated reason.
   *
   * @param refusal why, not null
   * @param at when, not null
   */
  record Refuse(Refusal refusal, Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param refusal why, not null
     * @param at when, not null
     */
    public Refuse {
      requireNonNull(refusal, "refusal");
      requireNonNull(at, "at");
    }
  }

  /**
   * The service to the client starts.
   *
   * @param at when, not null
   */
  record Start(Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public Start {
      requireNonNull(at, "at");
    }
  }

  /**
   * The service ended; the receiving agency reports its outcome back.
   *
   * @param outcome the outcome, not null
   * @param at when, not null
   */
  record Complete(ReferralOutcome outcome, Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param outcome the outcome, not null
     * @param at when, not null
     */
    public Complete {
      requireNonNull(outcome, "outcome");
      requireNonNull(at, "at");
    }
  }

  /**
   * The service could not be delivered.
   *
   * @param reason why, not null
   * @param at when, not null
   */
  record Fail(FailureReason reason, Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param reason why, not null
     * @param at when, not null
     */
    public Fail {
      requireNonNull(reason, "reason");
      requireNonNull(at, "at");
    }
  }

  /**
   * The referrer withdraws the referral; this also closes the loop.
   *
   * @param by the professional who withdraws it, not null
   * @param at when, not null
   */
  record Cancel(ProfessionalId by, Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param by the professional who withdraws it, not null
     * @param at when, not null
     */
    public Cancel {
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * A professional at the receiving agency explicitly accepts accountability for the need (a warm
   * handover).
   *
   * @param by the professional who accepts, not the referrer, not null
   * @param at when, not null
   */
  record AcceptAccountability(ProfessionalId by, Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param by the professional who accepts, not the referrer, not null
     * @param at when, not null
     */
    public AcceptAccountability {
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * The referrer's side acknowledges the outcome reported back (completed, refused or failed): the loop is
   * closed.
   *
   * @param by the professional who acknowledges, the need's accountable professional, not null
   * @param at when, not null
   */
  record AcknowledgeOutcome(ProfessionalId by, Instant at) implements ReferralCommand {
    /**
     * Validates the components.
     *
     * @param by the professional who acknowledges, the need's accountable professional, not null
     * @param at when, not null
     */
    public AcknowledgeOutcome {
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }
}
