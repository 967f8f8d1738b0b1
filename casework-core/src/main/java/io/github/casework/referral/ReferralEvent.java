package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.PartyCodes;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fact that happened to a {@link Referral}. {@link Referral#evolve evolve} applies one; replaying a
 * referral's events in order rebuilds it. Each kind has a stable {@link #type()} that names it in the wire
 * format, never the Java class name. Immutable and thread-safe.
 */
public sealed interface ReferralEvent extends CaseworkEvent {

  /** {@return the referral this event belongs to} */
  ReferralId referralId();

  /** {@return the referral this event belongs to, as {@link #referralId()}} */
  @Override
  default ReferralId aggregateId() {
    return referralId();
  }

  /** {@return {@link Referral#TYPE}} */
  @Override
  default AggregateType<Referral, ReferralCommand, ReferralEvent> aggregateType() {
    return Referral.TYPE;
  }

  /** {@return when it happened} */
  Instant at();

  /** {@return the stable type id, such as {@code referral.sent}} */
  String type();

  /**
   * A referral was drafted from a need in a case to a service of another agency (or of another team of the
   * same agency). The need's life domain is copied so that the referral network can be analysed from
   * referrals alone.
   *
   * @param referralId the referral, not null
   * @param client the client's pseudonymous id, not null
   * @param caseId the case the need belongs to, not null
   * @param need the need referred, not null
   * @param domain the need's life domain, not null
   * @param from the referring agency, not null
   * @param referrer the referring professional, accountable for the need, not null
   * @param to the receiving agency, not null
   * @param service the code of the receiving agency's service: 1 to 64 lower-case letters, digits and hyphens,
   *     starting with a letter or digit, not null
   * @param at when, not null
   */
  record Drafted(ReferralId referralId, ClientId client, CaseId caseId, NeedId need, LifeDomain domain,
      AgencyId from, ProfessionalId referrer, AgencyId to, String service, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.drafted";

    private static final Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** Service codes that passed {@link #SERVICE}, interned, by hash; see {@link #checkedService}. */
    private static final String[] CHECKED_SERVICES = new String[256];

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param client the client's pseudonymous id, not null
     * @param caseId the case the need belongs to, not null
     * @param need the need referred, not null
     * @param domain the need's life domain, not null
     * @param from the referring agency, not null
     * @param referrer the referring professional, accountable for the need, not null
     * @param to the receiving agency, not null
     * @param service the code of the receiving agency's service: 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit, not null
     * @param at when, not null
     * @throws InvalidValueException if the service code breaks its rule
     */
    public Drafted {
      requireNonNull(referralId, "referralId");
      requireNonNull(client, "client");
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(domain, "domain");
      requireNonNull(from, "from");
      requireNonNull(referrer, "referrer");
      requireNonNull(to, "to");
      requireNonNull(service, "service");
      requireNonNull(at, "at");
      service = checkedService(service);
    }

    /**
     * Checks a service code once per distinct code: a caseload names few services many times, and the pattern and
     * {@code intern} (one string per code; the string table is outside the heap) cost as much as the rest of a
     * draft. A code that passed is kept, interned, in a small table by its hash; a new code, or one whose slot
     * another code took, is checked again. Reads and writes of a slot race harmlessly: a string is immutable and
     * safely published, and a slot holds only a code that passed.
     */
    private static String checkedService(String service) {
      int slot = service.hashCode() & (CHECKED_SERVICES.length - 1);
      String known = CHECKED_SERVICES[slot];
      if (known != null && known.equals(service)) {
        return known;
      }
      if (!SERVICE.matcher(service).matches()) {
        throw new InvalidValueException(PartyCodes.SERVICE_INVALID_CODE, "Drafted.service",
            "must be 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit");
      }
      String interned = service.intern();
      CHECKED_SERVICES[slot] = interned;
      return interned;
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * A consent or legal basis for sharing the client's data was recorded.
   *
   * @param referralId the referral, not null
   * @param basis the basis, not null
   * @param at when, not null
   */
  record BasisRecorded(ReferralId referralId, DataSharingBasis basis, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.basis-recorded";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param basis the basis, not null
     * @param at when, not null
     */
    public BasisRecorded {
      requireNonNull(referralId, "referralId");
      requireNonNull(basis, "basis");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The referral was sent, with its computed due dates and, if the service was asked first, what it said about its
   * capacity.
   *
   * @param referralId the referral, not null
   * @param responseDue when a response is due, not null
   * @param followUpDue when an outcome is due, not null
   * @param at when, not null
   * @param capacity the service's answer to a capacity query before sending, if it was asked, not null
   */
  record Sent(ReferralId referralId, Instant responseDue, Instant followUpDue, Instant at,
      Optional<Capacity> capacity) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.sent";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param responseDue when a response is due, not null
     * @param followUpDue when an outcome is due, not null
     * @param at when, not null
     * @param capacity the service's answer to a capacity query, if it was asked, not null
     */
    public Sent {
      requireNonNull(referralId, "referralId");
      requireNonNull(responseDue, "responseDue");
      requireNonNull(followUpDue, "followUpDue");
      requireNonNull(at, "at");
      requireNonNull(capacity, "capacity");
    }

    /**
     * A sending without a capacity query.
     *
     * @param referralId the referral, not null
     * @param responseDue when a response is due, not null
     * @param followUpDue when an outcome is due, not null
     * @param at when, not null
     */
    public Sent(ReferralId referralId, Instant responseDue, Instant followUpDue, Instant at) {
      this(referralId, responseDue, followUpDue, at, Optional.empty());
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The receiving agency confirmed receipt.
   *
   * @param referralId the referral, not null
   * @param at when, not null
   */
  record Received(ReferralId referralId, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.received";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param at when, not null
     */
    public Received {
      requireNonNull(referralId, "referralId");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The receiving agency agreed to help.
   *
   * @param referralId the referral, not null
   * @param at when, not null
   */
  record Accepted(ReferralId referralId, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.accepted";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param at when, not null
     */
    public Accepted {
      requireNonNull(referralId, "referralId");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The client was put on the receiving agency's waiting list.
   *
   * @param referralId the referral, not null
   * @param expected when the agency expects to start, not before {@code at}, not null
   * @param at when, not null
   */
  record Waitlisted(ReferralId referralId, Instant expected, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.waitlisted";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param expected when the agency expects to start, not before {@code at}, not null
     * @param at when, not null
     * @throws InvalidValueException if the expected date is before {@code at}
     */
    public Waitlisted {
      requireNonNull(referralId, "referralId");
      requireNonNull(expected, "expected");
      requireNonNull(at, "at");
      if (expected.isBefore(at)) {
        throw new InvalidValueException(ReferralCodes.EXPECTED_BEFORE_WAITLISTED, "Waitlisted.expected",
            "the expected start cannot be before the client is waitlisted");
      }
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The receiving agency refused.
   *
   * @param referralId the referral, not null
   * @param refusal why, not null
   * @param at when, not null
   */
  record Refused(ReferralId referralId, Refusal refusal, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.refused";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param refusal why, not null
     * @param at when, not null
     */
    public Refused {
      requireNonNull(referralId, "referralId");
      requireNonNull(refusal, "refusal");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The service started.
   *
   * @param referralId the referral, not null
   * @param at when, not null
   */
  record Started(ReferralId referralId, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.started";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param at when, not null
     */
    public Started {
      requireNonNull(referralId, "referralId");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The service ended and its outcome was reported back.
   *
   * @param referralId the referral, not null
   * @param outcome the outcome, not null
   * @param at when, not null
   */
  record Completed(ReferralId referralId, ReferralOutcome outcome, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.completed";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param outcome the outcome, not null
     * @param at when, not null
     */
    public Completed {
      requireNonNull(referralId, "referralId");
      requireNonNull(outcome, "outcome");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The service could not be delivered.
   *
   * @param referralId the referral, not null
   * @param reason why, not null
   * @param at when, not null
   */
  record Failed(ReferralId referralId, FailureReason reason, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.failed";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param reason why, not null
     * @param at when, not null
     */
    public Failed {
      requireNonNull(referralId, "referralId");
      requireNonNull(reason, "reason");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The referrer withdrew the referral, closing the loop.
   *
   * @param referralId the referral, not null
   * @param by who withdrew it, not null
   * @param at when, not null
   */
  record Cancelled(ReferralId referralId, ProfessionalId by, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.cancelled";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param by who withdrew it, not null
     * @param at when, not null
     */
    public Cancelled {
      requireNonNull(referralId, "referralId");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * A professional at the receiving agency accepted accountability for the need (a warm handover).
   *
   * @param referralId the referral, not null
   * @param by who accepted, not null
   * @param at when, not null
   */
  record AccountabilityAccepted(ReferralId referralId, ProfessionalId by, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.accountability-accepted";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param by who accepted, not null
     * @param at when, not null
     */
    public AccountabilityAccepted {
      requireNonNull(referralId, "referralId");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The outcome was acknowledged on the referrer's side: the loop is closed.
   *
   * @param referralId the referral, not null
   * @param by who acknowledged, not null
   * @param at when, not null
   */
  record OutcomeAcknowledged(ReferralId referralId, ProfessionalId by, Instant at) implements ReferralEvent {
    /** The type id. */
    public static final String TYPE = "referral.outcome-acknowledged";

    /**
     * Validates the components.
     *
     * @param referralId the referral, not null
     * @param by who acknowledged, not null
     * @param at when, not null
     */
    public OutcomeAcknowledged {
      requireNonNull(referralId, "referralId");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }
}
