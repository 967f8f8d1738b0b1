package io.github.casework.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.ParticipationRung;
import io.github.casework.casefile.UnmetReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.casefile.ZrmScore;
import io.github.casework.check.Caseload;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.FindingText;
import io.github.casework.check.Severity;
import io.github.casework.check.SubjectRef;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.HouseholdSituation;
import io.github.casework.directory.IncomeBand;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.MandatePolicy;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.privacy.CaseView;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Area;
import io.github.casework.testing.FindingSamples;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values behind the golden vectors: each canonical vector file must read to its scenario's value, and the
 * scenario's value must write to the file's bytes. Built only through the public API.
 */
final class Scenarios {
  private Scenarios() {}

  /** A vector's kind and value. */
  record Scenario(DocumentKind<?> kind, Object value) {}

  /** A stream vector's kind, events, and (for a caseload-events stream) the context its header carries. */
  record StreamScenario(EventStreamKind<?, ?> kind, List<?> events, Optional<CaseloadSnapshot> context) {
    StreamScenario(EventStreamKind<?, ?> kind, List<?> events) {
      this(kind, events, Optional.empty());
    }

    JsonTesting.StreamContent content() {
      return new JsonTesting.StreamContent(List.copyOf(events), context);
    }
  }

  /** A city's caseload: every case, referral, escalation and signal of the other vectors, and their context. */
  static CaseloadSnapshot cityCaseload() {
    return CaseloadSnapshot.of(ImmutableList.<History<?, ?>>builder()
        .add(fullLifecycle(), openWithNeeds(), referralsAndThreats())
        .addAll(ReferralScenarios.histories().values())
        .addAll(EscalationScenarios.histories().values())
        .addAll(SignalScenarios.histories().values())
        .build(), Caseload.builder()
        .agencies(cityDirectory().agencies())
        .professionals(cityDirectory().professionals())
        .mandates(EscalationScenarios.MANDATES)
        .areas(ImmutableMap.of(CASE, Area.of("wijk-West.2"), CaseId.of("case-wgs"), Area.of("1055"),
            CaseId.of("case-2026-0042"), Area.of("K24")))
        .build());
  }

  /**
   * A caseload with a service directory (rules, areas, statuses, places and a waiting list) and client profiles,
   * the optional members the gap check added: one profile with every fact known, one with a single fact.
   */
  static CaseloadSnapshot gapCaseload() {
    Instant updated = Instant.parse("2026-10-01T08:00:00Z");
    Agency shelter = Agency.of(AgencyId.of("hvo"), "Hulp voor Onbehuisden", AgencyKind.SHELTER, List.of(
        AgencyService.of("youth-shelter", "Youth shelter", List.of(LifeDomain.HOUSING)),
        AgencyService.of("night-shelter", "Night shelter", List.of(LifeDomain.HOUSING))));
    Agency housing = Agency.of(AgencyId.of("dienst-wonen"), "Dienst Wonen", AgencyKind.HOUSING_SERVICE, List.of(
        AgencyService.of("housing-priority", "Priority for housing", List.of(LifeDomain.HOUSING))));
    ServiceDirectory directory = ServiceDirectory.of(List.of(shelter, housing), List.of(
        ServiceListing.open(shelter.id(), "youth-shelter")
            .withEligibility(Eligibility.parse("age 18..23 and not pregnant"))
            .withAreas(List.of(Area.of("noord"), Area.of("K24")))
            .withCapacity(new ServiceCapacity.Places(0, 12, updated)),
        ServiceListing.open(shelter.id(), "night-shelter")
            .withEligibility(Eligibility.parse("age 23.. and not employed"))
            .withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.UNDETERMINED, updated))
            .withStatus(ServiceStatus.TEMPORARILY_CLOSED),
        ServiceListing.open(housing.id(), "housing-priority")
            .withEligibility(Eligibility.parse("household in (single-parent, couple-with-children)"))));
    ClientProfile full = ClientProfile.builder().age(19).household(HouseholdSituation.SINGLE).pregnant(true)
        .income(IncomeBand.NONE).registeredAddress(false).area(Area.of("noord")).insured(true).employed(false)
        .addiction(false).psychiatricCondition(false).build();
    return CaseloadSnapshot.of(List.of(openWithNeeds()), Caseload.builder().agencies(directory.agencies())
        .directory(directory)
        .profiles(ImmutableMap.of(openWithNeeds().state().id(), full, CaseId.of("case-other"),
            ClientProfile.builder().employed(true).build()))
        .build());
  }

  /** The context of the city's caseload alone: a roster whose professionals' agencies are not all listed. */
  static CaseloadSnapshot rosterOnly() {
    return CaseloadSnapshot.of(List.of(), Caseload.builder()
        .agencies(List.of(cityDirectory().agencies().get(0)))
        .professionals(cityDirectory().professionals())
        .build());
  }

  /**
   * A caseload whose table holds a strict mandate next to advisory ones and a strict fallback, with the escalation
   * that went beyond the advisory mandate.
   */
  static CaseloadSnapshot mandatePolicies() {
    return CaseloadSnapshot.of(List.of(EscalationScenarios.beyondMandate()), Caseload.builder()
        .agencies(List.of(cityDirectory().agencies().get(0)))
        .professionals(cityDirectory().professionals())
        .mandates(Mandates.of(List.of(EscalationScenarios.SOCIAL_WORKER_MANDATE,
            Mandate.of(WELFARE, Role.TEAM_LEAD, LadderLevel.MANAGEMENT, MandatePolicy.STRICT)),
            LadderLevel.FRONTLINE_OFFICIAL, MandatePolicy.STRICT))
        .build());
  }

  /** The events of every aggregate of the city, interleaved round-robin across all kinds. */
  static List<Object> cityEventsInterleaved() {
    CaseloadSnapshot city = cityCaseload();
    List<List<Object>> all = new java.util.ArrayList<>();
    city.histories().forEach(h -> all.add(List.copyOf(h.events())));
    return interleave(all);
  }

  /** Findings of every severity and of several kinds of subject, as the check reports them (most severe first). */
  static Findings someFindings() {
    return new Findings(Instant.parse("2026-09-01T09:00:00Z"), ImmutableList.of(
        textOnly(FindingCode.PRECONDITION_DEADLOCK, Severity.CRITICAL,
            List.of(SubjectRef.of(AgencyId.of("clinic-jellinek")), SubjectRef.of(HOUSING),
                SubjectRef.of(ReferralId.of("ref-housing-1")), SubjectRef.client(CLIENT)),
            "Dienst Wonen wants substance-use help first, Kliniek wants housing first: ref-housing-1 and "
                + "ref-health-1 wait on each other.",
            "Escalate to the supervisor at Dienst Wonen (housing-service) with both refusals."),
        textOnly(FindingCode.REFERRAL_RESPONSE_OVERDUE, Severity.WARNING,
            List.of(SubjectRef.of(ReferralId.of("ref-debt-2"))),
            "No response from debt-services since 2026-03-02; due 2026-03-07.",
            "Call the debt counsellor at debt-services (Schuldhulpverlening) — \"wachtlijst\"?"),
        textOnly(FindingCode.STRUCTURAL_SIGNAL_PROPOSED, Severity.INFO,
            List.of(SubjectRef.of(CASE), SubjectRef.need(CASE, HOUSING_NEED), SubjectRef.of(SignalId.of("sig-2"))),
            "Three escalations of the same shape in 2026-Q1 in wijk-West.2.",
            "Raise a signal with the team lead.")));
  }

  /** A finding of text only, as documents written before findings had structure carry them. */
  static Findings.Entry textOnly(FindingCode code, Severity severity, List<SubjectRef> subjects, String explanation,
      String nextStep) {
    return new Findings.Entry.TextOnly(code, severity, ImmutableList.sortedCopyOf(subjects),
        new FindingText.Rendered(explanation, nextStep));
  }

  /**
   * Findings with their facts and structured next steps: every kind of facts and of next step before mandate
   * policies, in the check's order, with English texts and with Dutch texts.
   */
  static Findings structuredFindings(FindingText text) {
    return Findings.of(Instant.parse("2026-09-01T09:00:00Z"),
        ImmutableList.sortedCopyOf(Finding.ORDER, FindingSamples.firstRelease()), text);
  }

  /**
   * The findings mandate policies brought (a step beyond the mandate the manager was not told of, a proposal to
   * widen a mandate), with facts and structured next steps, pinned apart from the first structured vectors.
   */
  static Findings mandateFindings(FindingText text) {
    return Findings.of(Instant.parse("2026-09-01T09:00:00Z"),
        ImmutableList.sortedCopyOf(Finding.ORDER, FindingSamples.mandates()), text);
  }

  /** The finding capacity answers brought, with facts and a structured next step, pinned by vectors of its own. */
  static Findings capacityFindings(FindingText text) {
    return Findings.of(Instant.parse("2026-09-01T09:00:00Z"),
        ImmutableList.sortedCopyOf(Finding.ORDER, FindingSamples.capacity()), text);
  }

  /** The finding consent withdrawal brought, with facts and a structured next step, pinned by vectors of its own. */
  static Findings consentFindings(FindingText text) {
    return Findings.of(Instant.parse("2026-09-01T09:00:00Z"),
        ImmutableList.sortedCopyOf(Finding.ORDER, FindingSamples.consent()), text);
  }

  /**
   * What debt services may see of Mr K's case: the referral of his debt need sent to it (its consent, which named
   * two agencies and two life domains, narrowed to debt services and finances), with the referrer's role and
   * agency; the case's other needs and the referrals to other agencies stay out.
   */
  static CaseView debtServicesView() {
    History<Case, CaseEvent> c = open(CASE, T0);
    c = then(c, new CaseCommand.RegisterNeed(DEBT_NEED, LifeDomain.FINANCES, Urgency.URGENT, MAARTJE, t(0)));
    c = then(c, new CaseCommand.RegisterNeed(HOUSING_NEED, LifeDomain.HOUSING, Urgency.CRISIS, MAARTJE, t(0)));
    List<? extends List<ReferralEvent>> referrals = ReferralScenarios.histories().values().stream().map(History::events)
        .toList();
    return CaseView.of(DEBT_SERVICES, c.state(), referrals,
        List.of(new Professional(MAARTJE, WELFARE, Role.SOCIAL_WORKER)));
  }

  /** What an agency that was sent nothing may see: the case's ids and no referral. */
  static CaseView emptyView() {
    return CaseView.of(AgencyId.of("agency-unrelated"), open(CASE, T0).state(), List.of(), List.of());
  }

  /** The findings the service directory brought (regulatory, capacity and recurring gaps), pinned by own vectors. */
  static Findings gapFindings(FindingText text) {
    return Findings.of(Instant.parse("2026-09-01T09:00:00Z"),
        ImmutableList.sortedCopyOf(Finding.ORDER, FindingSamples.gaps()), text);
  }

  /** The findings early warning brought, with facts and structured next steps, pinned by vectors of their own. */
  static Findings earlyWarningFindings(FindingText text) {
    return Findings.of(Instant.parse("2026-09-01T09:00:00Z"),
        ImmutableList.sortedCopyOf(Finding.ORDER, FindingSamples.earlyWarning()), text);
  }

  /** The finding of an outreach case handed on to a referral the caseload does not hold, pinned by own vectors. */
  static Findings followUpFindings(FindingText text) {
    return Findings.of(Instant.parse("2026-09-01T09:00:00Z"), FindingSamples.followUp(), text);
  }

  /** A snapshot's agencies, professionals, mandates and areas, without its aggregates. */
  static CaseloadSnapshot contextOf(CaseloadSnapshot s) {
    return CaseloadSnapshot.of(List.of(), s.caseload());
  }

  /** The events of a snapshot in the order {@code writeCaseloadEvents} writes them. */
  static List<Object> eventsOf(CaseloadSnapshot s) {
    List<Object> out = new java.util.ArrayList<>();
    s.histories().forEach(h -> out.addAll(h.events()));
    return List.copyOf(out);
  }

  /** The events of several histories, interleaved round-robin, each history's in order. */
  static <E> List<E> interleave(List<List<E>> histories) {
    List<E> out = new java.util.ArrayList<>();
    int longest = histories.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<E> h : histories) {
        if (i < h.size()) {
          out.add(h.get(i));
        }
      }
    }
    return List.copyOf(out);
  }

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  static Instant t(long minutes) {
    return T0.plusSeconds(minutes * 60);
  }

  static final CaseId CASE = CaseId.of("case-mr-k");
  static final ClientId CLIENT = ClientId.of("client-7f3a");
  static final AgencyId WELFARE = AgencyId.of("welfare-west");
  static final AgencyId HOUSING = AgencyId.of("housing-service");
  static final ProfessionalId MAARTJE = ProfessionalId.of("sw-maartje");
  static final ProfessionalId KARIM = ProfessionalId.of("sw-karim");
  static final ProfessionalId HOUSING_OFFICER = ProfessionalId.of("cs-housing-1");
  static final NeedId HOUSING_NEED = NeedId.of("need-housing");
  static final NeedId DEBT_NEED = NeedId.of("need-debt");
  static final NeedId HEALTH_NEED = NeedId.of("need-health");
  static final NeedId NETWORK_NEED = NeedId.of("need-network");

  static History<Case, CaseEvent> open(CaseId id, Instant at) {
    return History.of(Case.open(id, CLIENT, WELFARE, MAARTJE, at));
  }

  static History<Case, CaseEvent> then(History<Case, CaseEvent> h, CaseCommand command) {
    Decision<Case, CaseEvent> d = h.state().decide(command);
    return h.append(d);
  }

  static History<Case, CaseEvent> minimal() {
    return open(CASE, T0);
  }

  static History<Case, CaseEvent> fullLifecycle() {
    History<Case, CaseEvent> h = open(CASE, T0);
    h = then(h, new CaseCommand.RegisterNeed(HOUSING_NEED, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE, t(5)));
    h = then(h, new CaseCommand.RegisterNeed(DEBT_NEED, LifeDomain.FINANCES, Urgency.PRIORITY, MAARTJE, t(6)));
    h = then(h, new CaseCommand.RegisterNeed(HEALTH_NEED, LifeDomain.SUBSTANCE_USE, Urgency.CRISIS, KARIM, t(7)));
    h = then(h, new CaseCommand.RegisterNeed(NETWORK_NEED, LifeDomain.SOCIAL_NETWORK, Urgency.ROUTINE, KARIM, t(8)));
    h = then(h, new CaseCommand.Activate(t(60)));
    h = then(h, new CaseCommand.RecordAssessment(Assessment.of(t(61),
        Map.of(LifeDomain.HOUSING, ZrmScore.of(1), LifeDomain.FINANCES, ZrmScore.of(2),
            LifeDomain.SUBSTANCE_USE, ZrmScore.of(2)), Optional.of(ParticipationRung.of(1)))));
    h = then(h, new CaseCommand.StartWaiting(t(24 * 60)));
    h = then(h, new CaseCommand.Resume(t(3 * 24 * 60)));
    h = then(h, new CaseCommand.TransferAccountability(DEBT_NEED, KARIM, t(3 * 24 * 60 + 5)));
    h = then(h, new CaseCommand.DisposeNeed(HOUSING_NEED,
        new Disposition.HandedOver(HOUSING_OFFICER, HOUSING, t(10 * 24 * 60))));
    h = then(h, new CaseCommand.DisposeNeed(DEBT_NEED, new Disposition.Met(t(30 * 24 * 60))));
    h = then(h, new CaseCommand.DisposeNeed(HEALTH_NEED, new Disposition.WithdrawnByClient(t(31 * 24 * 60))));
    h = then(h, new CaseCommand.DisposeNeed(NETWORK_NEED, new Disposition.Unmet(UnmetReason.NO_SERVICE_AVAILABLE,
        "No community activity in the district on weekday evenings.", t(32 * 24 * 60))));
    h = then(h, new CaseCommand.RecordAssessment(Assessment.of(t(33 * 24 * 60),
        Map.of(LifeDomain.HOUSING, ZrmScore.of(4), LifeDomain.FINANCES, ZrmScore.of(3)), Optional.empty())));
    h = then(h, new CaseCommand.RecordAssessment(Assessment.of(t(33 * 24 * 60), Map.of(),
        Optional.of(ParticipationRung.of(3)))));
    h = then(h, new CaseCommand.Close(ClosureReason.GOALS_REACHED, t(34 * 24 * 60)));
    return h;
  }

  static History<Case, CaseEvent> openWithNeeds() {
    History<Case, CaseEvent> h = open(CaseId.of("case-2026-0042"), T0);
    h = then(h, new CaseCommand.RegisterNeed(HOUSING_NEED, LifeDomain.HOUSING, Urgency.CRISIS, MAARTJE, t(1)));
    h = then(h, new CaseCommand.Activate(t(2)));
    h = then(h, new CaseCommand.RegisterNeed(DEBT_NEED, LifeDomain.FINANCES, Urgency.URGENT, KARIM, t(3)));
    h = then(h, new CaseCommand.StartWaiting(t(4)));
    return h;
  }

  /** Fraction digits of every length the writer produces, and events at the same instant. */
  static History<Case, CaseEvent> fractionalInstants() {
    History<Case, CaseEvent> h = open(CaseId.of("case-fractions"), Instant.parse("2026-03-02T09:00:00.100Z"));
    h = then(h, new CaseCommand.RegisterNeed(HOUSING_NEED, LifeDomain.HOUSING, Urgency.ROUTINE, MAARTJE,
        Instant.parse("2026-03-02T09:00:00.123456Z")));
    h = then(h, new CaseCommand.Activate(Instant.parse("2026-03-02T09:00:00.123456789Z")));
    h = then(h, new CaseCommand.StartWaiting(Instant.parse("2026-03-02T09:00:00.123456789Z")));
    h = then(h, new CaseCommand.Resume(Instant.parse("2026-03-02T09:00:01Z")));
    return h;
  }

  /** Text that exercises escaping: non-ASCII, an astral character, quotes, backslash and control characters. */
  static final String UNICODE_TEXT = "Geen plek: wachtlijst \"Dienst Wonen\" \\ 3 mnd.\nZie ook:\tnotitie é ü ß 住房 🏠"
      + " \u0001\u001f\u007f \u2028 \r\b\f </script> / \u0000";

  static History<Case, CaseEvent> unicodeExplanation() {
    History<Case, CaseEvent> h = open(CaseId.of("case-unicode"), T0);
    h = then(h, new CaseCommand.RegisterNeed(HOUSING_NEED, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE, t(1)));
    h = then(h, new CaseCommand.DisposeNeed(HOUSING_NEED,
        new Disposition.Unmet(UnmetReason.OTHER, UNICODE_TEXT, t(2))));
    return h;
  }

  /** Ids of the longest length with every allowed punctuation mark; an explanation of the longest length. */
  static History<Case, CaseEvent> maxLengths() {
    String id64 = "A" + "b.c_d:e-f".repeat(7);
    CaseId caseId = CaseId.of(id64);
    History<Case, CaseEvent> h = History.of(Case.open(caseId, ClientId.of(id64), AgencyId.of(id64), ProfessionalId.of(id64),
        T0));
    h = then(h, new CaseCommand.RegisterNeed(NeedId.of(id64), LifeDomain.JUSTICE, Urgency.PRIORITY,
        ProfessionalId.of(id64), t(1)));
    String longest = "x".repeat(Disposition.Unmet.MAX_EXPLANATION - 1) + ".";
    h = then(h, new CaseCommand.DisposeNeed(NeedId.of(id64),
        new Disposition.Unmet(UnmetReason.CLIENT_DECLINED, longest, t(2))));
    h = then(h, new CaseCommand.Close(ClosureReason.CLIENT_WITHDREW, t(3)));
    return h;
  }

  /** The first and the last instant the format can hold. */
  static History<Case, CaseEvent> instantRange() {
    History<Case, CaseEvent> h = open(CaseId.of("0"), Instant.parse("0000-01-01T00:00:00Z"));
    h = then(h, new CaseCommand.Close(ClosureReason.CLIENT_DIED, Instant.parse("9999-12-31T23:59:59.999999999Z")));
    return h;
  }

  static final AgencyId DEBT_SERVICES = AgencyId.of("debt-services");
  static final AgencyId SHELTER = AgencyId.of("shelter-noord");
  static final ProfessionalId DEBT_COUNSELLOR = ProfessionalId.of("dc-wim");
  static final ReferralId DEBT_REFERRAL = ReferralId.of("ref-debt-1");
  static final ReferralId HOUSING_REFERRAL = ReferralId.of("ref-housing-1");
  static final ReferralId SHELTER_REFERRAL = ReferralId.of("ref-shelter-1");

  /**
   * The case side of referrals and the Wgs facts: two urgent threats on the debt need and the first conversation;
   * the debt need referred and handed over (its disposition and accountable professional follow); the housing need
   * referred twice, one loop closed, so that one referral is still open on it.
   */
  static History<Case, CaseEvent> referralsAndThreats() {
    History<Case, CaseEvent> h = open(CaseId.of("case-wgs"), T0);
    h = then(h, new CaseCommand.RegisterNeed(DEBT_NEED, LifeDomain.FINANCES, Urgency.URGENT, MAARTJE, t(1)));
    h = then(h, new CaseCommand.RegisterNeed(HOUSING_NEED, LifeDomain.HOUSING, Urgency.CRISIS, MAARTJE, t(2)));
    h = then(h, new CaseCommand.Activate(t(3)));
    h = then(h, new CaseCommand.ReportUrgentThreat(DEBT_NEED, UrgentThreat.EVICTION, t(4)));
    h = then(h, new CaseCommand.ReportUrgentThreat(DEBT_NEED, UrgentThreat.ENERGY_CUT_OFF, t(4)));
    h = then(h, new CaseCommand.RecordFirstConversation(t(2 * 24 * 60)));
    h = then(h, new CaseCommand.ReferNeed(DEBT_NEED, DEBT_REFERRAL, DEBT_SERVICES, MAARTJE, t(2 * 24 * 60 + 30)));
    h = then(h, new CaseCommand.ReferNeed(HOUSING_NEED, HOUSING_REFERRAL, HOUSING, MAARTJE, t(2 * 24 * 60 + 40)));
    h = then(h, new CaseCommand.ReferNeed(HOUSING_NEED, SHELTER_REFERRAL, SHELTER, MAARTJE, t(2 * 24 * 60 + 50)));
    h = then(h, new CaseCommand.CloseReferralLoop(HOUSING_NEED, HOUSING_REFERRAL, MAARTJE, t(9 * 24 * 60)));
    h = then(h, new CaseCommand.HandOverNeed(DEBT_NEED, DEBT_REFERRAL, DEBT_COUNSELLOR, DEBT_SERVICES,
        t(10 * 24 * 60)));
    return h;
  }

  static AgencyDirectory emptyDirectory() {
    return AgencyDirectory.of(List.of(), List.of());
  }

  static AgencyDirectory cityDirectory() {
    Agency welfare = Agency.of(WELFARE, "Welzijn West", AgencyKind.WELFARE, List.of(
        AgencyService.of("social-work", "Algemeen maatschappelijk werk",
            List.of(LifeDomain.FINANCES, LifeDomain.DOMESTIC_RELATIONS, LifeDomain.SOCIAL_NETWORK)),
        AgencyService.of("elderly-advice", "Ouderenadvies", List.of(LifeDomain.BASIC_ADL, LifeDomain.INSTRUMENTAL_ADL))));
    Agency housing = Agency.of(HOUSING, "Dienst Wonen", AgencyKind.HOUSING_SERVICE, List.of(
        AgencyService.of("urgency-permit", "Urgentieverklaring", List.of(LifeDomain.HOUSING))));
    Agency debt = Agency.of(AgencyId.of("debt-services"), "Schuldhulpverlening", AgencyKind.DEBT_SERVICES, List.of(
        AgencyService.of("debt-rescheduling", "Schuldregeling", List.of(LifeDomain.FINANCES))));
    Agency clinic = Agency.of(AgencyId.of("clinic-jellinek"), "Kliniek", AgencyKind.CLINIC, List.of(
        AgencyService.of("detox", "Detox", List.of(LifeDomain.SUBSTANCE_USE, LifeDomain.PHYSICAL_HEALTH))));
    Agency municipality = Agency.of(AgencyId.of("municipality"), "Gemeente", AgencyKind.MUNICIPALITY, List.of());
    return AgencyDirectory.of(List.of(welfare, housing, debt, clinic, municipality), List.of(
        new Professional(MAARTJE, WELFARE, Role.SOCIAL_WORKER),
        new Professional(KARIM, WELFARE, Role.SOCIAL_WORKER),
        new Professional(ProfessionalId.of("ea-johanna"), WELFARE, Role.ELDERLY_ADVISOR),
        new Professional(ProfessionalId.of("cw-pieter"), WELFARE, Role.COMMUNITY_WORKER),
        new Professional(ProfessionalId.of("tl-fatima"), WELFARE, Role.TEAM_LEAD),
        new Professional(ProfessionalId.of("mgr-sven"), WELFARE, Role.MANAGER),
        new Professional(HOUSING_OFFICER, HOUSING, Role.CIVIL_SERVANT),
        new Professional(ProfessionalId.of("so-housing-1"), HOUSING, Role.SENIOR_OFFICIAL),
        new Professional(ProfessionalId.of("dc-wim"), AgencyId.of("debt-services"), Role.DEBT_COUNSELLOR)));
  }

  static AgencyDirectory unicodeNames() {
    return AgencyDirectory.of(List.of(
        Agency.of(AgencyId.of("stichting-1"), "Stichting \"Ons Huis\" — wijk Noord/Oost & Zuid \\ é 住房 🏠",
            AgencyKind.SHELTER, List.of(AgencyService.of("night-shelter", "Nachtopvang (24/7)",
                List.of(LifeDomain.HOUSING, LifeDomain.MENTAL_HEALTH, LifeDomain.TIME_USE)))),
        Agency.of(AgencyId.of("corporatie"), "Woningcorporatie", AgencyKind.HOUSING_CORPORATION, List.of()),
        Agency.of(AgencyId.of("ggz"), "GGZ", AgencyKind.MENTAL_HEALTH_CARE, List.of()),
        Agency.of(AgencyId.of("dwi"), "Werk en Inkomen", AgencyKind.INCOME_SERVICE, List.of(
            AgencyService.of("benefit", "Bijstand", List.of(LifeDomain.FINANCES, LifeDomain.WORK_AND_EDUCATION,
                LifeDomain.SOCIETAL_PARTICIPATION, LifeDomain.JUSTICE))))),
        List.of());
  }

  /** The events of every type, and every disposition type, one per vector. */
  static ImmutableMap<String, CaseEvent> singleEvents() {
    List<CaseEvent> full = fullLifecycle().events();
    ImmutableMap.Builder<String, CaseEvent> b = ImmutableMap.builder();
    b.put("opened", full.get(0));
    b.put("need-registered", full.get(1));
    b.put("activated", full.get(5));
    b.put("assessment-recorded", full.get(6));
    b.put("waiting-started", full.get(7));
    b.put("resumed", full.get(8));
    b.put("accountability-transferred", full.get(9));
    b.put("need-disposed-handed-over", full.get(10));
    b.put("need-disposed-met", full.get(11));
    b.put("need-disposed-withdrawn-by-client", full.get(12));
    b.put("need-disposed-unmet", full.get(13));
    b.put("assessment-recorded-scores-only", full.get(14));
    b.put("assessment-recorded-rung-only", full.get(15));
    b.put("closed", full.get(16));
    List<CaseEvent> wgs = referralsAndThreats().events();
    b.put("urgent-threat-reported", wgs.get(4));
    b.put("first-conversation-held", wgs.get(6));
    b.put("need-referred", wgs.get(7));
    b.put("referral-loop-closed", wgs.get(10));
    b.put("need-handed-over", wgs.get(11));
    return b.buildOrThrow();
  }

  /** Every canonical document vector, by its path under {@code vectors/v1/}. */
  static ImmutableMap<String, Scenario> documents() {
    ImmutableMap.Builder<String, Scenario> b = ImmutableMap.builder();
    b.put("case/minimal.json", new Scenario(DocumentKind.CASE, minimal()));
    b.put("case/full-lifecycle.json", new Scenario(DocumentKind.CASE, fullLifecycle()));
    b.put("case/open-with-needs.json", new Scenario(DocumentKind.CASE, openWithNeeds()));
    b.put("case/fractional-instants.json", new Scenario(DocumentKind.CASE, fractionalInstants()));
    b.put("case/unicode-explanation.json", new Scenario(DocumentKind.CASE, unicodeExplanation()));
    b.put("case/max-lengths.json", new Scenario(DocumentKind.CASE, maxLengths()));
    b.put("case/instant-range.json", new Scenario(DocumentKind.CASE, instantRange()));
    b.put("case/referrals-and-threats.json", new Scenario(DocumentKind.CASE, referralsAndThreats()));
    for (Map.Entry<String, CaseEvent> e : singleEvents().entrySet()) {
      b.put("case-event/" + e.getKey() + ".json", new Scenario(DocumentKind.CASE_EVENT, e.getValue()));
    }
    b.put("agency-directory/empty.json", new Scenario(DocumentKind.AGENCY_DIRECTORY, emptyDirectory()));
    b.put("agency-directory/city.json", new Scenario(DocumentKind.AGENCY_DIRECTORY, cityDirectory()));
    b.put("agency-directory/unicode-names.json", new Scenario(DocumentKind.AGENCY_DIRECTORY, unicodeNames()));
    ReferralScenarios.histories().forEach((k, v) -> b.put("referral/" + k + ".json",
        new Scenario(DocumentKind.REFERRAL, v)));
    ReferralScenarios.singleEvents().forEach((k, v) -> b.put("referral-event/" + k + ".json",
        new Scenario(DocumentKind.REFERRAL_EVENT, v)));
    b.put("referral/sent-despite-no-capacity.json",
        new Scenario(DocumentKind.REFERRAL, ReferralScenarios.sentDespiteNoCapacity()));
    ReferralScenarios.capacityEvents().forEach((k, v) -> b.put("referral-event/" + k + ".json",
        new Scenario(DocumentKind.REFERRAL_EVENT, v)));
    EscalationScenarios.histories().forEach((k, v) -> b.put("escalation/" + k + ".json",
        new Scenario(DocumentKind.ESCALATION, v)));
    EscalationScenarios.singleEvents().forEach((k, v) -> b.put("escalation-event/" + k + ".json",
        new Scenario(DocumentKind.ESCALATION_EVENT, v)));
    EscalationScenarios.policyHistories().forEach((k, v) -> b.put("escalation/" + k + ".json",
        new Scenario(DocumentKind.ESCALATION, v)));
    EscalationScenarios.policyEvents().forEach((k, v) -> b.put("escalation-event/" + k + ".json",
        new Scenario(DocumentKind.ESCALATION_EVENT, v)));
    b.put("caseload/mandate-policies.json", new Scenario(DocumentKind.CASELOAD, mandatePolicies()));
    SignalScenarios.histories().forEach((k, v) -> b.put("signal/" + k + ".json", new Scenario(DocumentKind.SIGNAL, v)));
    SignalScenarios.singleEvents().forEach((k, v) -> b.put("signal-event/" + k + ".json",
        new Scenario(DocumentKind.SIGNAL_EVENT, v)));
    b.put("caseload/empty.json", new Scenario(DocumentKind.CASELOAD, CaseloadSnapshot.empty()));
    b.put("caseload/city.json", new Scenario(DocumentKind.CASELOAD, cityCaseload()));
    b.put("caseload/roster-only.json", new Scenario(DocumentKind.CASELOAD, rosterOnly()));
    b.put("caseload/service-directory-and-profiles.json", new Scenario(DocumentKind.CASELOAD, gapCaseload()));
    b.put("caseload/outreach-and-withdrawals.json", new Scenario(DocumentKind.CASELOAD, OutreachScenarios.caseload()));
    b.put("findings/none.json", new Scenario(DocumentKind.FINDINGS,
        Findings.of(Instant.parse("2026-09-01T09:00:00Z"), List.of())));
    b.put("findings/three-severities.json", new Scenario(DocumentKind.FINDINGS, someFindings()));
    b.put("findings/structured-en.json", new Scenario(DocumentKind.FINDINGS,
        structuredFindings(FindingText.english())));
    b.put("findings/structured-nl.json", new Scenario(DocumentKind.FINDINGS, structuredFindings(FindingText.dutch())));
    b.put("findings/mandates-en.json", new Scenario(DocumentKind.FINDINGS, mandateFindings(FindingText.english())));
    b.put("findings/mandates-nl.json", new Scenario(DocumentKind.FINDINGS, mandateFindings(FindingText.dutch())));
    b.put("findings/capacity-en.json", new Scenario(DocumentKind.FINDINGS, capacityFindings(FindingText.english())));
    b.put("findings/capacity-nl.json", new Scenario(DocumentKind.FINDINGS, capacityFindings(FindingText.dutch())));
    b.put("case-view/debt-services.json", new Scenario(DocumentKind.CASE_VIEW, debtServicesView()));
    b.put("case-view/nothing-shared.json", new Scenario(DocumentKind.CASE_VIEW, emptyView()));
    b.put("findings/consent-en.json", new Scenario(DocumentKind.FINDINGS, consentFindings(FindingText.english())));
    b.put("findings/consent-nl.json", new Scenario(DocumentKind.FINDINGS, consentFindings(FindingText.dutch())));
    b.put("findings/gaps-en.json", new Scenario(DocumentKind.FINDINGS, gapFindings(FindingText.english())));
    b.put("findings/gaps-nl.json", new Scenario(DocumentKind.FINDINGS, gapFindings(FindingText.dutch())));
    b.put("findings/early-warning-en.json",
        new Scenario(DocumentKind.FINDINGS, earlyWarningFindings(FindingText.english())));
    b.put("findings/early-warning-nl.json",
        new Scenario(DocumentKind.FINDINGS, earlyWarningFindings(FindingText.dutch())));
    b.put("findings/follow-up-referral-en.json",
        new Scenario(DocumentKind.FINDINGS, followUpFindings(FindingText.english())));
    b.put("findings/follow-up-referral-nl.json",
        new Scenario(DocumentKind.FINDINGS, followUpFindings(FindingText.dutch())));
    return b.buildOrThrow();
  }

  /** Every canonical event-stream vector, by its path under {@code vectors/v1/}. */
  static ImmutableMap<String, StreamScenario> streams() {
    EventStreamKind<?, ?> cases = EventStreamKind.CASE_EVENTS;
    return ImmutableMap.<String, StreamScenario>builder()
        .put("case-events/empty.ndjson", new StreamScenario(cases, List.of()))
        .put("case-events/two-cases-interleaved.ndjson", new StreamScenario(cases,
            interleave(List.of(fullLifecycle().events(), openWithNeeds().events()))))
        .put("case-events/unicode.ndjson", new StreamScenario(cases, unicodeExplanation().events()))
        .put("case-events/referrals-and-threats.ndjson", new StreamScenario(cases, referralsAndThreats().events()))
        .put("referral-events/three-referrals-interleaved.ndjson",
            new StreamScenario(EventStreamKind.REFERRAL_EVENTS, ReferralScenarios.interleaved()))
        .put("escalation-events/three-escalations-interleaved.ndjson",
            new StreamScenario(EventStreamKind.ESCALATION_EVENTS, EscalationScenarios.interleaved()))
        .put("signal-events/three-signals-interleaved.ndjson",
            new StreamScenario(EventStreamKind.SIGNAL_EVENTS, SignalScenarios.interleaved()))
        .put("caseload-events/city.ndjson", new StreamScenario(EventStreamKind.CASELOAD_EVENTS,
            eventsOf(cityCaseload()), Optional.of(contextOf(cityCaseload()))))
        .put("caseload-events/interleaved-without-context.ndjson",
            new StreamScenario(EventStreamKind.CASELOAD_EVENTS, cityEventsInterleaved()))
        .put("caseload-events/service-directory-and-profiles.ndjson", new StreamScenario(
            EventStreamKind.CASELOAD_EVENTS, eventsOf(gapCaseload()), Optional.of(contextOf(gapCaseload()))))
        .put("caseload-events/empty.ndjson", new StreamScenario(EventStreamKind.CASELOAD_EVENTS, List.of(),
            Optional.of(CaseloadSnapshot.empty())))
        .put("caseload-events/outreach-and-withdrawals.ndjson", new StreamScenario(EventStreamKind.CASELOAD_EVENTS,
            OutreachScenarios.events(), Optional.of(OutreachScenarios.context())))
        .buildOrThrow();
  }
}
