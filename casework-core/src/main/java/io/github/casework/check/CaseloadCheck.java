package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ReportedThreat;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Step;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.norm.TimeLimit;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.referral.NetworkFinding;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralNetwork;
import io.github.casework.signal.Area;
import io.github.casework.signal.Incident;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalDetector;
import io.github.casework.signal.SignalProposal;
import io.github.casework.signal.SignalStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The caseload check: a pure function from a {@link Caseload} snapshot and an instant to the {@link Finding}s a
 * professional or team lead should act on, each with a suggested next step that names whom to go to.
 *
 * <p>What it reports, by {@link FindingCode}:
 * <ul>
 *   <li>needs nobody effectively holds (the accountable professional left, or holds no open case of the client);
 *   <li>data that disagree across systems: a closed case with an open referral, a referral of an unknown need;
 *   <li>stale referrals (no response, no outcome, waitlist past its expected start), ping-pong (the same need
 *       between the same agencies at least {@link #pingPongThreshold()} returns) and precondition deadlocks,
 *       from the {@link ReferralNetwork};
 *   <li>the Wgs norms at debt-services agencies: an urgent threat (eviction, energy or water cut-off,
 *       health-insurance termination) without a first conversation within the norm (three working days), and a
 *       request without a first conversation within four weeks — pending breaches while the case is open, and
 *       late conversations;
 *   <li>escalations whose steps went above the raiser's mandate (per the caseload's mandate table) without the own
 *       manager routed or informed first, and open escalations without an answer at their level within the norm;
 *   <li>signals owed a response past their due date, answered signals whose feedback has not reached all raisers
 *       within {@link #feedbackLimit()}, and structural signals the {@link SignalDetector} proposes for the quarter
 *       of the instant that no signal of the caseload already covers.
 * </ul>
 *
 * <p>Two rules of the design are not checks here because the types make them impossible to store: an open need
 * without an accountable professional ({@code Need.accountable()} is required) and a closed case or signal with
 * undisposed needs or missing feedback (the aggregates reject those transitions, also on replay).
 *
 * <p>The result is sorted by {@link Finding#ORDER}, so it does not depend on the order of the input lists. The
 * work is linear in the size of the snapshot (plus the sort of the findings). Immutable and thread-safe.
 */
public final class CaseloadCheck {
  private static final Area UNKNOWN_AREA = Area.of("unknown");

  private final ServiceNorms norms;
  private final int pingPongThreshold;
  private final SignalDetector detector;
  private final TimeLimit feedbackLimit;

  private CaseloadCheck(ServiceNorms norms, int pingPongThreshold, SignalDetector detector, TimeLimit feedbackLimit) {
    this.norms = norms;
    this.pingPongThreshold = pingPongThreshold;
    this.detector = detector;
    this.feedbackLimit = feedbackLimit;
  }

  /**
   * Returns a check with the given norms, a ping-pong threshold of two returns, a signal detector with a
   * threshold of five cases in the norms' zone, and feedback due ten working days after a signal's response.
   *
   * @param norms the service norms, not null
   * @return the check
   */
  public static CaseloadCheck of(ServiceNorms norms) {
    requireNonNull(norms, "norms");
    return new CaseloadCheck(norms, 2, SignalDetector.of(5, norms.zone()), TimeLimit.workingDays(10));
  }

  /**
   * Returns a copy with another ping-pong threshold.
   *
   * @param returns the number of returns that makes a ping-pong, at least 1
   * @return the check; this instance if unchanged
   * @throws InvalidValueException if {@code returns} is less than 1
   */
  public CaseloadCheck withPingPongThreshold(int returns) {
    if (returns < 1) {
      throw new InvalidValueException(CheckCodes.THRESHOLD, "CaseloadCheck.pingPongThreshold", "must be at least 1");
    }
    return returns == pingPongThreshold ? this : new CaseloadCheck(norms, returns, detector, feedbackLimit);
  }

  /**
   * Returns a copy with another signal detector.
   *
   * @param signalDetector the detector, not null
   * @return the check; this instance if unchanged
   */
  public CaseloadCheck withDetector(SignalDetector signalDetector) {
    requireNonNull(signalDetector, "signalDetector");
    return signalDetector.equals(detector) ? this
        : new CaseloadCheck(norms, pingPongThreshold, signalDetector, feedbackLimit);
  }

  /**
   * Returns a copy with another limit for feedback after a signal's response.
   *
   * @param limit the limit, not null
   * @return the check; this instance if unchanged
   */
  public CaseloadCheck withFeedbackLimit(TimeLimit limit) {
    requireNonNull(limit, "limit");
    return limit.equals(feedbackLimit) ? this : new CaseloadCheck(norms, pingPongThreshold, detector, limit);
  }

  /** {@return the service norms} */
  public ServiceNorms norms() {
    return norms;
  }

  /** {@return the number of returns that makes a ping-pong} */
  public int pingPongThreshold() {
    return pingPongThreshold;
  }

  /** {@return the signal detector} */
  public SignalDetector detector() {
    return detector;
  }

  /** {@return how long after a signal's response the feedback must reach all raisers} */
  public TimeLimit feedbackLimit() {
    return feedbackLimit;
  }

  /**
   * Runs the check.
   *
   * @param caseload the snapshot, not null
   * @param at the instant to judge due dates at, not null
   * @return the findings in {@link Finding#ORDER}
   */
  public ImmutableList<Finding> run(Caseload caseload, Instant at) {
    requireNonNull(caseload, "caseload");
    requireNonNull(at, "at");
    return new Run(caseload, at).findings();
  }

  /** One run: the snapshot's lookups and the findings collected so far. Confined to one call. */
  private final class Run {
    private final Caseload caseload;
    private final Instant at;
    private final Map<AgencyId, Agency> agencies = new HashMap<>();
    private final Map<ProfessionalId, Professional> roster = new HashMap<>();
    private final Map<CaseId, Case> cases = new HashMap<>();
    private final List<Finding> out = new ArrayList<>();
    private final Map<Long, ZoneOffset> offsets = new HashMap<>();

    Run(Caseload caseload, Instant at) {
      this.caseload = caseload;
      this.at = at;
      caseload.agencies().forEach(a -> agencies.put(a.id(), a));
      caseload.professionals().forEach(p -> roster.put(p.id(), p));
      caseload.cases().forEach(c -> cases.put(c.id(), c));
    }

    ImmutableList<Finding> findings() {
      ReferralNetwork network = ReferralNetwork.of(caseload.referrals());
      caseload.orphanedNeeds().forEach(this::orphaned);
      caseload.referrals().forEach(this::crossCheck);
      network.staleReferrals(at).forEach(this::stale);
      network.pingPongs(pingPongThreshold).forEach(this::pingPong);
      network.deadlocks().forEach(this::deadlock);
      caseload.cases().forEach(this::wgsNorms);
      caseload.escalations().forEach(this::escalation);
      caseload.signals().forEach(this::signal);
      proposals();
      return ImmutableList.sortedCopyOf(Finding.ORDER, out);
    }

    private void add(FindingCode code, Severity severity, List<SubjectRef> subjects, String explanation,
        String nextStep) {
      String term = code.dutchTerm().isEmpty() ? "" : " (" + code.dutchTerm() + ")";
      out.add(Finding.of(code, severity, subjects, explanation + term, nextStep));
    }

    private String name(AgencyId id) {
      Agency a = agencies.get(id);
      return a == null ? "agency " + id : a.name();
    }

    /**
     * The zone offset at an instant, cached per hour in which the offset does not change (looking it up in the
     * zone rules dominated the check's profile on large caseloads); an hour with a transition is not cached.
     */
    private ZoneOffset offset(Instant instant) {
      long hour = Math.floorDiv(instant.getEpochSecond(), 3600);
      ZoneOffset cached = offsets.get(hour);
      if (cached != null) {
        return cached;
      }
      ZoneRules rules = norms.zone().getRules();
      ZoneOffset atStart = rules.getOffset(Instant.ofEpochSecond(hour * 3600));
      if (atStart.equals(rules.getOffset(Instant.ofEpochSecond(hour * 3600 + 3599)))) {
        offsets.put(hour, atStart);
        return atStart;
      }
      return rules.getOffset(instant);
    }

    private String date(Instant instant) {
      return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + offset(instant).getTotalSeconds(),
          86_400)).toString();
    }

    /** The last day of a deadline: one that ends at local midnight ends with the day before. */
    private String dueDate(Instant due) {
      long local = due.getEpochSecond() + offset(due).getTotalSeconds();
      boolean midnight = Math.floorMod(local, 86_400) == 0 && due.getNano() == 0;
      return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400) - (midnight ? 1 : 0)).toString();
    }

    private void orphaned(OrphanedNeed f) {
      List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(f.client()), SubjectRef.of(f.caseId()),
          SubjectRef.need(f.caseId(), f.need()), SubjectRef.of(f.accountable())));
      f.referral().ifPresent(r -> subjects.add(SubjectRef.of(r)));
      Case c = cases.get(f.caseId());
      String where = c == null ? "the agency that holds the case" : name(c.agency());
      add(FindingCode.NEED_ORPHANED, Severity.CRITICAL, subjects,
          "Nobody effectively holds the open " + f.domain().code() + " need " + f.need() + " of case " + f.caseId()
              + ": its accountable professional " + f.accountable() + " " + (f.reason()
              == OrphanedNeed.Reason.NO_AGENCY_ROLE ? "no longer holds a role at any agency"
              : "holds no open case of this client") + ".",
          "Ask the team lead at " + where + " to make a professional accountable for need " + f.need()
              + " today.");
    }

    private void crossCheck(Referral r) {
      Case c = cases.get(r.caseId());
      if (c == null) {
        return;
      }
      if (c.findNeed(r.need()).isEmpty()) {
        add(FindingCode.REFERRAL_UNKNOWN_NEED, Severity.WARNING,
            List.of(SubjectRef.of(r.id()), SubjectRef.of(c.id())),
            "Referral " + r.id() + " names need " + r.need() + ", which case " + c.id() + " does not have.",
            "Correct the referral or the case at " + name(c.agency()) + " so that both name the same need.");
      } else if (c.status() == CaseStatus.CLOSED && r.isOpen()) {
        add(FindingCode.CASE_CLOSED_WITH_OPEN_REFERRAL, Severity.ERROR,
            List.of(SubjectRef.of(c.id()), SubjectRef.of(r.id()), SubjectRef.need(c.id(), r.need())),
            "Case " + c.id() + " is closed while referral " + r.id() + " of its need " + r.need() + " to "
                + name(r.to()) + " is still open (" + r.status().code() + ") and was not handed over.",
            "Close the loop with " + name(r.to()) + ": acknowledge the outcome or cancel referral " + r.id()
                + ", or ask " + name(r.to()) + " to accept accountability.");
      }
    }

    private void stale(NetworkFinding.StaleReferral f) {
      FindingCode code = switch (f.kind()) {
        case NO_RESPONSE -> FindingCode.REFERRAL_RESPONSE_OVERDUE;
        case NO_OUTCOME -> FindingCode.REFERRAL_OUTCOME_OVERDUE;
        case WAITLIST_OVERDUE -> FindingCode.REFERRAL_WAITLIST_OVERDUE;
      };
      String what = switch (f.kind()) {
        case NO_RESPONSE -> "has had no response";
        case NO_OUTCOME -> "has had no outcome";
        case WAITLIST_OVERDUE -> "is still on the waiting list";
      };
      add(code, Severity.WARNING, List.of(SubjectRef.client(f.client()), SubjectRef.of(f.referral()),
              SubjectRef.of(f.to())),
          "Referral " + f.referral() + " to " + name(f.to()) + " " + what + " since it was due on "
              + dueDate(f.due()) + " (" + f.overdue().toDays() + " days overdue).",
          "Call " + name(f.to()) + " about referral " + f.referral() + "; if there is no answer this week, "
              + "escalate to the supervisor at " + name(f.to()) + ".");
    }

    private void pingPong(NetworkFinding.PingPong f) {
      List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(f.client()), SubjectRef.of(f.first()),
          SubjectRef.of(f.second())));
      f.referrals().forEach(r -> subjects.add(SubjectRef.of(r)));
      add(FindingCode.REFERRAL_PING_PONG, Severity.ERROR, subjects, f.explanation(),
          "Escalate to the supervisor at " + name(f.first()) + " and agree with " + name(f.second())
              + " who starts now; keep the need until one of them accepts accountability (warm handover).");
    }

    private void deadlock(NetworkFinding.PreconditionDeadlock f) {
      List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(f.client())));
      f.cycle().forEach(b -> {
        subjects.add(SubjectRef.of(b.agency()));
        subjects.add(SubjectRef.of(b.referral()));
      });
      NetworkFinding.PreconditionDeadlock.Blocked first = f.cycle().get(0);
      add(FindingCode.PRECONDITION_DEADLOCK, Severity.CRITICAL, subjects, f.explanation(),
          "Escalate to the supervisor at " + name(first.agency()) + " (reason: deadlock): ask it to start on "
              + first.domain().code() + " without waiting for " + first.precondition().code() + " first.");
    }

    private void wgsNorms(Case c) {
      Agency agency = agencies.get(c.agency());
      if (agency == null || agency.kind() != AgencyKind.DEBT_SERVICES || c.status() == CaseStatus.CLOSED) {
        return;
      }
      Optional<Instant> held = c.firstConversationAt();
      Optional<ReportedThreat> threat = c.urgentThreats().stream().min((a, b) -> a.at().compareTo(b.at()));
      if (threat.isPresent()) {
        ReportedThreat t = threat.get();
        Instant due = norms.deadline(norms.urgentDebtThreatResponse()).dueFrom(t.at());
        normBreach(c, FindingCode.URGENT_DEBT_THREAT_OVERDUE, due, held,
            "the urgent threat (" + t.threat().code() + ") reported for need " + t.need() + " on " + date(t.at()),
            List.of(SubjectRef.need(c.id(), t.need())));
      }
      Instant due = norms.deadline(norms.firstConversation()).dueFrom(c.openedAt());
      normBreach(c, FindingCode.FIRST_CONVERSATION_OVERDUE, due, held,
          "the request for debt assistance of " + date(c.openedAt()), List.of());
    }

    private void normBreach(Case c, FindingCode code, Instant due, Optional<Instant> held, String what,
        List<SubjectRef> extra) {
      List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(c.client()), SubjectRef.of(c.id())));
      subjects.addAll(extra);
      if (held.isEmpty() && at.isAfter(due)) {
        add(code, code.usualSeverity(), subjects,
            "Case " + c.id() + " has had no first conversation after " + what + "; it was due by " + dueDate(due) + ".",
            "Plan the first conversation at " + name(c.agency()) + " today; if there is no capacity, escalate to the "
                + "team lead at " + name(c.agency()) + ".");
      } else if (held.isPresent() && held.get().isAfter(due)) {
        add(code, Severity.WARNING, subjects,
            "Case " + c.id() + " had its first conversation on " + date(held.get()) + " after " + what
                + ", later than the norm (" + dueDate(due) + ").",
            "Report the late conversation to the team lead at " + name(c.agency())
                + " so that capacity can be planned.");
      }
    }

    private void escalation(Escalation e) {
      Professional raiser = roster.get(e.raisedBy());
      if (raiser != null) {
        Mandate mandate = caseload.mandates().mandateOf(raiser);
        for (Step step : e.steps()) {
          boolean informedBefore = e.managerInformedAt().filter(i -> !i.isAfter(step.at())).isPresent();
          if (!mandate.permits(step.level(), e.route(), informedBefore)) {
            add(FindingCode.ESCALATION_BEYOND_MANDATE, Severity.WARNING,
                List.of(SubjectRef.of(e.id()), SubjectRef.of(e.raisedBy()), SubjectRef.of(e.subject().caseId())),
                "Escalation " + e.id() + " reached the " + words(step.level()) + " at " + name(e.target().agency())
                    + " on " + date(step.at()) + ", above the mandate of a " + raiser.role().code() + " at "
                    + name(raiser.agency()) + " (" + words(mandate.highestDirect()) + "), without the own manager "
                    + "routed or informed first.",
                "Inform your manager at " + name(raiser.agency()) + " about escalation " + e.id()
                    + " now, and take the next step via your own manager.");
            break;
          }
        }
      }
      if (e.isResolved()) {
        return;
      }
      Instant since = e.steps().isEmpty() ? e.raisedAt() : e.steps().get(e.steps().size() - 1).at();
      Instant due = norms.deadline(norms.escalationStepResponse()).dueFrom(since);
      if (!at.isAfter(due)) {
        return;
      }
      Optional<LadderLevel> current = e.currentLevel();
      Optional<LadderLevel> next = current.isEmpty() ? Optional.of(LadderLevel.FRONTLINE_OFFICIAL)
          : current.get().next();
      String step;
      if (next.isEmpty()) {
        step = "The top of the ladder gave no answer: raise a signal with the manager at "
            + (raiser == null ? "your agency" : name(raiser.agency())) + " so the gap is answered structurally.";
      } else {
        boolean direct = raiser == null || caseload.mandates().mandateOf(raiser).allowsDirect(next.get())
            || e.isManagerInformed();
        step = "Escalate to the " + words(next.get()) + " at " + name(e.target().agency())
            + (direct ? "." : ", via your own manager (it is above your mandate).");
      }
      add(FindingCode.ESCALATION_STALLED, Severity.WARNING,
          List.of(SubjectRef.of(e.id()), SubjectRef.of(e.subject().caseId()), SubjectRef.of(e.target().agency())),
          "Escalation " + e.id() + " (" + e.reason().code() + ") has had no answer "
              + current.map(l -> "from the " + words(l)).orElse("since it was raised") + " at "
              + name(e.target().agency()) + " since " + date(since) + "; an answer was due by " + dueDate(due) + ".",
          step);
    }

    private void signal(Signal s) {
      String addressee = "the " + s.addressee().role().code().replace('-', ' ') + " at " + name(s.addressee().agency());
      if (s.isResponseOverdue(at)) {
        add(FindingCode.SIGNAL_RESPONSE_OVERDUE, Severity.ERROR,
            List.of(SubjectRef.of(s.id()), SubjectRef.of(s.addressee().agency())),
            "Signal " + s.id() + " about " + s.observation().topic().domain().code() + " in area "
                + s.observation().area().code() + " (" + s.observation().period() + ") is owed a response since "
                + date(s.responseDue()) + ".",
            "Ask " + addressee + " for the response in the next team meeting; if it stays unanswered, raise it "
                + "with the municipality.");
      }
      if (s.status() == SignalStatus.RESPONDED && !s.feedbackPending().isEmpty() && s.respondedAt().isPresent()) {
        Instant due = norms.deadline(feedbackLimit).dueFrom(s.respondedAt().get());
        if (at.isAfter(due)) {
          List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.of(s.id())));
          s.feedbackPending().forEach(p -> subjects.add(SubjectRef.of(p)));
          add(FindingCode.SIGNAL_FEEDBACK_OVERDUE, Severity.WARNING, subjects,
              "Signal " + s.id() + " was answered on " + date(s.respondedAt().get()) + " but "
                  + s.feedbackPending().size() + " of the professionals who raised it "
                  + (s.feedbackPending().size() == 1 ? "has" : "have") + " not heard back.",
              "Ask " + addressee + " to give feedback to " + String.join(", ",
                  s.feedbackPending().stream().map(ProfessionalId::value).toList()) + ".");
        }
      }
    }

    private void proposals() {
      List<Incident> incidents = new ArrayList<>();
      for (Escalation e : caseload.escalations()) {
        incidents.add(Incident.of(e, areaOf(e.subject().caseId())));
      }
      for (Referral r : caseload.referrals()) {
        Agency to = agencies.get(r.to());
        if (r.refusal().isPresent() && r.respondedAt().isPresent() && to != null) {
          incidents.add(Incident.refusal(r.id(), r.caseId(), IncidentShape.refusal(r.refusal().get().type(),
              r.domain(), to.kind(), areaOf(r.caseId())), r.respondedAt().get()));
        }
      }
      Quarter quarter = Quarter.containing(at, norms.zone());
      Set<String> covered = new HashSet<>();
      for (Signal s : caseload.signals()) {
        covered.add(key(s.observation().period(), s.observation().area(), s.observation().topic().domain().code()));
      }
      for (SignalProposal p : detector.detect(incidents, quarter)) {
        IncidentShape shape = p.shape();
        if (covered.contains(key(quarter, shape.area(), shape.domain().code()))) {
          continue;
        }
        List<SubjectRef> subjects = new ArrayList<>();
        p.escalationIds().forEach(id -> subjects.add(SubjectRef.of(id)));
        p.refusalIds().forEach(id -> subjects.add(SubjectRef.of(id)));
        p.cases().forEach(id -> subjects.add(SubjectRef.of(id)));
        add(FindingCode.STRUCTURAL_SIGNAL_PROPOSED, Severity.INFO, subjects,
            p.cases().size() + " cases in area " + shape.area().code() + " met the same "
                + shape.refusalReason().map(rr -> "refusal (" + rr + ")").orElseGet(() -> "escalation ("
                + shape.reason().map(x -> x.code()).orElse("?") + ")") + " about " + shape.domain().code()
                + " at a " + shape.targetKind().code() + " agency in " + quarter + ": an incident with an incidental "
                + "solution is a pattern.",
            "Raise a signal with the manager of your team, naming these " + p.cases().size()
                + " cases, and ask for a structural answer.");
      }
    }

    private Area areaOf(CaseId id) {
      return caseload.areas().getOrDefault(id, UNKNOWN_AREA);
    }
  }

  private static String key(Quarter q, Area area, String domain) {
    return q + "|" + area.code() + "|" + domain;
  }

  private static String words(LadderLevel level) {
    return level.code().replace('-', ' ');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseloadCheck other && norms.equals(other.norms) && pingPongThreshold == other.pingPongThreshold
        && detector.equals(other.detector) && feedbackLimit.equals(other.feedbackLimit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(norms, pingPongThreshold, detector, feedbackLimit);
  }

  @Override
  public String toString() {
    return "CaseloadCheck[pingPongThreshold=" + pingPongThreshold + ", detector=" + detector + ", feedbackLimit="
        + feedbackLimit + "]";
  }
}
