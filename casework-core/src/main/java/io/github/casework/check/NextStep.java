package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.party.Role;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a professional should do about a {@link Finding}, and with whom ("er op af"): one record per kind of step,
 * holding the agency, level, ids and dates the step names, not a sentence. Each kind has a stable lower-case
 * {@link #kind()} (the wire format and the texts of {@link FindingText} use it). Immutable and thread-safe.
 */
public sealed interface NextStep {

  /** {@return the stable lower-case kind of step, such as {@code escalate}} */
  String kind();

  /**
   * Ask the team lead of the agency that holds the case to make a professional accountable for a need today.
   *
   * @param agency the agency that holds the case, if known, not null
   * @param need the need, not null
   */
  record AssignAccountable(Optional<AgencyRef> agency, NeedId need) implements NextStep {
    /** The kind. */
    public static final String KIND = "assign-accountable";

    /**
     * Validates the components.
     *
     * @param agency the agency that holds the case, if known, not null
     * @param need the need, not null
     */
    public AssignAccountable {
      requireNonNull(agency, "agency");
      requireNonNull(need, "need");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Correct the referral or the case, at the agency that holds the case, so both name the same need.
   *
   * @param agency the agency that holds the case, not null
   * @param referral the referral, not null
   */
  record CorrectRecords(AgencyRef agency, ReferralId referral) implements NextStep {
    /** The kind. */
    public static final String KIND = "correct-records";

    /**
     * Validates the components.
     *
     * @param agency the agency that holds the case, not null
     * @param referral the referral, not null
     */
    public CorrectRecords {
      requireNonNull(agency, "agency");
      requireNonNull(referral, "referral");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Close the loop with the receiving agency: acknowledge the outcome or cancel the referral, or ask the agency to
   * accept accountability.
   *
   * @param agency the receiving agency, not null
   * @param referral the referral, not null
   */
  record CloseLoop(AgencyRef agency, ReferralId referral) implements NextStep {
    /** The kind. */
    public static final String KIND = "close-loop";

    /**
     * Validates the components.
     *
     * @param agency the receiving agency, not null
     * @param referral the referral, not null
     */
    public CloseLoop {
      requireNonNull(agency, "agency");
      requireNonNull(referral, "referral");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Ask the receiving agency, which said it has no capacity, whether it can take the client after all or when; if it
   * cannot, withdraw the referral and refer to a service that can.
   *
   * @param agency the receiving agency, not null
   * @param referral the referral, not null
   */
  record ReconsiderReferral(AgencyRef agency, ReferralId referral) implements NextStep {
    /** The kind. */
    public static final String KIND = "reconsider-referral";

    /**
     * Validates the components.
     *
     * @param agency the receiving agency, not null
     * @param referral the referral, not null
     */
    public ReconsiderReferral {
      requireNonNull(agency, "agency");
      requireNonNull(referral, "referral");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Call the receiving agency about an overdue referral, and escalate to its supervisor if there is no answer this
   * week.
   *
   * @param referral the referral, not null
   * @param agency the receiving agency, not null
   * @param due the last day it was due on, not null
   */
  record FollowUpReferral(ReferralId referral, AgencyRef agency, LocalDate due) implements NextStep {
    /** The kind. */
    public static final String KIND = "follow-up-referral";

    /**
     * Validates the components.
     *
     * @param referral the referral, not null
     * @param agency the receiving agency, not null
     * @param due the last day it was due on, not null
     */
    public FollowUpReferral {
      requireNonNull(referral, "referral");
      requireNonNull(agency, "agency");
      requireNonNull(due, "due");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * End a ping-pong: escalate to the supervisor at one agency and agree with the other who starts now, keeping the need
   * until one accepts accountability (warm handover).
   *
   * @param first the agency whose supervisor to go to, not null
   * @param second the other agency, not null
   */
  record AgreeWhoStarts(AgencyRef first, AgencyRef second) implements NextStep {
    /** The kind. */
    public static final String KIND = "agree-who-starts";

    /**
     * Validates the components.
     *
     * @param first the agency whose supervisor to go to, not null
     * @param second the other agency, not null
     */
    public AgreeWhoStarts {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Break a precondition deadlock: escalate to the supervisor at an agency of the cycle (reason: deadlock) and ask it
   * to start without waiting for its precondition.
   *
   * @param agency the agency to escalate to, not null
   * @param startOn the life domain to start on, not null
   * @param without the precondition not to wait for, not null
   */
  record BreakDeadlock(AgencyRef agency, LifeDomain startOn, LifeDomain without) implements NextStep {
    /** The kind. */
    public static final String KIND = "break-deadlock";

    /**
     * Validates the components.
     *
     * @param agency the agency to escalate to, not null
     * @param startOn the life domain to start on, not null
     * @param without the precondition not to wait for, not null
     */
    public BreakDeadlock {
      requireNonNull(agency, "agency");
      requireNonNull(startOn, "startOn");
      requireNonNull(without, "without");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Plan the first conversation at the debt-services agency today; without capacity, escalate to its team lead.
   *
   * @param agency the debt-services agency, not null
   */
  record PlanFirstConversation(AgencyRef agency) implements NextStep {
    /** The kind. */
    public static final String KIND = "plan-first-conversation";

    /**
     * Validates the components.
     *
     * @param agency the debt-services agency, not null
     */
    public PlanFirstConversation {
      requireNonNull(agency, "agency");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Report a late first conversation to the team lead, so that capacity can be planned.
   *
   * @param agency the debt-services agency, not null
   */
  record ReportLateConversation(AgencyRef agency) implements NextStep {
    /** The kind. */
    public static final String KIND = "report-late-conversation";

    /**
     * Validates the components.
     *
     * @param agency the debt-services agency, not null
     */
    public ReportLateConversation {
      requireNonNull(agency, "agency");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Inform the own manager about an escalation now.
   *
   * @param professional the professional who is to inform her manager, not null
   * @param agency her agency, not null
   * @param escalation the escalation, not null
   */
  record InformManager(ProfessionalId professional, AgencyRef agency, EscalationId escalation) implements NextStep {
    /** The kind. */
    public static final String KIND = "inform-manager";

    /**
     * Validates the components.
     *
     * @param professional the professional who is to inform her manager, not null
     * @param agency her agency, not null
     * @param escalation the escalation, not null
     */
    public InformManager {
      requireNonNull(professional, "professional");
      requireNonNull(agency, "agency");
      requireNonNull(escalation, "escalation");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Escalate to the next level of the ladder, directly or via the own manager when the level is above the raiser's
   * mandate.
   *
   * @param agency the agency escalated to, not null
   * @param level the level to go to, not null
   * @param reason why it is escalated, not null
   * @param viaOwnManager whether to go via the own manager
   */
  record Escalate(AgencyRef agency, LadderLevel level, EscalationReason reason, boolean viaOwnManager)
      implements NextStep {
    /** The kind. */
    public static final String KIND = "escalate";

    /**
     * Validates the components.
     *
     * @param agency the agency escalated to, not null
     * @param level the level to go to, not null
     * @param reason why it is escalated, not null
     * @param viaOwnManager whether to go via the own manager
     */
    public Escalate {
      requireNonNull(agency, "agency");
      requireNonNull(level, "level");
      requireNonNull(reason, "reason");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * The top of the ladder gave no answer: raise a signal with the manager so the gap is answered structurally.
   *
   * @param agency the raiser's agency, if known, not null
   * @param escalation the escalation, not null
   */
  record RaiseGapSignal(Optional<AgencyRef> agency, EscalationId escalation) implements NextStep {
    /** The kind. */
    public static final String KIND = "raise-gap-signal";

    /**
     * Validates the components.
     *
     * @param agency the raiser's agency, if known, not null
     * @param escalation the escalation, not null
     */
    public RaiseGapSignal {
      requireNonNull(agency, "agency");
      requireNonNull(escalation, "escalation");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Ask the addressee of a signal for the response in the next team meeting, and raise it with the municipality if it
   * stays unanswered.
   *
   * @param role the addressee's role, not null
   * @param agency the addressee's agency, not null
   * @param signal the signal, not null
   */
  record ChaseSignalResponse(Role role, AgencyRef agency, SignalId signal) implements NextStep {
    /** The kind. */
    public static final String KIND = "chase-signal-response";

    /**
     * Validates the components.
     *
     * @param role the addressee's role, not null
     * @param agency the addressee's agency, not null
     * @param signal the signal, not null
     */
    public ChaseSignalResponse {
      requireNonNull(role, "role");
      requireNonNull(agency, "agency");
      requireNonNull(signal, "signal");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Ask the addressee of an answered signal to give feedback to the professionals who raised it.
   *
   * @param role the addressee's role, not null
   * @param agency the addressee's agency, not null
   * @param professionals the professionals owed feedback, at least one, not null
   */
  record ChaseFeedback(Role role, AgencyRef agency, ImmutableSortedSet<ProfessionalId> professionals)
      implements NextStep {
    /** The kind. */
    public static final String KIND = "chase-feedback";

    /**
     * Validates the components.
     *
     * @param role the addressee's role, not null
     * @param agency the addressee's agency, not null
     * @param professionals the professionals owed feedback, at least one, not null
     * @throws InvalidValueException if {@code professionals} is empty
     */
    public ChaseFeedback {
      requireNonNull(role, "role");
      requireNonNull(agency, "agency");
      requireNonNull(professionals, "professionals");
      if (professionals.isEmpty()) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "ChaseFeedback.professionals",
            "must not be empty");
      }
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Raise a structural signal with the manager of the team, naming the cases, and ask for a structural answer.
   *
   * @param cases the cases, at least one, not null
   */
  record RaiseSignal(ImmutableSortedSet<CaseId> cases) implements NextStep {
    /** The kind. */
    public static final String KIND = "raise-signal";

    /**
     * Validates the components.
     *
     * @param cases the cases, at least one, not null
     * @throws InvalidValueException if {@code cases} is empty
     */
    public RaiseSignal {
      requireNonNull(cases, "cases");
      if (cases.isEmpty()) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "RaiseSignal.cases", "must not be empty");
      }
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Ask the manager who grants a mandate to widen it, with the successful escalations beyond it as evidence (een
   * breder mandaat).
   *
   * @param role the role whose mandate it is, not null
   * @param agency the agency that grants it, not null
   * @param level the level the escalations reached beyond it, not null
   * @param escalations the successful escalations, at least one, not null
   */
  record ProposeWiderMandate(Role role, AgencyRef agency, LadderLevel level,
      ImmutableSortedSet<EscalationId> escalations) implements NextStep {
    /** The kind. */
    public static final String KIND = "propose-wider-mandate";

    /**
     * Validates the components.
     *
     * @param role the role, not null
     * @param agency the agency, not null
     * @param level the level reached, not null
     * @param escalations the successful escalations, at least one, not null
     * @throws InvalidValueException if {@code escalations} is empty
     */
    public ProposeWiderMandate {
      requireNonNull(role, "role");
      requireNonNull(agency, "agency");
      requireNonNull(level, "level");
      requireNonNull(escalations, "escalations");
      if (escalations.isEmpty()) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "ProposeWiderMandate.escalations",
            "must not be empty");
      }
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Stop sharing under a withdrawn consent: at the referring agency, record a legal basis for the referral if one
   * applies and it is still a draft, or cancel it.
   *
   * @param agency the referring agency, not null
   * @param referral the referral, not null
   */
  record RecordBasisOrCancel(AgencyRef agency, ReferralId referral) implements NextStep {
    /** The kind. */
    public static final String KIND = "record-basis-or-cancel";

    /**
     * Validates the components.
     *
     * @param agency the referring agency, not null
     * @param referral the referral, not null
     */
    public RecordBasisOrCancel {
      requireNonNull(agency, "agency");
      requireNonNull(referral, "referral");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Ask the service with the shortest wait for the first free place or a place on its waiting list; if the need is
   * urgent and cannot wait, escalate to that agency's supervisor.
   *
   * @param agency the agency of the service, not null
   * @param service the service's code, not null
   * @param waitlist its waiting-list band, if it reported one, not null
   */
  record AskForPlace(AgencyRef agency, String service, Optional<WaitlistBand> waitlist) implements NextStep {
    /** The kind. */
    public static final String KIND = "ask-for-place";

    /**
     * Validates the components.
     *
     * @param agency the agency of the service, not null
     * @param service the service's code, not null
     * @param waitlist its waiting-list band, if any, not null
     */
    public AskForPlace {
      requireNonNull(agency, "agency");
      requireNonNull(service, "service");
      requireNonNull(waitlist, "waitlist");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Try to reach the resident of an outreach case today: a phone call, a home visit, a card at the door.
   *
   * @param agency the agency that holds the outreach case, not null
   * @param outreach the outreach case, not null
   */
  record AttemptContact(AgencyRef agency, OutreachId outreach) implements NextStep {
    /** The kind. */
    public static final String KIND = "attempt-contact";

    /**
     * Validates the components.
     *
     * @param agency the agency that holds the outreach case, not null
     * @param outreach the outreach case, not null
     */
    public AttemptContact {
      requireNonNull(agency, "agency");
      requireNonNull(outreach, "outreach");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Record the end result of an outreach case, or the follow-up help or referral it led to.
   *
   * @param agency the agency that holds the outreach case, not null
   * @param outreach the outreach case, not null
   */
  record RecordEndResult(AgencyRef agency, OutreachId outreach) implements NextStep {
    /** The kind. */
    public static final String KIND = "record-end-result";

    /**
     * Validates the components.
     *
     * @param agency the agency that holds the outreach case, not null
     * @param outreach the outreach case, not null
     */
    public RecordEndResult {
      requireNonNull(agency, "agency");
      requireNonNull(outreach, "outreach");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Bundle the signals of one household into one outreach case, the one opened first, so that the household gets one offer of help.
   *
   * @param agency the agency that holds that case, not null
   * @param into the case opened first, not null
   */
  record BundleSignals(AgencyRef agency, OutreachId into) implements NextStep {
    /** The kind. */
    public static final String KIND = "bundle-signals";

    /**
     * Validates the components.
     *
     * @param agency the agency that holds that case, not null
     * @param into the case opened first, not null
     */
    public BundleSignals {
      requireNonNull(agency, "agency");
      requireNonNull(into, "into");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }

  /**
   * Record the casework referral that an outreach case named when it handed the household on, so that the check
   * follows its loop; or correct the outreach case's end result if there was no hand-over.
   *
   * @param agency the agency that holds the outreach case, not null
   * @param outreach the outreach case, not null
   * @param referral the referral its ending names, not null
   */
  record RecordFollowUpReferral(AgencyRef agency, OutreachId outreach, ReferralId referral) implements NextStep {
    /** The kind. */
    public static final String KIND = "record-follow-up-referral";

    /**
     * Validates the components.
     *
     * @param agency the agency that holds the outreach case, not null
     * @param outreach the outreach case, not null
     * @param referral the referral, not null
     */
    public RecordFollowUpReferral {
      requireNonNull(agency, "agency");
      requireNonNull(outreach, "outreach");
      requireNonNull(referral, "referral");
    }

    @Override
    public String kind() {
      return KIND;
    }
  }
}
