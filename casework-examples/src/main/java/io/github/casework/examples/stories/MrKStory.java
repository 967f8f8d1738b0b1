package io.github.casework.examples.stories;

import static io.github.casework.examples.stories.Stage.at;

import com.google.common.collect.ImmutableList;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Urgency;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCodes;
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
import io.github.casework.referral.ReferralEvent;
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
 * The story of Mr. K. from the seed article, told as the article tells it and run through the library. Mr. K. (58)
 * works at the flower auction; his debt-rescheduling trajectory (Wsnp) with social worker Maartje is nearly over.
 * He separates from his wife and sleeps in their garden shed, which turns too cold in autumn; when it freezes he
 * sleeps at his ex-wife's, which puts her benefit at risk. The housing service (Dienst Wonen) refuses him priority
 * because the age rule was dropped, and the shelter (HVO) is full. His case cannot be closed as "nothing more we can
 * do" while the need is open. Maartje weighs going via her manager, takes the risk and goes "er op af" herself: to
 * the refusing official and then higher in the service, who grants priority; the escalation is an incident with an
 * incidental solution. Four more divorced working men in the same district are refused priority that quarter: the
 * signal detector and the caseload check propose a structural signal (signalering), which the social workers' peer
 * group (vakgroep) raises with their manager.
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


  static final CaseId CASE = CaseId.of("case-mr-k");
  static final NeedId HOUSING = NeedId.of("need-housing");
  static final NeedId FINANCES = NeedId.of("need-finances");
  static final ReferralId PRIORITY_REQUEST = ReferralId.of("ref-k-priority");
  static final ReferralId SHELTER_REQUEST = ReferralId.of("ref-k-shelter");
  static final ReferralId PRIORITY_GRANTED = ReferralId.of("ref-k-priority-2");
  static final EscalationId ESCALATION = EscalationId.of("esc-k");
  static final SignalId SIGNAL = SignalId.of("sig-divorced-men");

  /** When the caseload check runs in the story: mid-December, in the quarter of the refusals. */
  public static final Instant CHECKED_AT = at("2026-12-15T09:00:00Z");

  /** When the weekly check reminds Maartje to tell her manager of her step beyond the mandate. */
  public static final Instant MANAGER_REMINDED_AT = at("2026-10-26T08:00:00Z");

  /** When Maartje tells her manager, after the check reminded her. */
  public static final Instant MANAGER_INFORMED_AT = at("2026-10-26T09:00:00Z");

  private MrKStory() {}

  /**
   * Welfare lets its social workers address the official on their own; going higher alone is beyond the mandate
   * (advisory: accepted, recorded, the manager to be told within two working days; strict: refused until he knows).
   */
  static Mandates mandates(MandatePolicy policy) {
    return Mandates.of(List.of(
        Mandate.of(WELFARE.id(), Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL, policy),
        Mandate.of(WELFARE.id(), Role.TEAM_LEAD, LadderLevel.MANAGEMENT, policy)));
  }

  /**
   * What the story ended with.
   *
   * @param mrK Mr. K.'s case, closed, not null
   * @param escalation the escalation, resolved with priority granted, not null
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
   * Maartje goes beyond her mandate and tells her manager when the check reminds her; under
   * {@link MandatePolicy#STRICT} the step is refused until she has told him.
   *
   * @param t the timeline to tell it on, not null
   * @param policy the policy of Welzijn West's mandates, not null
   * @return what the story ended with
   */
  public static Result run(Timeline t, MandatePolicy policy) {
    Mandates mandates = mandates(policy);
    t.name(MAARTJE.id().value(), "Maartje", "Maartje").name(ROOS.id().value(), "Roos", "Roos")
        .name("client-k", "Mr. K.", "meneer K.").name(MANAGER.id().value(), "her manager", "haar manager")
        .name(SENIOR_OFFICIAL.id().value(), "the senior official", "de hogere ambtenaar")
        .name(WELFARE.id().value(), WELFARE.name(), WELFARE.name())
        .name(DIENST_WONEN.id().value(), DIENST_WONEN.name(), DIENST_WONEN.name())
        .name(HVO.id().value(), "HVO", "HVO");
    t.heading("1. Mr. K.: a garden shed too cold to sleep in",
        "1. Meneer K.: een tuinhuisje dat te koud is om in te slapen");

    t.step(at("2026-10-05T08:00:00Z"), "Mr. K. (58) works at the flower auction. For three years social worker "
        + "Maartje at Welzijn West has guided him through a debt rescheduling (Wsnp), now nearly over: then he and "
        + "his wife can each go on debt-free. He is separating from her, from bed and board; he wants a life of his "
        + "own. Since the summer he has slept in their garden shed, which is not fit to live in. Now it is autumn, "
        + "too cold there, and he asks Maartje what she can do.",
        "Meneer K. (58) werkt bij een bloemenveiling. Maartje van Welzijn West begeleidt hem al drie jaar in een "
        + "schuldsanering (Wsnp), die bijna afloopt: dan kunnen hij en zijn vrouw elk schuldenvrij verder. Hij "
        + "scheidt van tafel en bed; hij wil eindelijk zelf iets aan zijn leven hebben. Sinds de zomer slaapt hij in "
        + "hun tuinhuisje, dat daar niet geschikt voor is. Nu is het herfst, te koud daar, en hij vraagt Maartje "
        + "wat zij voor hem kan doen.");
    List<CaseEvent> caseEvents = new ArrayList<>();
    Decision<Case, CaseEvent> opened = Case.open(CASE, ClientId.of("client-k"), WELFARE.id(), MAARTJE.id(),
        at("2023-10-02T08:00:00Z"));
    caseEvents.addAll(opened.events());
    Case mrK = opened.state();
    for (CaseCommand c : List.of(
        new CaseCommand.RegisterNeed(FINANCES, LifeDomain.FINANCES, Urgency.PRIORITY, MAARTJE.id(),
            at("2023-10-02T08:30:00Z")),
        new CaseCommand.Activate(at("2023-10-02T08:30:00Z")),
        new CaseCommand.RegisterNeed(HOUSING, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE.id(),
            at("2026-10-05T08:30:00Z")))) {
      Decision<Case, CaseEvent> d = mrK.decide(c);
      caseEvents.addAll(d.events());
      mrK = d.state();
    }
    t.events(caseEvents, e -> e instanceof CaseEvent.Opened || e instanceof CaseEvent.NeedRegistered);
    t.check(at("2026-10-05T15:00:00Z"), CaseloadCheck.of(Stage.NORMS).run(caseload(List.of(mrK), List.of(),
        List.of(), Map.of(), mandates), at("2026-10-05T15:00:00Z")));

    t.step(at("2026-10-06T09:00:00Z"), "Dienst Wonen refuses him priority: the age limit that counted after a "
        + "divorce was dropped. HVO, the help for the homeless, is full. What is left is the night shelter, meant "
        + "for drifters and addicts; not for a man with a job who is only divorced, Maartje finds.",
        "Dienst Wonen weigert hem voorrang: de leeftijdsgrens die na een scheiding meetelde, is losgelaten. De Hulp "
        + "voor Onbehuisden (HVO) zit vol. Wat overblijft is de nachtopvang, voor zwervers en verslaafden; niet "
        + "voor een man met een baan die alleen maar gescheiden is, vindt Maartje.");
    Stage.Loop priority = new Stage.Loop(ReferralLoop.draft(mrK, HOUSING, PRIORITY_REQUEST, MAARTJE.id(),
        DIENST_WONEN.id(), "housing-priority", at("2026-10-06T09:00:00Z")))
        .then(new ReferralCommand.RecordBasis(Stage.BASIS, at("2026-10-06T09:00:00Z")),
            Stage.send(at("2026-10-06T09:05:00Z")),
            new ReferralCommand.Refuse(new Refusal.NotEligible("age rule for priority dropped"),
                at("2026-10-12T11:00:00Z")),
            new ReferralCommand.AcknowledgeOutcome(MAARTJE.id(), at("2026-10-12T11:30:00Z")));
    List<CaseworkEvent> referralEvents = priority.drain();
    mrK = priority.loop().caseFile();
    Stage.Loop shelter = new Stage.Loop(ReferralLoop.draft(mrK, HOUSING, SHELTER_REQUEST, MAARTJE.id(), HVO.id(),
        "night-shelter", at("2026-10-13T09:00:00Z")))
        .then(new ReferralCommand.RecordBasis(Stage.BASIS, at("2026-10-13T09:00:00Z")),
            Stage.send(at("2026-10-13T09:05:00Z")),
            new ReferralCommand.Refuse(new Refusal.NoCapacity(), at("2026-10-14T15:00:00Z")),
            new ReferralCommand.AcknowledgeOutcome(MAARTJE.id(), at("2026-10-14T15:30:00Z")));
    referralEvents.addAll(shelter.drain());
    mrK = shelter.loop().caseFile();
    t.events(referralEvents, e -> e instanceof ReferralEvent.Refused
        || e instanceof CaseEvent.ReferralLoopClosed c && c.referral().equals(PRIORITY_REQUEST));
    try {
      mrK.decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, at("2026-10-15T09:00:00Z")));
      throw new AssertionError("bug: the story's case closed with an open need");
    } catch (CaseworkException e) {
      if (!e.code().equals(CaseCodes.NEED_STILL_OPEN)) {
        throw new AssertionError("bug: the case was refused for another reason: " + e.code(), e);
      }
      t.refused("closing the case as \"nothing more we can do\": the housing need is still open.",
          "het dossier sluiten als \"we kunnen niets meer doen\": de hulpvraag huisvesting is nog open.");
    }
    List<Referral> referrals = new ArrayList<>(List.of(priority.loop().referral(), shelter.loop().referral()));
    t.check(at("2026-10-15T09:00:00Z"), CaseloadCheck.of(Stage.NORMS).run(caseload(List.of(mrK), referrals,
        List.of(), Map.of(), mandates), at("2026-10-15T09:00:00Z")));

    t.step(at("2026-10-19T07:00:00Z"), "He sleeps in the shed when he can; when it freezes, at his ex-wife's. If "
        + "that becomes known, the benefit office (DWI), strict with ex-spouses, may cut her benefit, and new debts "
        + "loom. His wife, who is disabled, grows more isolated. None of this is a step in his case: casework "
        + "records nothing, and still shows an urgent need that Maartje holds.",
        "Hij slaapt in het tuinhuisje als het kan; als het vriest, bij zijn ex-vrouw. Als dat bekend wordt, kan de "
        + "Dienst Werk en Inkomen (DWI), streng voor ex-gehuwden, haar uitkering korten, en dan dreigen nieuwe "
        + "schulden. Zijn invalide vrouw raakt steeds meer geïsoleerd. Niets hiervan is een stap in zijn dossier: "
        + "casework legt niets vast, en toont nog steeds een urgente hulpvraag die Maartje vasthoudt.");

    List<EscalationEvent> escalationEvents = new ArrayList<>();
    Escalation escalation = escalate(t, policy, escalationEvents);

    t.step(at("2026-11-04T09:00:00Z"), "Dienst Wonen takes the housing need over and allocates him a home; the "
        + "Wsnp ends, he is debt-free. Only now can Maartje close the case.",
        "Dienst Wonen neemt de hulpvraag over en wijst hem een woning toe; de Wsnp loopt af, hij is schuldenvrij. "
        + "Pas nu kan Maartje het dossier sluiten.");
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
    for (CaseCommand c : List.of(
        new CaseCommand.DisposeNeed(FINANCES, new Disposition.Met(at("2026-11-20T08:30:00Z"))),
        new CaseCommand.Close(ClosureReason.GOALS_REACHED, at("2026-11-20T09:00:00Z")))) {
      Decision<Case, CaseEvent> d = mrK.decide(c);
      grantedEvents.addAll(d.events());
      mrK = d.state();
    }
    t.events(grantedEvents, e -> e instanceof CaseEvent.NeedHandedOver || e instanceof ReferralEvent.Completed
        || e instanceof CaseEvent.NeedDisposed || e instanceof CaseEvent.Closed);

    t.step(CHECKED_AT, "\"Just like all those other divorced men\": this quarter four more divorced working men "
        + "in the district were refused priority by Dienst Wonen.",
        "\"Net als al die andere gescheiden mannen\": dit kwartaal kregen nog vier gescheiden werkende mannen in de "
        + "wijk geen voorrang van Dienst Wonen.");
    List<Case> cases = new ArrayList<>(List.of(mrK));
    referrals.add(granted.loop().referral());
    Map<CaseId, Area> areas = new HashMap<>();
    areas.put(CASE, WEST);
    List<CaseworkEvent> refusals = new ArrayList<>();
    for (int n = 1; n <= 4; n++) {
      Instant day = at("2026-10-12T09:00:00Z").plusSeconds(86_400L * 14 * n);
      Professional worker = n % 2 == 0 ? MAARTJE : ROOS;
      CaseId caseId = CaseId.of("case-man-" + n);
      t.name("client-man-" + n, "man " + n, "man " + n);
      Case c = Case.open(caseId, ClientId.of("client-man-" + n), WELFARE.id(), worker.id(), day).state()
          .decide(new CaseCommand.RegisterNeed(HOUSING, LifeDomain.HOUSING, Urgency.URGENT, worker.id(), day))
          .state().decide(new CaseCommand.Activate(day)).state();
      Stage.Loop loop = new Stage.Loop(ReferralLoop.draft(c, HOUSING, ReferralId.of("ref-man-" + n + "-priority"),
          worker.id(), DIENST_WONEN.id(), "housing-priority", day))
          .then(new ReferralCommand.RecordBasis(Stage.BASIS, day), Stage.send(day),
              new ReferralCommand.Refuse(new Refusal.NotEligible("age rule for priority dropped"),
                  day.plusSeconds(86_400L * 3)),
              new ReferralCommand.AcknowledgeOutcome(worker.id(), day.plusSeconds(86_400L * 3 + 3_600)));
      refusals.addAll(loop.drain());
      cases.add(loop.loop().caseFile());
      referrals.add(loop.loop().referral());
      areas.put(caseId, WEST);
    }
    t.events(refusals, e -> false);
    List<Incident> incidents = new ArrayList<>();
    incidents.add(Incident.of(escalation, WEST));
    for (Referral r : referrals) {
      r.refusal().ifPresent(refusal -> incidents.add(Incident.refusal(r.id(), r.caseId(),
          IncidentShape.refusal(refusal.type(), r.domain(), r.to().equals(HVO.id()) ? AgencyKind.SHELTER
              : AgencyKind.HOUSING_SERVICE, WEST), r.respondedAt().orElseThrow())));
    }
    ImmutableList<SignalProposal> proposals = SignalDetector.of(5).detect(incidents, Quarter.of(2026, 4));
    Caseload caseload = caseload(cases, referrals, List.of(escalation), areas, mandates);
    ImmutableList<Finding> findings = CaseloadCheck.of(Stage.NORMS).run(caseload, CHECKED_AT);
    t.check(CHECKED_AT, findings);

    t.step(at("2027-01-08T09:00:00Z"), "\"This is an incident with an incidental solution\", says Maartje; it is "
        + "high time for temporary housing for men who can pay their rent. The peer group raises it with the "
        + "manager, who owes an answer.",
        "\"Dit is een incident met een incidentele oplossing\", zegt Maartje; het is hoog tijd voor tijdelijke "
        + "huisvesting voor mannen die hun huur kunnen betalen. De vakgroep kaart het aan bij de manager, die een "
        + "antwoord verschuldigd is.");
    Decision<Signal, SignalEvent> signal = proposals.get(0).raise(SIGNAL, List.of(MAARTJE.id(), ROOS.id()),
        Addressee.of(WELFARE.id(), Role.MANAGER), "divorced working men without housing",
        at("2027-01-08T09:00:00Z"));
    t.events(signal.events());
    return new Result(mrK, escalation, proposals, caseload, findings, signal.state(),
        ImmutableList.copyOf(escalationEvents));
  }

  /**
   * Maartje's choice: she weighs going via her manager, takes the risk, and goes to the official and then higher in
   * the service herself; under an advisory mandate the library records that step as beyond her mandate, and the check
   * asks her to tell her manager, which she does. Under a strict mandate the library refuses the step until her
   * manager knows. The senior official grants priority.
   */
  private static Escalation escalate(Timeline t, MandatePolicy policy, List<EscalationEvent> history) {
    Mandates mandates = mandates(policy);
    t.step(at("2026-10-21T08:00:00Z"), "Maartje considers going to Dienst Wonen herself. The level she would have "
        + "to address there is really her manager's; but via her manager it may take much longer, or vanish under "
        + "other priorities, and being rapped on the knuckles afterwards will not help either. She takes the risk: "
        + "she raises it with the reluctant official, and then higher up in the service, herself.",
        "Maartje overweegt zelf op de Dienst Wonen af te stappen. Het niveau waarop zij iemand daar moet "
        + "aanspreken, ligt eigenlijk meer bij haar manager; maar via haar manager kan het veel langer duren, of "
        + "verdwijnt het onder andere prioriteiten, en achteraf op de vingers getikt worden maakt het ook niet "
        + "beter. Zij neemt het risico: zij kaart het zelf aan bij de weigerachtige ambtenaar, en daarna hoger in de "
        + "dienst.");
    List<EscalationEvent> events = new ArrayList<>();
    Decision<Escalation, EscalationEvent> raised = Escalation.raise(ESCALATION,
        EscalationSubject.need(CASE, HOUSING, LifeDomain.HOUSING).blockedBy(PRIORITY_REQUEST),
        EscalationReason.DISPUTED_REFUSAL, Target.of(DIENST_WONEN), MAARTJE, mandates.mandateOf(MAARTJE),
        Route.DIRECT, at("2026-10-21T08:00:00Z"));
    events.addAll(raised.events());
    Escalation escalation = raised.state();
    escalation = apply(escalation, new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL.id(),
        at("2026-10-21T09:00:00Z")), events);
    if (policy == MandatePolicy.ADVISORY) {
      escalation = apply(escalation, EscalationCommand.Climb.beyondMandate(LadderLevel.SUPERVISOR,
          SENIOR_OFFICIAL.id(), BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, at("2026-10-21T11:00:00Z")), events);
      t.events(events);
      history.addAll(events);
      events.clear();
      t.check(MANAGER_REMINDED_AT, CaseloadCheck.of(Stage.NORMS).run(caseload(List.of(), List.of(),
          List.of(escalation), Map.of(), mandates), MANAGER_REMINDED_AT));
      escalation = apply(escalation, new EscalationCommand.InformManager(MANAGER_INFORMED_AT), events);
    } else {
      try {
        escalation.decide(new EscalationCommand.Climb(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL.id(),
            at("2026-10-21T11:00:00Z")));
        throw new AssertionError("bug: a strict mandate let the step above it through");
      } catch (CaseworkException e) {
        if (!e.code().equals(EscalationCodes.BEYOND_MANDATE)) {
          throw new AssertionError("bug: the step was refused for another reason: " + e.code(), e);
        }
        t.events(events);
        history.addAll(events);
        events.clear();
        t.refused("going higher than the official before her manager knows: Welzijn West's mandate is strict.",
            "hoger gaan dan de ambtenaar voordat haar manager het weet: het mandaat van Welzijn West is strikt.");
      }
      escalation = apply(escalation, new EscalationCommand.InformManager(at("2026-10-21T12:00:00Z")), events);
      escalation = apply(escalation, new EscalationCommand.Climb(LadderLevel.SUPERVISOR, SENIOR_OFFICIAL.id(),
          at("2026-10-21T13:00:00Z")), events);
    }
    escalation = apply(escalation, new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, at("2026-11-03T15:00:00Z")),
        events);
    t.events(events);
    history.addAll(events);
    return escalation;
  }

  private static Escalation apply(Escalation escalation, EscalationCommand command, List<EscalationEvent> events) {
    Decision<Escalation, EscalationEvent> d = escalation.decide(command);
    events.addAll(d.events());
    return d.state();
  }

  private static Caseload caseload(List<Case> cases, List<Referral> referrals, List<Escalation> escalations,
      Map<CaseId, Area> areas, Mandates mandates) {
    return Caseload.builder()
        .agencies(List.of(WELFARE, DIENST_WONEN, HVO))
        .professionals(List.of(MAARTJE, ROOS, TEAM_LEAD, MANAGER, OFFICIAL, SENIOR_OFFICIAL, HVO_INTAKE))
        .mandates(mandates)
        .cases(cases)
        .referrals(referrals)
        .escalations(escalations)
        .areas(areas)
        .build();
  }
}
