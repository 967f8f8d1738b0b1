package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import java.time.Instant;
import java.util.Optional;

/**
 * The sending of a referral: when it left the referring agency and when the receiving agency owes a response and
 * an outcome. The three dates come together — a referral that was sent has both due dates — and in order: the
 * response is not due before sending and the follow-up not before the response. Immutable and thread-safe.
 *
 * @param sentAt when the referral was sent, not null
 * @param responseDue when a response of the receiving agency is due, not before {@code sentAt}, not null
 * @param followUpDue when an outcome of the receiving agency is due, not before {@code responseDue}, not null
 * @param capacity what the service said about its capacity when asked before sending, if it was asked, not null
 */
public record Sending(Instant sentAt, Instant responseDue, Instant followUpDue, Optional<Capacity> capacity) {
  /**
   * Validates the dates.
   *
   * @param sentAt when the referral was sent, not null
   * @param responseDue when a response is due, not before {@code sentAt}, not null
   * @param followUpDue when an outcome is due, not before {@code responseDue}, not null
   * @param capacity the service's answer to a capacity query, if it was asked, not null
   * @throws InvalidValueException if the response is due before sending ({@link ReferralCodes#DUE_BEFORE_SENT}) or
   *     the follow-up before the response ({@link ReferralCodes#FOLLOW_UP_BEFORE_RESPONSE})
   */
  public Sending {
    requireNonNull(sentAt, "sentAt");
    requireNonNull(responseDue, "responseDue");
    requireNonNull(followUpDue, "followUpDue");
    requireNonNull(capacity, "capacity");
    if (responseDue.isBefore(sentAt)) {
      throw new InvalidValueException(ReferralCodes.DUE_BEFORE_SENT, "Sending.responseDue",
          "a response cannot be due before the referral is sent");
    }
    if (followUpDue.isBefore(responseDue)) {
      throw new InvalidValueException(ReferralCodes.FOLLOW_UP_BEFORE_RESPONSE, "Sending.followUpDue",
          "the follow-up due date cannot be before the response due date");
    }
  }

  /**
   * A sending without a capacity query.
   *
   * @param sentAt when the referral was sent, not null
   * @param responseDue when a response is due, not before {@code sentAt}, not null
   * @param followUpDue when an outcome is due, not before {@code responseDue}, not null
   * @throws InvalidValueException if the dates are out of order, as for the canonical constructor
   */
  public Sending(Instant sentAt, Instant responseDue, Instant followUpDue) {
    this(sentAt, responseDue, followUpDue, Optional.empty());
  }
}
