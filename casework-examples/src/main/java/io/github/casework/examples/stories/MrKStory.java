package io.github.casework.examples.stories;

import static io.github.casework.examples.stories.Stage.at;

import com.google.common.collect.ImmutableList;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.MandatePolicy;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralLoop;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Incident;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalDetector;
import io.github.casework.signal.SignalEvent;
import io.github.casework.signal.SignalProposal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The story of Mr. K. from the seed article, told by running the library. Mr. K. (58, divorced, works at the
 * flower auction) needs housing; the housing service (Dienst Wonen) refuses him priority because the age rule was
 * dropped, and the shelter (HVO) is full. His case cannot be closed as "nothing more we can do" while the need is
 * open. His social worker Maartje goes "er op af": to the refusing frontline official, and then, as in the article,
 * she takes the risk and goes beyond her mandate to a senior official herself rather than wait for her manager; the
 * library records the step as beyond the mandate, with her reason, and the check asks her to tell her manager. The
 * senior official grants priority; the escalation is marked as an incident with an incidental solution. (Told with
 * {@link MandatePolicy#STRICT}, the library refuses that step until her manager knows, as an organisation that
 * forbids going beyond the mandate wants.) Four more divorced working men in the same district are refused priority
 * that quarter: the signal detector and the caseload check propose a structural signal (signalering), which the
 * social workers' peer group (vakgroep) raises with their manager.
 *
 * <p>Deterministic: fixed instants and ids.
 */
public final class MrKStory {
  static final Area WEST = Area.of("wijk-west");

  static final Agency WELFARE = Agency.of(AgencyId.of("welzijn-west"), "Welzijn West", AgencyKind.WELFARE,
      List.of(AgencyService.of("social-work", "Social work", List.of(LifeDomain.HOUSING, LifeDomain.FINANCES,
          LifeDomain.DOMESTIC_RELATIONS, LifeDomain.SOCIAL_NETWORK))));
  static final Agency DIENST_WONEN = Agency.of(AgencyId.of("dienst-wonen"), "Dienst Wonen",
      AgencyKind.HOUSING_SERVICE, List.of(AgencyService.of("housing-priority", "Priority for housing (urgentie)",
          List.of(LifeDomain.HOUSING))));
  static final Agency HVO = Agency.of(AgencyId.of("hvo"), "HVO (Hulp voor Onbehuisden)", AgencyKind.SHELTER,
      List.of(AgencyService.of("night-shelter", "Night shelter (nachtopvang)", List.of(LifeDomain.HOUSING))));

  static final Professional MAARTJE = new Professional(ProfessionalId.of("sw-maartje"), WELFARE.id(),
      Role.SOCIAL_WORKER);
  static final Professional ROOS = new Professional(ProfessionalId.of("sw-roos"), WELFARE.id(), Role.SOCIAL_WORKER);
  static final Professional TEAM_LEAD = new Professional(ProfessionalId.of("tl-welzijn-west"), WELFARE.id(),
      Role.TEAM_LEAD);
  static final Professional MANAGER = new Professional(ProfessionalId.of("mgr-welzijn-west"), WELFARE.id(),
      Role.MANAGER);
  static final Professional OFFICIAL = new Professional(ProfessionalId.of("dw-official"), DIENST_WONEN.id(),
      Role.CIVIL_SERVANT);
  static final Professional SENIOR_OFFICIAL = new Professional(ProfessionalId.of("dw-senior-official"),
      DIENST_WONEN.id(), Role.SENIOR_OFFICIAL);
  static final Professional HVO_INTAKE = new Professional(ProfessionalId.of("hvo-intake"), HVO.id(),
      Role.SOCIAL_WORKER);

  /**
   * Welfare lets its social workers address a frontline official on their own; going higher alone is beyond the
   * mandate (advisory: accepted, recorded, the manager to be told).
   */
  static final Mandates MANDATES = mandates(MandatePolicy.ADVISORY);

  static final CaseId CASE = CaseId.of("case-mr-k");
  static final NeedId HOUSING = NeedId.of("need-housing");
  static final ReferralId PRIORITY_REQUEST = ReferralId.of("ref-k-priority");
  static final ReferralId SHELTER_REQUEST = ReferralId.of("ref-k-shelter");
  static final ReferralId PRIORITY_GRANTED = ReferralId.of("ref-k-priority-2");
  static final EscalationId ESCALATION = EscalationId.of("esc-k");
  static final SignalId SIGNAL = SignalId.of("sig-divorced-men");

  /** When the caseload check runs in the story: mid-December, in the quarter of the refusals. */
  public static final Instant CHECKED_AT = at("2026-12-15T09:00:00Z");

  /** When Maartje tells her manager of the step beyond her mandate, after the check asked her to. */
  public static final Instant MANAGER_INFORMED_AT = at("2026-12-15T10:00:00Z");

  private MrKStory() {}

  static Mandates mandates(MandatePolicy policy) {
    return Mandates.of(List.of(
        Mandate.of(WELFARE.id(), Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL, policy),
        Mandate.of(WELFARE.id(), Role.TEAM_LEAD, LadderLevel.MANAGEMENT, policy)));
  }

  /**
   * What the story ended with.
   *
   * @param mrK Mr. K.'s case, closed, not null
   * @param escalation the escalation, resolved with priority granted (and, under the advisory policy, her manager
   *     informed after the check), not null
   * @param proposals the detector's proposals for the fourth quarter of 2026, not null
   * @param caseload the caseload the check ran on, not null
   * @param findings the findings of the check at {@link #CHECKED_AT}, not null
   * @param signal the structural signal the peer group raised, not null
   * @param escalationEvents the escalation's history, which replays to {@code escalation}, not null
   */
  public record Result(Case mrK, Escalation escalation, ImmutableList<SignalProposal> proposals, Caseload caseload,
      ImmutableList<Finding> findings, Signal signal, ImmutableList<EscalationEvent> escalationEvents) {}

  /**
   * Runs the story as the article tells it (an advisory mandate), adding its timeline to {@code t}.
   *
   * @param t the timeline to tell it on, not null
   * @return what the story ended with
   */
  public static Result run(Timeline t) {
    return run(t, MandatePolicy.ADVISORY);
  }

  /**
   * Runs the story under a mandate policy, adding its timeline to {@code t}: under {@link MandatePolicy#ADVISORY}
   * Maartje goes beyond her mandate and tells her manager afterwards; under {@link MandatePolicy#STRICT} the step is
   * refused until she has told him.
   *
   * @param t the timeline to tell it on, not null
   * @param policy the policy of Welzijn West's mandates, not null
   * @return what the story ended with
   */
  public static Result run(Timeline t, MandatePolicy policy) {
    Mandates mandates = mandates(policy);
    t.heading("1. Mr. K.: an incident with an incidental solution, and then a pattern");
    t.narrate("Mr. K. (58) is divorced and works at the flower auction. He asks his social worker Maartje at "
        + "Welzijn West for housing. Every open need has exactly one accountable professional: Maartje.");
    List<CaseEvent> caseEvents = new ArrayList<>();
    Decision<Case, CaseEvent> opened = Case.open(CASE, ClientId.of("client-k"), WELFARE.id(), MAARTJE.id(),
        at("2026-10-05T08:00:00Z"));
    caseEvents.addAll(opened.events());
    Case mrK = opened.state();
    for (CaseCommand c : List.of(
        new CaseCommand.RegisterNeed(HOUSING, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE.id(),
            at("2026-10-05T08:30:00Z")),
        new CaseCommand.Activate(at("2026-10-05T08:30:00Z")))) {
      Decision<Case, CaseEvent> d = mrK.decide(c);
      caseEvents.addAll(d.events());
      mrK = d.state();
    }
    t.events(caseEvents);

    t.narrate("She refers him to Dienst Wonen for priority (urgentie) and to the night shelter of HVO. Dienst "
        + "Wonen refuses: the age rule was dropped, he is not eligible. HVO is full. Each referral is a closed "
        + "loop: Maartje acknowledges the answer, and stays accountable for the need.");
    Stage.Loop priority = new Stage.Loop(ReferralLoop.draft(mrK, HOUSING, PRIORITY_REQUEST, MAARTJE.id(),
        DIENST_WONEN.id(), "housing-priority", at("2026-10-06T09:00:00Z")))
        .then(new ReferralCommand.RecordBasis(Stage.BASIS, at("2026-10-06T09:00:00Z")),
            Stage.send(at("2026-10-06T09:05:00Z")),
            new ReferralCommand.Refuse(new Refusal.NotEligible("age rule for priority dropped"),
                at("2026-10-12T11:00:00Z")),
            new ReferralCommand.AcknowledgeOutcome(MAARTJE.id(), at("2026-10-12T11:30:00Z")));
    t.events(priority.drain());
    mrK = priority.loop().caseFile();
    Stage.Loop shelter = new Stage.Loop(ReferralLoop.draft(mrK, HOUSING, SHELTER_REQUEST, MAARTJE.id(), HVO.id(),
        "night-shelter", at("2026-10-13T09:00:00Z")))
        .then(new ReferralCommand.RecordBasis(Stage.BASIS, at("2026-10-13T09:00:00Z")),
            Stage.send(at("2026-10-13T09:05:00Z")),
            new ReferralCommand.Refuse(new Refusal.NoCapacity(), at("2026-10-14T15:00:00Z")),
            new ReferralCommand.AcknowledgeOutcome(MAARTJE.id(), at("2026-10-14T15:30:00Z")));
    t.events(shelter.drain());
    mrK = shelter.loop().caseFile();

    t.narrate("Can the case be closed now, as \"nothing more we can do\"?");
    try {
      mrK.decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, at("2026-10-15T09:00:00Z")));
      throw new AssertionError("bug: the story's case closed with an open need");
    } catch (CaseworkException e) {
      t.rejected("close " + CASE, e);
    }

    List<EscalationEvent> escalationEvents = new ArrayList<>();
    Decision<Escalation, EscalationEvent> raised = Escalation.raise(ESCALATION,
        EscalationSubject.need(CASE, HOUSING, LifeDomain.HOUSING).blockedBy(PRIORITY_REQUEST),
        EscalationReason.DISPUTED_REFUSAL, Target.of(DIENST_WONEN), MAARTJE, mandates.mandateOf(MAARTJE),
        Route.DIRECT, at("2026-10-21T08:00:00Z"));
    List<EscalationEvent> escalationHistory = new ArrayList<>(raised.events());
    escalationEvents.addAll(raised.events());
    Escalation escalation = raised.state();
    Decision<Escalation, EscalationEvent> step = escalation.decide(new EscalationCommand.Climb(
        LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL.id(), at("2026-10-21T09:00:00Z")));
    escalationEvents.addAll(step.events());
    escalationHistory.addAll(step.events());
    escalation = step.state();
    List<EscalationCommand> commands;
    if (policy == MandatePolicy.ADVISORY) {
      t.narrate("Maartje goes \"er op af\": she disputes the refusal with the frontline official. He hides behind "
          + "his superior and the rules. Going higher is above her mandate, and going via her manager \"may take "
          + "much longer, or vanish under other priorities\". She takes the risk and goes to the senior official "
          + "herself, the same day. The library records the step as beyond her mandate, with her reason.");
      commands = List.of(
          EscalationCommand.Climb.beyondMandate(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL.id(),
              BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, at("2026-10-21T11:00:00Z")),
          new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, at("2026-11-03T15:00:00Z")));
    } else {
      t.narrate("Maartje goes \"er op af\": she disputes the refusal with the frontline official. He hides behind "
          + "his superior and the rules. Her organisation holds a strict mandate: going higher is above it, so the "
          + "library stops her until her own manager knows; she informs him and goes to the senior official the "
          + "same day.");
      t.events(escalationEvents);
      escalationEvents.clear();
      try {
        escalation.decide(new EscalationCommand.Climb(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL.id(),
            at("2026-10-21T11:00:00Z")));
        throw new AssertionError("bug: the story's escalation went above the strict mandate");
      } catch (CaseworkException e) {
        t.rejected("climb to supervisor " + SENIOR_OFFICIAL.id(), e);
      }
      commands = List.of(
          new EscalationCommand.InformManager(at("2026-10-21T12:00:00Z")),
          new EscalationCommand.Climb(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL.id(), at("2026-10-21T13:00:00Z")),
          new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, at("2026-11-03T15:00:00Z")));
    }
    for (EscalationCommand c : commands) {
      step = escalation.decide(c);
      escalationEvents.addAll(step.events());
      escalationHistory.addAll(step.events());
      escalation = step.state();
    }
    t.events(escalationEvents);
    t.note("escalation " + ESCALATION + " is an incident: " + escalation.isIncident()
        + " (priority for one man does not change the rule)");
    if (!escalation.beyondMandateSteps().isEmpty()) {
      t.note("escalation " + ESCALATION + " went beyond the mandate: her manager is to be told by "
          + escalation.informManagerDueDate(Stage.NORMS).orElseThrow());
    }

    t.narrate("Dienst Wonen takes the housing need over: a senior official accepts accountability (a warm "
        + "handover), a home is allocated, and only now can Maartje close the case.");
    Stage.Loop granted = new Stage.Loop(ReferralLoop.draft(mrK, HOUSING, PRIORITY_GRANTED, MAARTJE.id(),
        DIENST_WONEN.id(), "housing-priority", at("2026-11-04T09:00:00Z")))
        .then(new ReferralCommand.RecordBasis(Stage.BASIS, at("2026-11-04T09:00:00Z")),
            Stage.send(at("2026-11-04T09:05:00Z")),
            new ReferralCommand.Accept(at("2026-11-05T10:00:00Z")),
            new ReferralCommand.AcceptAccountability(SENIOR_OFFICIAL.id(), at("2026-11-05T10:00:00Z")),
            new ReferralCommand.Start(at("2026-11-06T09:00:00Z")),
            new ReferralCommand.Complete(ReferralOutcome.NEED_MET, at("2026-11-18T14:00:00Z")),
            new ReferralCommand.AcknowledgeOutcome(MAARTJE.id(), at("2026-11-19T09:00:00Z")));
    List<CaseworkEvent> grantedEvents = granted.drain();
    mrK = granted.loop().caseFile();
    Decision<Case, CaseEvent> closed = mrK.decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED,
        at("2026-11-20T09:00:00Z")));
    grantedEvents.addAll(closed.events());
    mrK = closed.state();
    t.events(grantedEvents);

    t.narrate("\"Just like all those other divorced men.\" That quarter, four more divorced working men in "
        + "wijk-west are refused priority by Dienst Wonen (only the refusals are shown).");
    List<Case> cases = new ArrayList<>(List.of(mrK));
    List<Referral> referrals = new ArrayList<>(List.of(priority.loop().referral(), shelter.loop().referral(),
        granted.loop().referral()));
    Map<CaseId, Area> areas = new HashMap<>();
    areas.put(CASE, WEST);
    List<CaseworkEvent> refusals = new ArrayList<>();
    for (int n = 1; n <= 4; n++) {
      Instant day = at("2026-10-12T09:00:00Z").plusSeconds(86_400L * 14 * n);
      Professional worker = n % 2 == 0 ? MAARTJE : ROOS;
      CaseId caseId = CaseId.of("case-man-" + n);
      Case c = Case.open(caseId, ClientId.of("client-man-" + n), WELFARE.id(), worker.id(), day).state()
          .decide(new CaseCommand.RegisterNeed(HOUSING, LifeDomain.HOUSING, Urgency.URGENT, worker.id(), day))
          .state().decide(new CaseCommand.Activate(day)).state();
      Stage.Loop loop = new Stage.Loop(ReferralLoop.draft(c, HOUSING, ReferralId.of("ref-man-" + n + "-priority"),
          worker.id(), DIENST_WONEN.id(), "housing-priority", day))
          .then(new ReferralCommand.RecordBasis(Stage.BASIS, day), Stage.send(day),
              new ReferralCommand.Refuse(new Refusal.NotEligible("age rule for priority dropped"),
                  day.plusSeconds(86_400L * 3)),
              new ReferralCommand.AcknowledgeOutcome(worker.id(), day.plusSeconds(86_400L * 3 + 3_600)));
      loop.drain().stream().filter(e -> e instanceof io.github.casework.referral.ReferralEvent.Refused)
          .forEach(refusals::add);
      cases.add(loop.loop().caseFile());
      referrals.add(loop.loop().referral());
      areas.put(caseId, WEST);
    }
    t.events(refusals);

    t.narrate("The signal detector groups refusals and escalations of the same shape (reason, life domain, kind "
        + "of agency, area) per quarter, and proposes a structural signal from five cases on:");
    List<Incident> incidents = new ArrayList<>();
    incidents.add(Incident.of(escalation, WEST));
    for (Referral r : referrals) {
      r.refusal().ifPresent(refusal -> incidents.add(Incident.refusal(r.id(), r.caseId(),
          IncidentShape.refusal(refusal.type(), r.domain(), r.to().equals(HVO.id()) ? AgencyKind.SHELTER
              : AgencyKind.HOUSING_SERVICE, WEST), r.respondedAt().orElseThrow())));
    }
    ImmutableList<SignalProposal> proposals = SignalDetector.of(5).detect(incidents, Quarter.of(2026, 4));
    for (SignalProposal p : proposals) {
      t.note("proposal: " + p.period() + ", " + p.shape().area() + ", " + p.shape().domain().code() + ", "
          + p.shape().refusalReason().orElse("") + " at a " + p.shape().targetKind().code() + ", trend "
          + p.trend().code() + ", " + p.cases().size() + " cases: " + p.cases());
    }
    t.note("(Mr. K.'s shelter refusal and his escalation have other shapes, one case each: no pattern.)");

    Caseload caseload = Caseload.builder()
        .agencies(List.of(WELFARE, DIENST_WONEN, HVO))
        .professionals(List.of(MAARTJE, ROOS, TEAM_LEAD, MANAGER, OFFICIAL, SENIOR_OFFICIAL, HVO_INTAKE))
        .mandates(mandates)
        .cases(cases)
        .referrals(referrals)
        .escalations(List.of(escalation))
        .areas(areas)
        .build();
    ImmutableList<Finding> findings = CaseloadCheck.of(Stage.NORMS).run(caseload, CHECKED_AT);
    t.findings(CHECKED_AT, findings);
    if (!escalation.beyondMandateSteps().isEmpty() && !escalation.isManagerInformed()) {
      t.narrate("The check asks Maartje to tell her manager about going beyond her mandate; she does. The "
          + "escalation had already succeeded.");
      Decision<Escalation, EscalationEvent> informed = escalation.decide(
          new EscalationCommand.InformManager(MANAGER_INFORMED_AT));
      t.events(informed.events());
      escalationHistory.addAll(informed.events());
      escalation = informed.state();
    }

    t.narrate("The peer group (vakgroep) raises the signal with the manager of Welzijn West; it is owed a "
        + "response within a quarter, and closes only after the feedback reached everyone who raised it.");
    Decision<Signal, SignalEvent> signal = proposals.get(0).raise(SIGNAL, List.of(MAARTJE.id(), ROOS.id()),
        Addressee.of(WELFARE.id(), Role.MANAGER), "divorced working men without housing",
        at("2027-01-08T09:00:00Z"));
    t.events(signal.events());
    return new Result(mrK, escalation, proposals, caseload, findings, signal.state(),
        ImmutableList.copyOf(escalationHistory));
  }
}
