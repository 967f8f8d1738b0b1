package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.directory.Eligibility;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.OutreachStatus;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.party.Role;
import io.github.casework.referral.NetworkFinding.StaleReferral;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.signal.Area;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Quarter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a {@link Finding} found, as typed values rather than sentences: one record per kind of finding, holding the
 * ids, agencies, levels, counts and dates that the finding's texts and pictures are made from. Each kind fixes
 * the {@link FindingCode} of its finding ({@link #code()}). Dates are local dates in the zone of the check's norms
 * (a due date is the last day on which the norm is met); instants are UTC. The facts hold ids, codes, agency names
 * and dates only, never personal data. Immutable and thread-safe.
 *
 * <p>A {@link FindingText} renders the facts in Dutch or English; a report can draw from them directly (a
 * deadlock's {@link Deadlock#cycle()}, a ping-pong's {@link PingPong#handOffs()}, a due date).
 */
public sealed interface Facts {

  /** {@return the finding code that findings with these facts have} */
  FindingCode code();

  /**
   * {@return the last day something was due on, for the kinds of finding about a due date (an overdue referral, a
   * Wgs norm, a stalled escalation, a signal owed a response); empty for the others}
   */
  default Optional<LocalDate> deadline() {
    return Optional.empty();
  }

  /**
   * An open need nobody effectively holds (tussen wal en schip).
   *
   * @param need the orphaned need, not null
   * @param holder the agency that holds the need's case, if the caseload has the case and lists the agency, not null
   */
  record Orphaned(OrphanedNeed need, Optional<AgencyRef> holder) implements Facts {
    /**
     * Validates the components.
     *
     * @param need the orphaned need, not null
     * @param holder the agency that holds the need's case, if known, not null
     */
    public Orphaned {
      requireNonNull(need, "need");
      requireNonNull(holder, "holder");
    }

    @Override
    public FindingCode code() {
      return FindingCode.NEED_ORPHANED;
    }
  }

  /**
   * A referral names a need its case does not have.
   *
   * @param referral the referral, not null
   * @param caseId its case, not null
   * @param need the need it names, not null
   * @param agency the agency that holds the case, not null
   */
  record UnknownNeed(ReferralId referral, CaseId caseId, NeedId need, AgencyRef agency) implements Facts {
    /**
     * Validates the components.
     *
     * @param referral the referral, not null
     * @param caseId its case, not null
     * @param need the need it names, not null
     * @param agency the agency that holds the case, not null
     */
    public UnknownNeed {
      requireNonNull(referral, "referral");
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(agency, "agency");
    }

    @Override
    public FindingCode code() {
      return FindingCode.REFERRAL_UNKNOWN_NEED;
    }
  }

  /**
   * A referral sent to a service that had said it has no capacity, still unanswered.
   *
   * @param client the client, not null
   * @param referral the referral, not null
   * @param to the receiving agency, not null
   * @param service the code of the service that said no, not null
   * @param sentOn the day the referral was sent, not null
   */
  record SentWithoutCapacity(ClientId client, ReferralId referral, AgencyRef to, String service, LocalDate sentOn)
      implements Facts {
    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param referral the referral, not null
     * @param to the receiving agency, not null
     * @param service the service's code, not null
     * @param sentOn the day the referral was sent, not null
     */
    public SentWithoutCapacity {
      requireNonNull(client, "client");
      requireNonNull(referral, "referral");
      requireNonNull(to, "to");
      requireNonNull(service, "service");
      requireNonNull(sentOn, "sentOn");
    }

    @Override
    public FindingCode code() {
      return FindingCode.REFERRAL_SENT_WITHOUT_CAPACITY;
    }
  }

  /**
   * A closed case with an open referral of one of its needs that was not handed over.
   *
   * @param caseId the closed case, not null
   * @param referral the open referral, not null
   * @param need the need it is for, not null
   * @param to the receiving agency, not null
   * @param status the referral's status, an open one, not null
   */
  record ClosedWithOpenReferral(CaseId caseId, ReferralId referral, NeedId need, AgencyRef to, ReferralStatus status)
      implements Facts {
    /**
     * Validates the components.
     *
     * @param caseId the closed case, not null
     * @param referral the open referral, not null
     * @param need the need it is for, not null
     * @param to the receiving agency, not null
     * @param status the referral's status, not null
     */
    public ClosedWithOpenReferral {
      requireNonNull(caseId, "caseId");
      requireNonNull(referral, "referral");
      requireNonNull(need, "need");
      requireNonNull(to, "to");
      requireNonNull(status, "status");
    }

    @Override
    public FindingCode code() {
      return FindingCode.CASE_CLOSED_WITH_OPEN_REFERRAL;
    }
  }

  /**
   * A referral past a due date: no response, no outcome, or still on the waiting list.
   *
   * @param client the client, not null
   * @param referral the referral, not null
   * @param to the receiving agency, which owes the response or outcome, not null
   * @param kind what is overdue, not null
   * @param due the instant it was due, not null
   * @param dueDate the last day it was due on, not null
   * @param daysOverdue how many whole days past due it was at the instant of the check, at least 0
   */
  record OverdueReferral(ClientId client, ReferralId referral, AgencyRef to, StaleReferral.Kind kind, Instant due,
      LocalDate dueDate, long daysOverdue) implements Facts {
    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param referral the referral, not null
     * @param to the receiving agency, not null
     * @param kind what is overdue, not null
     * @param due the instant it was due, not null
     * @param dueDate the last day it was due on, not null
     * @param daysOverdue how many whole days past due, at least 0
     * @throws InvalidValueException if {@code daysOverdue} is negative
     */
    public OverdueReferral {
      requireNonNull(client, "client");
      requireNonNull(referral, "referral");
      requireNonNull(to, "to");
      requireNonNull(kind, "kind");
      requireNonNull(due, "due");
      requireNonNull(dueDate, "dueDate");
      if (daysOverdue < 0) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "OverdueReferral.daysOverdue",
            "must be at least 0");
      }
    }

    @Override
    public Optional<LocalDate> deadline() {
      return Optional.of(dueDate);
    }

    @Override
    public FindingCode code() {
      return switch (kind) {
        case NO_RESPONSE -> FindingCode.REFERRAL_RESPONSE_OVERDUE;
        case NO_OUTCOME -> FindingCode.REFERRAL_OUTCOME_OVERDUE;
        case WAITLIST_OVERDUE -> FindingCode.REFERRAL_WAITLIST_OVERDUE;
      };
    }
  }

  /**
   * Ping-pong (van het kastje naar de muur): the same need of a client went back and forth between two agencies.
   *
   * @param client the client, not null
   * @param domain the life domain of the need, not null
   * @param first one agency, not null
   * @param second the other agency (the same as {@code first} for referrals within one agency), not null
   * @param returns how often the need came back, at least 1
   * @param handOffs the referrals between the two agencies, one more than {@code returns}, in the order they were
   *     sent, not null
   */
  record PingPong(ClientId client, LifeDomain domain, AgencyRef first, AgencyRef second, int returns,
      ImmutableList<HandOff> handOffs) implements Facts {
    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param domain the life domain of the need, not null
     * @param first one agency, not null
     * @param second the other agency, not null
     * @param returns how often the need came back, at least 1
     * @param handOffs the referrals between the two agencies in the order they were sent, not null
     * @throws InvalidValueException if the count of returns does not match the hand-offs, a hand-off is not between
     *     the two agencies, or the hand-offs are out of time order
     */
    public PingPong {
      requireNonNull(client, "client");
      requireNonNull(domain, "domain");
      requireNonNull(first, "first");
      requireNonNull(second, "second");
      requireNonNull(handOffs, "handOffs");
      if (returns < 1 || handOffs.size() != returns + 1) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "PingPong.returns",
            "a ping-pong has at least one return and one hand-off more than returns");
      }
      for (int i = 0; i < handOffs.size(); i++) {
        HandOff h = handOffs.get(i);
        if (!between(h.from(), first, second) || !between(h.to(), first, second)) {
          throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "PingPong.handOffs",
              "every hand-off goes between the two agencies");
        }
        if (i > 0 && h.sentAt().isBefore(handOffs.get(i - 1).sentAt())) {
          throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "PingPong.handOffs",
              "hand-offs are in the order they were sent");
        }
      }
    }

    private static boolean between(AgencyId agency, AgencyRef first, AgencyRef second) {
      return agency.equals(first.id()) || agency.equals(second.id());
    }

    @Override
    public FindingCode code() {
      return FindingCode.REFERRAL_PING_PONG;
    }

    /**
     * One referral of a ping-pong: the need handed from one agency to another at an instant.
     *
     * @param referral the referral, not null
     * @param from the sending agency, not null
     * @param to the receiving agency, not null
     * @param sentAt when it was sent (or drafted, if it was never sent), not null
     */
    public record HandOff(ReferralId referral, AgencyId from, AgencyId to, Instant sentAt) {
      /**
       * Validates the components.
       *
       * @param referral the referral, not null
       * @param from the sending agency, not null
       * @param to the receiving agency, not null
       * @param sentAt when it was sent, not null
       */
      public HandOff {
        requireNonNull(referral, "referral");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(sentAt, "sentAt");
      }
    }
  }

  /**
   * A precondition deadlock: agencies that each wait for another to solve a need first, in a cycle. Drawn as a
   * cycle, each {@link Wait} is an arrow from its agency to the next one's, labelled with the life domain it waits
   * for; the last points back to the first.
   *
   * @param client the client, not null
   * @param cycle the waits in order, at least two, each waiting for the life domain the next refuses, not null
   */
  record Deadlock(ClientId client, ImmutableList<Wait> cycle) implements Facts {
    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param cycle the waits in order, not null
     * @throws InvalidValueException if the cycle has fewer than two waits or does not close
     */
    public Deadlock {
      requireNonNull(client, "client");
      requireNonNull(cycle, "cycle");
      if (cycle.size() < 2) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "Deadlock.cycle",
            "a deadlock cycle has at least two waits");
      }
      for (int i = 0; i < cycle.size(); i++) {
        if (cycle.get(i).waitsFor() != cycle.get((i + 1) % cycle.size()).refuses()) {
          throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "Deadlock.cycle",
              "each wait is for the life domain the next one refuses");
        }
      }
    }

    /** {@return the agencies of the cycle in order; an agency may occur more than once} */
    public ImmutableList<AgencyRef> agencies() {
      return cycle.stream().map(Wait::agency).collect(ImmutableList.toImmutableList());
    }

    @Override
    public FindingCode code() {
      return FindingCode.PRECONDITION_DEADLOCK;
    }

    /**
     * One agency of a deadlock: it refuses a need in one life domain until a need in another is solved.
     *
     * @param agency the refusing agency, not null
     * @param refuses the life domain it refuses, not null
     * @param referral the referral it refused, not null
     * @param waitsFor the life domain it waits for, which the next agency refuses, not null
     */
    public record Wait(AgencyRef agency, LifeDomain refuses, ReferralId referral, LifeDomain waitsFor) {
      /**
       * Validates the components.
       *
       * @param agency the refusing agency, not null
       * @param refuses the life domain it refuses, not null
       * @param referral the referral it refused, not null
       * @param waitsFor the life domain it waits for, not null
       */
      public Wait {
        requireNonNull(agency, "agency");
        requireNonNull(refuses, "refuses");
        requireNonNull(referral, "referral");
        requireNonNull(waitsFor, "waitsFor");
      }
    }
  }

  /**
   * An urgent debt threat without a timely first conversation (Wgs: within three working days): still none while
   * the case is open ({@code heldOn} empty), or one after the due date.
   *
   * @param client the client, not null
   * @param caseId the case, not null
   * @param need the need the threat was reported for, not null
   * @param threat the threat, not null
   * @param reportedOn the day it was reported, not null
   * @param dueDate the last day of the norm, not null
   * @param heldOn the day of the late first conversation, if there was one, not null
   * @param agency the debt-services agency that holds the case, not null
   */
  record UrgentThreatNorm(ClientId client, CaseId caseId, NeedId need, UrgentThreat threat, LocalDate reportedOn,
      LocalDate dueDate, Optional<LocalDate> heldOn, AgencyRef agency) implements Facts {
    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param caseId the case, not null
     * @param need the need, not null
     * @param threat the threat, not null
     * @param reportedOn the day it was reported, not null
     * @param dueDate the last day of the norm, not null
     * @param heldOn the day of the late first conversation, if any, not null
     * @param agency the agency, not null
     */
    public UrgentThreatNorm {
      requireNonNull(client, "client");
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(threat, "threat");
      requireNonNull(reportedOn, "reportedOn");
      requireNonNull(dueDate, "dueDate");
      requireNonNull(heldOn, "heldOn");
      requireNonNull(agency, "agency");
    }

    @Override
    public Optional<LocalDate> deadline() {
      return Optional.of(dueDate);
    }

    @Override
    public FindingCode code() {
      return FindingCode.URGENT_DEBT_THREAT_OVERDUE;
    }
  }

  /**
   * A request for debt assistance without a timely first conversation (Wgs: within four weeks): still none while
   * the case is open ({@code heldOn} empty), or one after the due date.
   *
   * @param client the client, not null
   * @param caseId the case, not null
   * @param requestedOn the day of the request (the case was opened), not null
   * @param dueDate the last day of the norm, not null
   * @param heldOn the day of the late first conversation, if there was one, not null
   * @param agency the debt-services agency that holds the case, not null
   */
  record FirstConversationNorm(ClientId client, CaseId caseId, LocalDate requestedOn, LocalDate dueDate,
      Optional<LocalDate> heldOn, AgencyRef agency) implements Facts {
    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param caseId the case, not null
     * @param requestedOn the day of the request, not null
     * @param dueDate the last day of the norm, not null
     * @param heldOn the day of the late first conversation, if any, not null
     * @param agency the agency, not null
     */
    public FirstConversationNorm {
      requireNonNull(client, "client");
      requireNonNull(caseId, "caseId");
      requireNonNull(requestedOn, "requestedOn");
      requireNonNull(dueDate, "dueDate");
      requireNonNull(heldOn, "heldOn");
      requireNonNull(agency, "agency");
    }

    @Override
    public Optional<LocalDate> deadline() {
      return Optional.of(dueDate);
    }

    @Override
    public FindingCode code() {
      return FindingCode.FIRST_CONVERSATION_OVERDUE;
    }
  }

  /**
   * A step beyond the raiser's mandate (see {@link io.github.casework.escalation.Mandate}) that the own manager has
   * not heard of within the norm ({@link io.github.casework.norm.ServiceNorms#informManager()}): the first such step
   * of the escalation, the mandate then in force, the professional's reason and the last day the manager was to be
   * told. Reason and that day are present together; they are absent only in findings documents written before
   * mandate policies existed, when the finding meant a step above the mandate without the manager informed first.
   *
   * @param escalation the escalation, not null
   * @param caseId the case it is about, not null
   * @param raisedBy the professional who raised it, not null
   * @param level the level reached beyond the mandate, not null
   * @param target the agency escalated to, not null
   * @param on the day of the step, not null
   * @param role the raiser's role, not null
   * @param raiserAgency the raiser's agency, not null
   * @param mandate the highest level the raiser may go to directly, not null
   * @param reason why the raiser went beyond the mandate, if known, not null
   * @param informBy the last day the own manager was to be told, present exactly with {@code reason}, not null
   */
  record BeyondMandate(EscalationId escalation, CaseId caseId, ProfessionalId raisedBy, LadderLevel level,
      AgencyRef target, LocalDate on, Role role, AgencyRef raiserAgency, LadderLevel mandate,
      Optional<BeyondMandateReason> reason, Optional<LocalDate> informBy) implements Facts {
    /**
     * Validates the components.
     *
     * @param escalation the escalation, not null
     * @param caseId the case, not null
     * @param raisedBy the raiser, not null
     * @param level the level reached, not null
     * @param target the agency escalated to, not null
     * @param on the day of the step, not null
     * @param role the raiser's role, not null
     * @param raiserAgency the raiser's agency, not null
     * @param mandate the highest direct level, not null
     * @param reason why, if known, not null
     * @param informBy the last day the manager was to be told, present exactly with {@code reason}, not null
     * @throws InvalidValueException if only one of reason and day is present
     */
    public BeyondMandate {
      requireNonNull(escalation, "escalation");
      requireNonNull(caseId, "caseId");
      requireNonNull(raisedBy, "raisedBy");
      requireNonNull(level, "level");
      requireNonNull(target, "target");
      requireNonNull(on, "on");
      requireNonNull(role, "role");
      requireNonNull(raiserAgency, "raiserAgency");
      requireNonNull(mandate, "mandate");
      requireNonNull(reason, "reason");
      requireNonNull(informBy, "informBy");
      if (reason.isPresent() != informBy.isPresent()) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "BeyondMandate.informBy",
            "the reason and the day the manager was to be told come together");
      }
    }

    /**
     * Creates the facts as findings documents written before mandate policies recorded them: without reason and
     * day.
     *
     * @param escalation the escalation, not null
     * @param caseId the case, not null
     * @param raisedBy the raiser, not null
     * @param level the level reached, not null
     * @param target the agency escalated to, not null
     * @param on the day of the step, not null
     * @param role the raiser's role, not null
     * @param raiserAgency the raiser's agency, not null
     * @param mandate the highest direct level, not null
     */
    public BeyondMandate(EscalationId escalation, CaseId caseId, ProfessionalId raisedBy, LadderLevel level,
        AgencyRef target, LocalDate on, Role role, AgencyRef raiserAgency, LadderLevel mandate) {
      this(escalation, caseId, raisedBy, level, target, on, role, raiserAgency, mandate, Optional.empty(),
          Optional.empty());
    }

    /** {@return the last day the own manager was to be told, when known} */
    @Override
    public Optional<LocalDate> deadline() {
      return informBy;
    }

    @Override
    public FindingCode code() {
      return FindingCode.ESCALATION_BEYOND_MANDATE;
    }
  }

  /**
   * Escalations beyond one mandate that succeeded for enough cases in a quarter: the
   * {@link io.github.casework.signal.SignalDetector} proposes widening the mandate
   * ({@link io.github.casework.signal.MandateProposal}).
   *
   * @param agency the agency that grants the mandate, not null
   * @param role the role it applies to, not null
   * @param mandate its highest direct level, not null
   * @param highestReached the highest level a successful escalation reached beyond it, not null
   * @param quarter the quarter the escalations were resolved in, not null
   * @param escalations the successful escalations beyond the mandate, at least one, not null
   * @param cases their distinct cases, at least one and no more than escalations, not null
   * @param resolvedBeyondMandate the escalations beyond the mandate resolved in the quarter, successful or not, at
   *     least the number of successful ones
   */
  record MandateWidening(AgencyRef agency, Role role, LadderLevel mandate, LadderLevel highestReached,
      Quarter quarter, ImmutableSortedSet<EscalationId> escalations, ImmutableSortedSet<CaseId> cases,
      int resolvedBeyondMandate) implements Facts {
    /**
     * Validates the components.
     *
     * @param agency the agency, not null
     * @param role the role, not null
     * @param mandate the highest direct level, not null
     * @param highestReached the highest level reached beyond it, not null
     * @param quarter the quarter, not null
     * @param escalations the successful escalations, at least one, not null
     * @param cases their cases, at least one and no more than escalations, not null
     * @param resolvedBeyondMandate the escalations resolved beyond the mandate, at least the successful ones
     * @throws InvalidValueException if the counts disagree or the level reached lies within the mandate
     */
    public MandateWidening {
      requireNonNull(agency, "agency");
      requireNonNull(role, "role");
      requireNonNull(mandate, "mandate");
      requireNonNull(highestReached, "highestReached");
      requireNonNull(quarter, "quarter");
      requireNonNull(escalations, "escalations");
      requireNonNull(cases, "cases");
      if (escalations.isEmpty() || cases.isEmpty() || cases.size() > escalations.size()
          || resolvedBeyondMandate < escalations.size() || !highestReached.isAbove(mandate)) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "MandateWidening.escalations",
            "at least one success and one case, no more cases than successes, no more successes than escalations "
                + "resolved beyond the mandate, and a level reached above it");
      }
    }

    @Override
    public FindingCode code() {
      return FindingCode.MANDATE_WIDENING_PROPOSED;
    }
  }

  /**
   * An open escalation without an answer at its current level within the norm.
   *
   * @param escalation the escalation, not null
   * @param caseId the case it is about, not null
   * @param reason why it was raised, not null
   * @param level the level it stands at, or empty if it has not taken a step since it was raised, not null
   * @param target the agency escalated to, not null
   * @param since the day of its last step (or of raising it), not null
   * @param dueDate the last day an answer was due on, not null
   */
  record StalledEscalation(EscalationId escalation, CaseId caseId, EscalationReason reason, Optional<LadderLevel> level,
      AgencyRef target, LocalDate since, LocalDate dueDate) implements Facts {
    /**
     * Validates the components.
     *
     * @param escalation the escalation, not null
     * @param caseId the case, not null
     * @param reason the reason, not null
     * @param level the current level, if any, not null
     * @param target the agency escalated to, not null
     * @param since the day of the last step, not null
     * @param dueDate the last day an answer was due on, not null
     */
    public StalledEscalation {
      requireNonNull(escalation, "escalation");
      requireNonNull(caseId, "caseId");
      requireNonNull(reason, "reason");
      requireNonNull(level, "level");
      requireNonNull(target, "target");
      requireNonNull(since, "since");
      requireNonNull(dueDate, "dueDate");
    }

    @Override
    public Optional<LocalDate> deadline() {
      return Optional.of(dueDate);
    }

    @Override
    public FindingCode code() {
      return FindingCode.ESCALATION_STALLED;
    }
  }

  /**
   * A signal owed a response past its due date (signalering).
   *
   * @param signal the signal, not null
   * @param domain the life domain it is about, not null
   * @param area the area it is about, not null
   * @param period the quarter it reports on, not null
   * @param role the role it is addressed to, not null
   * @param agency the agency it is addressed to, not null
   * @param owedSince the day the response was due, not null
   */
  record SignalResponseOverdue(SignalId signal, LifeDomain domain, Area area, Quarter period, Role role,
      AgencyRef agency, LocalDate owedSince) implements Facts {
    /**
     * Validates the components.
     *
     * @param signal the signal, not null
     * @param domain the life domain, not null
     * @param area the area, not null
     * @param period the quarter, not null
     * @param role the addressee's role, not null
     * @param agency the addressee's agency, not null
     * @param owedSince the day the response was due, not null
     */
    public SignalResponseOverdue {
      requireNonNull(signal, "signal");
      requireNonNull(domain, "domain");
      requireNonNull(area, "area");
      requireNonNull(period, "period");
      requireNonNull(role, "role");
      requireNonNull(agency, "agency");
      requireNonNull(owedSince, "owedSince");
    }

    @Override
    public Optional<LocalDate> deadline() {
      return Optional.of(owedSince);
    }

    @Override
    public FindingCode code() {
      return FindingCode.SIGNAL_RESPONSE_OVERDUE;
    }
  }

  /**
   * An answered signal whose feedback (terugkoppeling) has not reached all who raised it within the limit.
   *
   * @param signal the signal, not null
   * @param answeredOn the day it was answered, not null
   * @param pending the raisers still owed feedback, at least one, not null
   * @param role the role it is addressed to, not null
   * @param agency the agency it is addressed to, not null
   */
  record SignalFeedbackOverdue(SignalId signal, LocalDate answeredOn, ImmutableSortedSet<ProfessionalId> pending,
      Role role, AgencyRef agency) implements Facts {
    /**
     * Validates the components.
     *
     * @param signal the signal, not null
     * @param answeredOn the day it was answered, not null
     * @param pending the raisers still owed feedback, at least one, not null
     * @param role the addressee's role, not null
     * @param agency the addressee's agency, not null
     * @throws InvalidValueException if nobody is owed feedback
     */
    public SignalFeedbackOverdue {
      requireNonNull(signal, "signal");
      requireNonNull(answeredOn, "answeredOn");
      requireNonNull(pending, "pending");
      requireNonNull(role, "role");
      requireNonNull(agency, "agency");
      if (pending.isEmpty()) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "SignalFeedbackOverdue.pending",
            "at least one raiser is owed feedback");
      }
    }

    @Override
    public FindingCode code() {
      return FindingCode.SIGNAL_FEEDBACK_OVERDUE;
    }
  }

  /**
   * Incidents of one shape that repeat in a quarter: a structural signal to raise (structurele signalering).
   *
   * @param shape what the incidents have in common, not null
   * @param quarter the quarter, not null
   * @param cases the cases that met it, at least one, not null
   */
  record StructuralSignal(IncidentShape shape, Quarter quarter, ImmutableSortedSet<CaseId> cases) implements Facts {
    /**
     * Validates the components.
     *
     * @param shape what the incidents have in common, not null
     * @param quarter the quarter, not null
     * @param cases the cases, at least one, not null
     * @throws InvalidValueException if there is no case
     */
    public StructuralSignal {
      requireNonNull(shape, "shape");
      requireNonNull(quarter, "quarter");
      requireNonNull(cases, "cases");
      if (cases.isEmpty()) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "StructuralSignal.cases",
            "a pattern has at least one case");
      }
    }

    @Override
    public FindingCode code() {
      return FindingCode.STRUCTURAL_SIGNAL_PROPOSED;
    }
  }

  /**
   * An open referral that still rests on a consent the client withdrew for its agency and life domain: a draft
   * that was not given another basis, or a sent referral that was not cancelled.
   *
   * @param client the client, not null
   * @param referral the referral, not null
   * @param to the receiving agency, not null
   * @param domain the referral's life domain, not null
   * @param status the referral's status, an open one, not null
   * @param withdrawnOn the day the consent was withdrawn, not null
   */
  record SharedAfterWithdrawal(ClientId client, ReferralId referral, AgencyRef to, LifeDomain domain,
      ReferralStatus status, LocalDate withdrawnOn) implements Facts {
    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param referral the referral, not null
     * @param to the receiving agency, not null
     * @param domain the life domain, not null
     * @param status the referral's status, not null
     * @param withdrawnOn the day of the withdrawal, not null
     */
    public SharedAfterWithdrawal {
      requireNonNull(client, "client");
      requireNonNull(referral, "referral");
      requireNonNull(to, "to");
      requireNonNull(domain, "domain");
      requireNonNull(status, "status");
      requireNonNull(withdrawnOn, "withdrawnOn");
    }

    @Override
    public FindingCode code() {
      return FindingCode.REFERRAL_SHARED_AFTER_WITHDRAWAL;
    }
  }

  /**
   * An open need for which no service of the directory admits the client (a regulatory gap): why each candidate
   * service excludes the client, narrowest first in directory order for ties; no candidate at all when the directory
   * lists no active service of the domain for the client's area.
   *
   * @param client the client, not null
   * @param caseId the case, not null
   * @param need the open need, not null
   * @param domain its life domain, not null
   * @param exclusions why each candidate excludes the client, not null
   */
  record RegulatoryGap(ClientId client, CaseId caseId, NeedId need, LifeDomain domain,
      ImmutableList<GapExclusion> exclusions) implements Facts {
    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param caseId the case, not null
     * @param need the open need, not null
     * @param domain its life domain, not null
     * @param exclusions why each candidate excludes the client, not null
     */
    public RegulatoryGap {
      requireNonNull(client, "client");
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(domain, "domain");
      requireNonNull(exclusions, "exclusions");
    }

    @Override
    public FindingCode code() {
      return FindingCode.NEED_REGULATORY_GAP;
    }
  }

  /**
   * An open need for which the client is eligible at some services, all of them full, waitlisted or closed.
   *
   * @param client the client, not null
   * @param caseId the case, not null
   * @param need the open need, not null
   * @param domain its life domain, not null
   * @param services the eligible services without room, at least one, shortest wait first, not null
   */
  record CapacityGap(ClientId client, CaseId caseId, NeedId need, LifeDomain domain,
      ImmutableList<FullService> services) implements Facts {
    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param caseId the case, not null
     * @param need the open need, not null
     * @param domain its life domain, not null
     * @param services the eligible services without room, at least one, not null
     * @throws InvalidValueException if {@code services} is empty
     */
    public CapacityGap {
      requireNonNull(client, "client");
      requireNonNull(caseId, "caseId");
      requireNonNull(need, "need");
      requireNonNull(domain, "domain");
      requireNonNull(services, "services");
      if (services.isEmpty()) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "CapacityGap.services",
            "must not be empty");
      }
    }

    @Override
    public FindingCode code() {
      return FindingCode.NEED_CAPACITY_GAP;
    }
  }

  /**
   * Regulatory gaps of one shape in enough cases: the same life domain, area and excluding rules (the literals that
   * excluded the clients, such as {@code employed} failing under {@code not employed}); the evidence for a
   * structural signal ("no offer for divorced working men without housing priority").
   *
   * @param domain the life domain of the needs, not null
   * @param area the area of the cases ({@code unknown} where not known), not null
   * @param literals the excluding literals the gaps share, in canonical text order, not null
   * @param cases the cases with such a gap, at least one, not null
   */
  record RecurringGap(LifeDomain domain, Area area, ImmutableList<Eligibility> literals,
      ImmutableSortedSet<CaseId> cases) implements Facts {
    /**
     * Validates the components.
     *
     * @param domain the life domain of the needs, not null
     * @param area the area of the cases, not null
     * @param literals the excluding literals the gaps share, not null
     * @param cases the cases, at least one, not null
     * @throws InvalidValueException if {@code cases} is empty
     */
    public RecurringGap {
      requireNonNull(domain, "domain");
      requireNonNull(area, "area");
      requireNonNull(literals, "literals");
      requireNonNull(cases, "cases");
      if (cases.isEmpty()) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "RecurringGap.cases", "must not be empty");
      }
    }

    @Override
    public FindingCode code() {
      return FindingCode.RECURRING_GAP_PROPOSED;
    }
  }

  /**
   * A crisis signal (an urgent threat under the Wgs) without a timely first contact attempt, within three working days
   * of its receipt: still none while the outreach case is open ({@code attemptedOn} empty), or one after the due date.
   *
   * @param outreach the outreach case, not null
   * @param signal the signal, not null
   * @param partner the kind of partner that sent it, not null
   * @param receivedOn the day it was received, not null
   * @param dueDate the last day of the norm, not null
   * @param attemptedOn the day of the late first attempt, if there was one, not null
   * @param agency the agency that holds the outreach case, not null
   */
  record CrisisAttemptNorm(OutreachId outreach, EarlySignalId signal, PartnerType partner, LocalDate receivedOn,
      LocalDate dueDate, Optional<LocalDate> attemptedOn, AgencyRef agency) implements Facts {
    /**
     * Validates the components.
     *
     * @param outreach the outreach case, not null
     * @param signal the signal, not null
     * @param partner the kind of partner, not null
     * @param receivedOn the day it was received, not null
     * @param dueDate the last day of the norm, not null
     * @param attemptedOn the day of the late first attempt, if any, not null
     * @param agency the agency, not null
     */
    public CrisisAttemptNorm {
      requireNonNull(outreach, "outreach");
      requireNonNull(signal, "signal");
      requireNonNull(partner, "partner");
      requireNonNull(receivedOn, "receivedOn");
      requireNonNull(dueDate, "dueDate");
      requireNonNull(attemptedOn, "attemptedOn");
      requireNonNull(agency, "agency");
    }

    @Override
    public Optional<LocalDate> deadline() {
      return Optional.of(dueDate);
    }

    @Override
    public FindingCode code() {
      return FindingCode.OUTREACH_CRISIS_ATTEMPT_OVERDUE;
    }
  }

  /**
   * An early signal that is not a crisis signal without a timely first contact attempt (the outreach norm
   * {@link io.github.casework.earlywarning.OutreachNorms#firstAttempt()}): still none while the outreach case is open
   * ({@code attemptedOn} empty), or one after the due date.
   *
   * @param outreach the outreach case, not null
   * @param signal the signal, not null
   * @param partner the kind of partner that sent it, not null
   * @param receivedOn the day it was received, not null
   * @param dueDate the last day of the norm, not null
   * @param attemptedOn the day of the late first attempt, if there was one, not null
   * @param agency the agency that holds the outreach case, not null
   */
  record FirstAttemptNorm(OutreachId outreach, EarlySignalId signal, PartnerType partner, LocalDate receivedOn,
      LocalDate dueDate, Optional<LocalDate> attemptedOn, AgencyRef agency) implements Facts {
    /**
     * Validates the components.
     *
     * @param outreach the outreach case, not null
     * @param signal the signal, not null
     * @param partner the kind of partner, not null
     * @param receivedOn the day it was received, not null
     * @param dueDate the last day of the norm, not null
     * @param attemptedOn the day of the late first attempt, if any, not null
     * @param agency the agency, not null
     */
    public FirstAttemptNorm {
      requireNonNull(outreach, "outreach");
      requireNonNull(signal, "signal");
      requireNonNull(partner, "partner");
      requireNonNull(receivedOn, "receivedOn");
      requireNonNull(dueDate, "dueDate");
      requireNonNull(attemptedOn, "attemptedOn");
      requireNonNull(agency, "agency");
    }

    @Override
    public Optional<LocalDate> deadline() {
      return Optional.of(dueDate);
    }

    @Override
    public FindingCode code() {
      return FindingCode.OUTREACH_FIRST_ATTEMPT_OVERDUE;
    }
  }

  /**
   * An outreach case without an end result after the outreach norm
   * ({@link io.github.casework.earlywarning.OutreachNorms#endResult()}).
   *
   * @param outreach the outreach case, not null
   * @param status where it is, received or taken up, not null
   * @param openedOn the day it was opened, not null
   * @param dueDate the last day of the norm, not null
   * @param agency the agency that holds it, not null
   */
  record EndResultOverdue(OutreachId outreach, OutreachStatus status, LocalDate openedOn, LocalDate dueDate,
      AgencyRef agency) implements Facts {
    /**
     * Validates the components.
     *
     * @param outreach the outreach case, not null
     * @param status where it is, not closed, not null
     * @param openedOn the day it was opened, not null
     * @param dueDate the last day of the norm, not null
     * @param agency the agency, not null
     * @throws InvalidValueException if the status is closed
     */
    public EndResultOverdue {
      requireNonNull(outreach, "outreach");
      requireNonNull(status, "status");
      requireNonNull(openedOn, "openedOn");
      requireNonNull(dueDate, "dueDate");
      requireNonNull(agency, "agency");
      if (status == OutreachStatus.CLOSED) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "Facts.EndResultOverdue.status",
            "a closed outreach case has its end result");
      }
    }

    @Override
    public Optional<LocalDate> deadline() {
      return Optional.of(dueDate);
    }

    @Override
    public FindingCode code() {
      return FindingCode.OUTREACH_END_RESULT_OVERDUE;
    }
  }

  /**
   * Open outreach cases of one household that hold signals of several partners, so the household would get an
   * offer of help per creditor. The household itself is not named: the cases are.
   *
   * @param cases the open outreach cases of the household, at least two, not null
   * @param partners the kinds of partner whose signals they hold, at least two, not null
   * @param agency the agency that holds the case opened first, not null
   */
  record UnbundledSignals(ImmutableSortedSet<OutreachId> cases, ImmutableSortedSet<PartnerType> partners,
      AgencyRef agency) implements Facts {
    /**
     * Validates the components.
     *
     * @param cases the open outreach cases, at least two, not null
     * @param partners the kinds of partner, at least two, not null
     * @param agency the agency, not null
     * @throws InvalidValueException if fewer than two cases or partners are named
     */
    public UnbundledSignals {
      requireNonNull(cases, "cases");
      requireNonNull(partners, "partners");
      requireNonNull(agency, "agency");
      if (cases.size() < 2 || partners.size() < 2) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "Facts.UnbundledSignals",
            "unbundled signals name at least two cases and two partners");
      }
    }

    @Override
    public FindingCode code() {
      return FindingCode.OUTREACH_SIGNALS_NOT_BUNDLED;
    }
  }

  /**
   * An outreach case that ended in follow-up help or a referral, naming a casework referral that the caseload does
   * not hold: the help it handed on is followed by nobody. The case is closed, so the referral is where the story
   * should go on.
   *
   * @param outreach the outreach case, not null
   * @param result its end result, a {@linkplain EndResult#isReferral() follow-up or referral}, not null
   * @param referral the referral its ending names, not null
   * @param agency the agency that holds the outreach case, not null
   */
  record MissingFollowUpReferral(OutreachId outreach, EndResult result, ReferralId referral, AgencyRef agency)
      implements Facts {
    /**
     * Validates the components.
     *
     * @param outreach the outreach case, not null
     * @param result the end result, a follow-up or referral, not null
     * @param referral the referral, not null
     * @param agency the agency, not null
     * @throws InvalidValueException if the end result is not a follow-up or referral
     */
    public MissingFollowUpReferral {
      requireNonNull(outreach, "outreach");
      requireNonNull(result, "result");
      requireNonNull(referral, "referral");
      requireNonNull(agency, "agency");
      if (!result.isReferral()) {
        throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "Facts.MissingFollowUpReferral.result",
            "only a follow-up or referral end result names a referral");
      }
    }

    @Override
    public FindingCode code() {
      return FindingCode.OUTREACH_REFERRAL_MISSING;
    }
  }
}
