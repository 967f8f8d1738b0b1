package io.github.casework.casefile;

import io.github.casework.CaseworkCommand;
import io.github.casework.LifeDomain;
import static java.util.Objects.requireNonNull;

import io.github.casework.id.AgencyId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import java.time.Instant;

/**
 * A request to change an existing {@link Case}, decided by {@link Case#decide decide}. Opening a case
 * is {@link Case#open}. Every command states the instant it is made at; time is never read from a clock
 * inside the library. Immutable and thread-safe.
 *
 * <p>{@link ReferNeed}, {@link CloseReferralLoop} and {@link HandOverNeed} are the case's side of a referral:
 * {@code io.github.casework.referral.ReferralLoop} derives them from the referral's own events, so a host
 * that stores cases and referrals apart applies them explicitly.
 */
public sealed interface CaseCommand extends CaseworkCommand {

  /** {@return when the command is made} */
  Instant at();

  /**
   * Register a new need with the professional accountable for it.
   *
   * @param need a need id not yet used in this case, not null
   * @param domain the life domain, not null
   * @param urgency the urgency, not null
   * @param accountable the accountable professional, not null
   * @param at when, not null
   */
  record RegisterNeed(NeedId need, LifeDomain domain, Urgency urgency, ProfessionalId accountable, Instant at)
      implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need a need id not yet used in this case, not null
     * @param domain the life domain, not null
     * @param urgency the urgency, not null
     * @param accountable the accountable professional, not null
     * @param at when, not null
     */
    public RegisterNeed {
      requireNonNull(need, "need");
      requireNonNull(domain, "domain");
      requireNonNull(urgency, "urgency");
      requireNonNull(accountable, "accountable");
      requireNonNull(at, "at");
    }
  }

  /**
   * End the intake: the case becomes active.
   *
   * @param at when, not null
   */
  record Activate(Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public Activate {
      requireNonNull(at, "at");
    }
  }

  /**
   * Put an active case on hold.
   *
   * @param at when, not null
   */
  record StartWaiting(Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public StartWaiting {
      requireNonNull(at, "at");
    }
  }

  /**
   * Make a waiting case active again.
   *
   * @param at when, not null
   */
  record Resume(Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public Resume {
      requireNonNull(at, "at");
    }
  }

  /**
   * Move accountability for an open need to another professional, explicitly.
   *
   * @param need the need, not null
   * @param to the new accountable professional, not the current one, not null
   * @param at when, not null
   */
  record TransferAccountability(NeedId need, ProfessionalId to, Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need the need, not null
     * @param to the new accountable professional, not the current one, not null
     * @param at when, not null
     */
    public TransferAccountability {
      requireNonNull(need, "need");
      requireNonNull(to, "to");
      requireNonNull(at, "at");
    }
  }

  /**
   * Give an open need its disposition.
   *
   * @param need the need, not null
   * @param disposition how it ended, not null
   */
  record DisposeNeed(NeedId need, Disposition disposition) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need the need, not null
     * @param disposition how it ended, not null
     */
    public DisposeNeed {
      requireNonNull(need, "need");
      requireNonNull(disposition, "disposition");
    }

    @Override
    public Instant at() {
      return disposition.at();
    }
  }

  /**
   * Record a dated assessment.
   *
   * @param assessment the assessment, not null
   */
  record RecordAssessment(Assessment assessment) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param assessment the assessment, not null
     */
    public RecordAssessment {
      requireNonNull(assessment, "assessment");
    }

    @Override
    public Instant at() {
      return assessment.at();
    }
  }

  /**
   * Close the case; every need must have a disposition.
   *
   * @param reason why, not null
   * @param at when, not null
   */
  record Close(ClosureReason reason, Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param reason why, not null
     * @param at when, not null
     */
    public Close {
      requireNonNull(reason, "reason");
      requireNonNull(at, "at");
    }
  }

  /**
   * Record that an open need is referred to another agency by its accountable professional, who stays
   * accountable; the need shows the referral as open until its loop is closed or it is handed over.
   *
   * @param need the need, open, not null
   * @param referral the referral's id, not yet open in this case, not null
   * @param agency the agency the need is referred to, not null
   * @param referrer the referring professional, the need's accountable professional, not null
   * @param at when, not null
   */
  record ReferNeed(NeedId need, ReferralId referral, AgencyId agency, ProfessionalId referrer, Instant at)
      implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need the need, open, not null
     * @param referral the referral's id, not yet open in this case, not null
     * @param agency the agency the need is referred to, not null
     * @param referrer the referring professional, the need's accountable professional, not null
     * @param at when, not null
     */
    public ReferNeed {
      requireNonNull(need, "need");
      requireNonNull(referral, "referral");
      requireNonNull(agency, "agency");
      requireNonNull(referrer, "referrer");
      requireNonNull(at, "at");
    }
  }

  /**
   * Close the loop of an open referral of a need: its outcome was reported back and acknowledged by the
   * need's accountable professional, or the referral was cancelled. Accountability does not change.
   *
   * @param need the need, not null
   * @param referral an open referral of that need, not null
   * @param by the need's accountable professional, not null
   * @param at when, not null
   */
  record CloseReferralLoop(NeedId need, ReferralId referral, ProfessionalId by, Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need the need, not null
     * @param referral an open referral of that need, not null
     * @param by the need's accountable professional, not null
     * @param at when, not null
     */
    public CloseReferralLoop {
      requireNonNull(need, "need");
      requireNonNull(referral, "referral");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * Hand an open need over through one of its referrals (a warm handover): a professional at the receiving
   * agency explicitly accepted accountability. The need gets a {@link Disposition.HandedOver} disposition and
   * that professional becomes accountable. The need must have no other open referral.
   *
   * @param need the need, open, not null
   * @param referral the open referral of that need through which it is handed over, not null
   * @param to the professional who accepted accountability, not the current one, not null
   * @param agency the agency that professional works for, not null
   * @param at when, not null
   */
  record HandOverNeed(NeedId need, ReferralId referral, ProfessionalId to, AgencyId agency, Instant at)
      implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need the need, open, not null
     * @param referral the open referral of that need through which it is handed over, not null
     * @param to the professional who accepted accountability, not the current one, not null
     * @param agency the agency that professional works for, not null
     * @param at when, not null
     */
    public HandOverNeed {
      requireNonNull(need, "need");
      requireNonNull(referral, "referral");
      requireNonNull(to, "to");
      requireNonNull(agency, "agency");
      requireNonNull(at, "at");
    }
  }

  /**
   * Report an urgent threat for an open need (Wgs art. 4a para. 2).
   *
   * @param need the need, not null
   * @param threat the threat, not null
   * @param at when, not null
   */
  record ReportUrgentThreat(NeedId need, UrgentThreat threat, Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need the need, not null
     * @param threat the threat, not null
     * @param at when, not null
     */
    public ReportUrgentThreat {
      requireNonNull(need, "need");
      requireNonNull(threat, "threat");
      requireNonNull(at, "at");
    }
  }

  /**
   * Record that the first conversation with the client took place; once per case.
   *
   * @param at when, not null
   */
  record RecordFirstConversation(Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public RecordFirstConversation {
      requireNonNull(at, "at");
    }
  }
}
