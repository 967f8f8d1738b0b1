package io.github.casework.casefile;

import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.LifeDomain;
import static java.util.Objects.requireNonNull;

import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import java.time.Instant;

/**
 * A fact that happened to a {@link Case}. {@link Case#evolve evolve} applies one; replaying a case's
 * events in order rebuilds it. Each kind has a stable {@link #type()} that names it in the wire format,
 * never the Java class name. Immutable and thread-safe.
 */
public sealed interface CaseEvent extends CaseworkEvent {

  /** {@return the case this event belongs to} */
  CaseId caseId();

  /** {@return the case this event belongs to, as {@link #caseId()}} */
  @Override
  default CaseId aggregateId() {
    return caseId();
  }

  /** {@return {@link Case#TYPE}} */
  @Override
  default AggregateType<Case, CaseCommand, CaseEvent> aggregateType() {
    return Case.TYPE;
  }

  /** {@return when it happened} */
  Instant at();

  /** {@return the stable type id, such as {@code case.opened}} */
  String type();

  /**
   * A case was opened at an agency for a client, with a case owner; it starts in {@link CaseStatus#INTAKE}.
   *
   * @param caseId the case, not null
   * @param client the client's pseudonymous id, not null
   * @param agency the agency that owns the case, not null
   * @param owner the professional who owns the case, not null
   * @param at when, not null
   */
  record Opened(CaseId caseId, ClientId client, AgencyId agency, ProfessionalId owner, Instant at)
      implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.opened";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param client the client's pseudonymous id, not null
     * @param agency the agency that owns the case, not null
     * @param owner the professional who owns the case, not null
     * @param at when, not null
     */
    public Opened {
      requireNonNull(caseId, "caseId");
      requireNonNull(client, "client");
      requireNonNull(agency, "agency");
      requireNonNull(owner, "owner");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * A need was registered with its accountable professional.
   *
   * @param caseId the case, not null
   * @param need the need's id, not null
   * @param domain its life domain, not null
   * @param urgency its urgency, not null
   * @param accountable the professional accountable for it, not null
   * @param at when, not null
   */
  record NeedRegistered(CaseId caseId, NeedId need, LifeDomain domain, Urgency urgency,
      ProfessionalId accountable, Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.need-registered";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param need the need's id, not null
     * @param domain its life domain, not null
     * @param urgency its urgency, not null
     * @param accountable the professional accountable for it, not null
     * @param at when, not null
     */
    public NeedRegistered {
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(domain, "domain");
      requireNonNull(urgency, "urgency");
      requireNonNull(accountable, "accountable");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * Intake ended; the case became active.
   *
   * @param caseId the case, not null
   * @param at when, not null
   */
  record Activated(CaseId caseId, Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.activated";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param at when, not null
     */
    public Activated {
      requireNonNull(caseId, "caseId");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * An active case started waiting (for the client or another party).
   *
   * @param caseId the case, not null
   * @param at when, not null
   */
  record WaitingStarted(CaseId caseId, Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.waiting-started";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param at when, not null
     */
    public WaitingStarted {
      requireNonNull(caseId, "caseId");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * A waiting case became active again.
   *
   * @param caseId the case, not null
   * @param at when, not null
   */
  record Resumed(CaseId caseId, Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.resumed";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param at when, not null
     */
    public Resumed {
      requireNonNull(caseId, "caseId");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * Accountability for an open need moved explicitly from one professional to another.
   *
   * @param caseId the case, not null
   * @param need the need, not null
   * @param from the professional accountable before, not null
   * @param to the professional accountable after, not null
   * @param at when, not null
   */
  record AccountabilityTransferred(CaseId caseId, NeedId need, ProfessionalId from, ProfessionalId to,
      Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.accountability-transferred";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param need the need, not null
     * @param from the professional accountable before, not null
     * @param to the professional accountable after, not null
     * @param at when, not null
     */
    public AccountabilityTransferred {
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * An open need was given its disposition; {@link #at()} is the disposition's time.
   *
   * @param caseId the case, not null
   * @param need the need, not null
   * @param disposition how it ended, not null
   */
  record NeedDisposed(CaseId caseId, NeedId need, Disposition disposition) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.need-disposed";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param need the need, not null
     * @param disposition how it ended, not null
     */
    public NeedDisposed {
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(disposition, "disposition");
    }

    @Override
    public Instant at() {
      return disposition.at();
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * An assessment was recorded; {@link #at()} is the assessment's time.
   *
   * @param caseId the case, not null
   * @param assessment the assessment, not null
   */
  record AssessmentRecorded(CaseId caseId, Assessment assessment) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.assessment-recorded";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param assessment the assessment, not null
     */
    public AssessmentRecorded {
      requireNonNull(caseId, "caseId");
      requireNonNull(assessment, "assessment");
    }

    @Override
    public Instant at() {
      return assessment.at();
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The case was closed; every need had a disposition.
   *
   * @param caseId the case, not null
   * @param reason why, not null
   * @param at when, not null
   */
  record Closed(CaseId caseId, ClosureReason reason, Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.closed";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param reason why, not null
     * @param at when, not null
     */
    public Closed {
      requireNonNull(caseId, "caseId");
      requireNonNull(reason, "reason");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * An open need was referred to another agency; its accountable professional (the referrer) stays
   * accountable.
   *
   * @param caseId the case, not null
   * @param need the need, not null
   * @param referral the referral's id, not null
   * @param agency the agency the need was referred to, not null
   * @param referrer the referring professional, who is the need's accountable professional, not null
   * @param at when, not null
   */
  record NeedReferred(CaseId caseId, NeedId need, ReferralId referral, AgencyId agency, ProfessionalId referrer,
      Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.need-referred";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param need the need, not null
     * @param referral the referral's id, not null
     * @param agency the agency the need was referred to, not null
     * @param referrer the referring professional, who is the need's accountable professional, not null
     * @param at when, not null
     */
    public NeedReferred {
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(referral, "referral");
      requireNonNull(agency, "agency");
      requireNonNull(referrer, "referrer");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The loop of a referral of a need was closed by the need's accountable professional (outcome acknowledged, or
   * the referral cancelled); the need no longer shows that referral as open. Accountability did not change.
   *
   * @param caseId the case, not null
   * @param need the need, not null
   * @param referral the referral, not null
   * @param by the need's accountable professional, not null
   * @param at when, not null
   */
  record ReferralLoopClosed(CaseId caseId, NeedId need, ReferralId referral, ProfessionalId by, Instant at)
      implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.referral-loop-closed";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param need the need, not null
     * @param referral the referral, not null
     * @param by the need's accountable professional, not null
     * @param at when, not null
     */
    public ReferralLoopClosed {
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(referral, "referral");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * An open need was handed over through one of its referrals (a warm handover): accountability moved from
   * {@code from} to {@code to} at the receiving agency, and the need got a {@link Disposition.HandedOver}
   * disposition dated {@code at}.
   *
   * @param caseId the case, not null
   * @param need the need, not null
   * @param referral the referral through which it was handed over, not null
   * @param from the professional accountable before, not null
   * @param to the professional accountable after, not null
   * @param agency the agency {@code to} works for, not null
   * @param at when, not null
   */
  record NeedHandedOver(CaseId caseId, NeedId need, ReferralId referral, ProfessionalId from, ProfessionalId to,
      AgencyId agency, Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.need-handed-over";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param need the need, not null
     * @param referral the referral through which it was handed over, not null
     * @param from the professional accountable before, not null
     * @param to the professional accountable after, not null
     * @param agency the agency {@code to} works for, not null
     * @param at when, not null
     */
    public NeedHandedOver {
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(referral, "referral");
      requireNonNull(from, "from");
      requireNonNull(to, "to");
      requireNonNull(agency, "agency");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * An urgent threat (eviction, energy or water cut-off, health-insurance termination) was reported for an open
   * need; under the Wgs a first conversation is then due within three working days.
   *
   * @param caseId the case, not null
   * @param need the need, not null
   * @param threat the threat, not null
   * @param at when, not null
   */
  record UrgentThreatReported(CaseId caseId, NeedId need, UrgentThreat threat, Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.urgent-threat-reported";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param need the need, not null
     * @param threat the threat, not null
     * @param at when, not null
     */
    public UrgentThreatReported {
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(threat, "threat");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The first conversation with the client took place (the Wgs norm measures the time to it).
   *
   * @param caseId the case, not null
   * @param at when, not null
   */
  record FirstConversationHeld(CaseId caseId, Instant at) implements CaseEvent {
    /** The type id. */
    public static final String TYPE = "case.first-conversation-held";

    /**
     * Validates the components.
     *
     * @param caseId the case, not null
     * @param at when, not null
     */
    public FirstConversationHeld {
      requireNonNull(caseId, "caseId");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }
}
