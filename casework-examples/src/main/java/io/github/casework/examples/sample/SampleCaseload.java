package io.github.casework.examples.sample;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.CaseworkEvent;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.check.Caseload;
import io.github.casework.check.FindingCode;
import io.github.casework.check.SubjectRef;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.HouseholdSituation;
import io.github.casework.directory.IncomeBand;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachCommand;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
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
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.ReferralLoop;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Evidence;
import io.github.casework.signal.Observation;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Response;
import io.github.casework.signal.ResponseKind;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalCommand;
import io.github.casework.signal.SignalEvent;
import io.github.casework.signal.Topic;
import io.github.casework.signal.Trend;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A fictional caseload of one welfare organisation, Welzijn Zuidoost, in one city district (Zuidoost, four
 * neighbourhoods), from September to mid-December 2026: about fifty cases about debts, housing, income, relations
 * and addiction, with referrals to the organisation's debt service and to partner agencies, escalations and
 * signals. Everything is built through the library's own commands, so every aggregate is valid.
 *
 * <p>Most cases are healthy: at {@link #CHECK_AT} the caseload check finds nothing in them. Into the rest the
 * generator plants at least one finding of every {@link FindingCode}, and records each as a {@link Planted}: the
 * code and a subject the finding names. The check at {@link #CHECK_AT} reports exactly the planted findings.
 *
 * <p>Deterministic: the same seed gives the same caseload; the seed changes only the healthy cases (which domains,
 * neighbourhoods, professionals and dates), never what is planted.
 */
public final class SampleCaseload {
  /** The seed of the checked-in sample. */
  public static final long SEED = 20_261_215L;

  /** The instant the sample is meant to be checked at: Tuesday 15 December 2026, 10:00 in Amsterdam. */
  public static final Instant CHECK_AT = Instant.parse("2026-12-15T09:00:00Z");

  /** The first day of the sample, day 0: Tuesday 1 September 2026. */
  static final Instant DAY_ZERO = Instant.parse("2026-09-01T00:00:00Z");

  /** The number of healthy cases (the planted ones come on top). */
  /** The number of healthy cases of {@link #generate(long)}. */
  public static final int HEALTHY_CASES = 34;

  static final ServiceNorms NORMS = ServiceNorms.dutchDefaults();
  static final DataSharingBasis BASIS = new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK,
      "Wmo 2015 art. 2.3.5");

  static final Agency WELFARE = Agency.of(AgencyId.of("welzijn-zuidoost"), "Welzijn Zuidoost", AgencyKind.WELFARE,
      List.of(AgencyService.of("social-work", "Social work (maatschappelijk werk)", List.of(LifeDomain.FINANCES,
          LifeDomain.HOUSING, LifeDomain.DOMESTIC_RELATIONS, LifeDomain.SOCIAL_NETWORK, LifeDomain.SUBSTANCE_USE))));
  static final Agency DEBT = Agency.of(AgencyId.of("schuldhulp-zuidoost"), "Schuldhulp Zuidoost",
      AgencyKind.DEBT_SERVICES, List.of(AgencyService.of("debt-assistance", "Debt assistance (schuldhulpverlening)",
          List.of(LifeDomain.FINANCES))));
  static final Agency INCOME = Agency.of(AgencyId.of("dwi"), "Dienst Werk en Inkomen", AgencyKind.INCOME_SERVICE,
      List.of(AgencyService.of("income-support", "Income support (uitkering)", List.of(LifeDomain.FINANCES))));
  static final Agency HOUSING_SERVICE = Agency.of(AgencyId.of("dienst-wonen"), "Dienst Wonen",
      AgencyKind.HOUSING_SERVICE, List.of(AgencyService.of("housing-priority", "Priority for housing (urgentie)",
          List.of(LifeDomain.HOUSING))));
  static final Agency CORPORATION = Agency.of(AgencyId.of("woonstad"), "Woonstad", AgencyKind.HOUSING_CORPORATION,
      List.of(AgencyService.of("housing-allocation", "Housing allocation", List.of(LifeDomain.HOUSING))));
  static final Agency SHELTER = Agency.of(AgencyId.of("hvo"), "HVO (Hulp voor Onbehuisden)", AgencyKind.SHELTER,
      List.of(AgencyService.of("night-shelter", "Night shelter (nachtopvang)", List.of(LifeDomain.HOUSING))));
  static final Agency CLINIC = Agency.of(AgencyId.of("kliniek-noord"), "Kliniek Noord", AgencyKind.CLINIC,
      List.of(AgencyService.of("detox", "Detoxification (afkicken)", List.of(LifeDomain.SUBSTANCE_USE)),
          AgencyService.of("outpatient", "Outpatient addiction care", List.of(LifeDomain.SUBSTANCE_USE))));

  /**
   * The housing services of the directory the gap check reads (the agencies' other services are not listed): the
   * housing service's priority only for households with children (the age rule after a divorce was dropped), the
   * night shelter for adults out of work who are addicted, psychiatrically ill or without a registered address
   * (its waiting list of unknown length), and the corporation's allocation for registered households.
   */
  static final ServiceDirectory DIRECTORY = ServiceDirectory.of(List.of(WELFARE, DEBT, INCOME, HOUSING_SERVICE,
      CORPORATION, SHELTER, CLINIC),
      List.of(
          ServiceListing.open(HOUSING_SERVICE.id(), "housing-priority")
              .withEligibility(Eligibility.parse("household in (single-parent, couple-with-children)")),
          ServiceListing.open(SHELTER.id(), "night-shelter")
              .withEligibility(Eligibility.parse("age 23.. and not employed and (addiction or psychiatric-condition "
                  + "or not registered-address)"))
              .withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.UNDETERMINED, Instant.parse(
                  "2026-12-14T08:00:00Z"))),
          ServiceListing.open(CORPORATION.id(), "housing-allocation")
              .withEligibility(Eligibility.parse("registered-address and household in (couple, "
                  + "couple-with-children, single-parent)"))));

  static final ImmutableList<Professional> SOCIAL_WORKERS = ImmutableList.of(
      worker("sw-anouk"), worker("sw-bram"), worker("sw-chantal"), worker("sw-dewi"));
  static final ImmutableList<Professional> DEBT_COUNSELLORS = ImmutableList.of(
      new Professional(ProfessionalId.of("dc-emre"), DEBT.id(), Role.DEBT_COUNSELLOR),
      new Professional(ProfessionalId.of("dc-fleur"), DEBT.id(), Role.DEBT_COUNSELLOR));
  static final Professional TEAM_LEAD = new Professional(ProfessionalId.of("tl-zuidoost"), WELFARE.id(),
      Role.TEAM_LEAD);
  static final Professional MANAGER = new Professional(ProfessionalId.of("mgr-zuidoost"), WELFARE.id(),
      Role.MANAGER);
  static final Professional CLINIC_INTAKE = new Professional(ProfessionalId.of("kn-intake"), CLINIC.id(),
      Role.SOCIAL_WORKER);
  static final Professional CLINIC_LEAD = new Professional(ProfessionalId.of("kn-team-lead"), CLINIC.id(),
      Role.TEAM_LEAD);
  static final Professional DW_OFFICIAL = new Professional(ProfessionalId.of("dw-official"), HOUSING_SERVICE.id(),
      Role.CIVIL_SERVANT);
  static final Professional DW_SENIOR = new Professional(ProfessionalId.of("dw-senior-official"),
      HOUSING_SERVICE.id(), Role.SENIOR_OFFICIAL);
  static final Professional DWI_MANAGER = new Professional(ProfessionalId.of("dwi-manager"), INCOME.id(),
      Role.MANAGER);
  /** A social worker who left the organisation; not on the roster. */
  static final Professional LEFT = worker("sw-vertrokken");

  /** Social workers may address a frontline official on their own; team leads up to management. */
  static final Mandates MANDATES = Mandates.of(List.of(
      Mandate.of(WELFARE.id(), Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL),
      Mandate.of(WELFARE.id(), Role.TEAM_LEAD, LadderLevel.MANAGEMENT)));

  static final ImmutableList<Area> NEIGHBOURHOODS = ImmutableList.of(Area.of("bijlmer-centrum"),
      Area.of("bijlmer-oost"), Area.of("gaasperdam"), Area.of("driemond"));

  /**
   * A finding the generator planted: its code and a subject the finding names.
   *
   * @param code the finding's code, not null
   * @param subject a subject the finding names, not null
   * @param story what was planted, in a few words, not null
   */
  public record Planted(FindingCode code, SubjectRef subject, String story) {
    /**
     * Validates the components.
     *
     * @param code the finding's code, not null
     * @param subject a subject the finding names, not null
     * @param story what was planted, in a few words, not null
     */
    public Planted {
      requireNonNull(code, "code");
      requireNonNull(subject, "subject");
      requireNonNull(story, "story");
    }
  }

  /**
   * The generated sample.
   *
   * @param caseload the caseload, not null
   * @param events every event of every aggregate, ordered by time (each aggregate's own events in order), not null
   * @param planted the planted findings, in the order of {@link FindingCode}, not null
   * @param plantedOutreach the planted findings about outreach cases of early signals, in the order of
   *     {@link FindingCode}; the caseload files carry the outreach cases (in the optional {@code outreach} member
   *     and {@code outreach.*} lines of wire format version 1), so a check of {@code samples/caseload.json} reports
   *     these too, not null
   * @param outreachEvents the events of every outreach case, case after case in the order the cases were opened,
   *     each case's in order, not null
   */
  public record Sample(Caseload caseload, ImmutableList<CaseworkEvent> events, ImmutableList<Planted> planted,
      ImmutableList<Planted> plantedOutreach, ImmutableList<OutreachEvent> outreachEvents) {

    /**
     * Returns the caseload as the caseload files ({@code samples/caseload.json}, {@code .ndjson}) hold it: since
     * the wire format carries outreach cases, the whole caseload.
     *
     * @return the caseload
     */
    public Caseload caseloadInFiles() {
      return caseload;
    }
  }

  private SampleCaseload() {}

  /**
   * Generates the sample caseload.
   *
   * @param seed the seed of the healthy cases
   * @return the sample
   */
  public static Sample generate(long seed) {
    return generate(seed, HEALTHY_CASES);
  }

  /**
   * Generates the sample caseload with another number of healthy cases: a large synthetic export (the planted
   * findings are the same; the healthy cases are numbered {@code case-001} on, and the first
   * {@value #HEALTHY_CASES} are those of {@link #generate(long)} with the same seed).
   *
   * @param seed the seed of the healthy cases
   * @param healthyCases how many healthy cases, at least 1
   * @return the sample
   * @throws IllegalArgumentException if {@code healthyCases} is less than 1
   */
  public static Sample generate(long seed, int healthyCases) {
    if (healthyCases < 1) {
      throw new IllegalArgumentException("healthyCases must be at least 1");
    }
    World world = new World(new SplittableRandom(seed));
    world.healthyCases = healthyCases;
    return world.build();
  }

  private static Professional worker(String id) {
    return new Professional(ProfessionalId.of(id), WELFARE.id(), Role.SOCIAL_WORKER);
  }

  /** Day {@code d} of the sample at {@code hour}:{@code minute} UTC. */
  static Instant day(int d, int hour, int minute) {
    return DAY_ZERO.plus(Duration.ofDays(d)).plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
  }

  static Instant day(int d, int hour) {
    return day(d, hour, 0);
  }

  /** The aggregates as they are built, with every event in the order decided. */
  private static final class World {
    private final SplittableRandom random;
    private final Map<CaseId, Case> cases = new LinkedHashMap<>();
    private final Map<ReferralId, Referral> referrals = new LinkedHashMap<>();
    private final Map<EscalationId, Escalation> escalations = new LinkedHashMap<>();
    private final Map<SignalId, Signal> signals = new LinkedHashMap<>();
    private final Map<CaseId, Area> areas = new LinkedHashMap<>();
    private final Map<CaseId, ClientProfile> profiles = new LinkedHashMap<>();
    private final List<CaseworkEvent> events = new ArrayList<>();
    private final List<Planted> planted = new ArrayList<>();
    private int healthyCases = HEALTHY_CASES;
    private final Map<OutreachId, OutreachCase> outreach = new LinkedHashMap<>();
    private final List<Planted> plantedOutreach = new ArrayList<>();
    private final Map<OutreachId, List<OutreachEvent>> outreachEvents = new LinkedHashMap<>();

    World(SplittableRandom random) {
      this.random = random;
    }

    Sample build() {
      for (int i = 1; i <= healthyCases; i++) {
        healthy(i);
      }
      plantOrphanedNeed();
      plantClosedCaseWithOpenReferral();
      plantReferralOfUnknownNeed();
      plantStaleReferrals();
      plantPingPong();
      plantDeadlock();
      plantDebtNorms();
      plantEscalations();
      plantSignals();
      plantStructuralSignal();
      plantSentWithoutCapacity();
      plantGaps();
      healthyEscalationAndSignals();
      earlyWarning();
      Caseload caseload = Caseload.builder()
          .agencies(List.of(WELFARE, DEBT, INCOME, HOUSING_SERVICE, CORPORATION, SHELTER, CLINIC))
          .professionals(ImmutableList.<Professional>builder().addAll(SOCIAL_WORKERS).addAll(DEBT_COUNSELLORS)
              .add(TEAM_LEAD, MANAGER, CLINIC_INTAKE, CLINIC_LEAD, DW_OFFICIAL, DW_SENIOR, DWI_MANAGER).build())
          .mandates(MANDATES)
          .cases(cases.values())
          .referrals(referrals.values())
          .escalations(escalations.values())
          .signals(signals.values())
          .areas(ImmutableMap.copyOf(areas))
          .directory(DIRECTORY)
          .profiles(profiles)
          .outreach(outreach.values())
          .build();
      ImmutableList<CaseworkEvent> ordered =
          ImmutableList.sortedCopyOf(Comparator.comparing(CaseworkEvent::at), events);
      ImmutableList<Planted> plants = ImmutableList.sortedCopyOf(Comparator.comparing(Planted::code), planted);
      return new Sample(caseload, ordered, plants,
          ImmutableList.sortedCopyOf(Comparator.comparing(Planted::code), plantedOutreach),
          outreachEvents.values().stream().flatMap(List::stream).collect(ImmutableList.toImmutableList()));
    }

    // ----- healthy cases -----

    private void healthy(int n) {
      int opened = random.nextInt(0, 96);
      int hour = random.nextInt(7, 14);
      Area area = NEIGHBOURHOODS.get(random.nextInt(NEIGHBOURHOODS.size()));
      String id = "case-" + String.format("%03d", n);
      int kind = random.nextInt(10);
      if (kind < 3) {
        // Debts: a case at the debt service, with the first conversation well within the Wgs norm.
        Professional counsellor = DEBT_COUNSELLORS.get(random.nextInt(DEBT_COUNSELLORS.size()));
        Case c = open(id, counsellor, LifeDomain.FINANCES, Urgency.PRIORITY, day(opened, hour), area);
        decide(c, new CaseCommand.RecordFirstConversation(day(opened + random.nextInt(1, 9), hour)));
        return;
      }
      Professional worker = SOCIAL_WORKERS.get(random.nextInt(SOCIAL_WORKERS.size()));
      LifeDomain domain;
      Agency to;
      String service;
      if (kind < 5) {
        domain = LifeDomain.HOUSING;
        to = CORPORATION;
        service = "housing-allocation";
      } else if (kind < 7) {
        domain = LifeDomain.FINANCES;
        to = INCOME;
        service = "income-support";
      } else if (kind < 8) {
        domain = LifeDomain.SUBSTANCE_USE;
        to = CLINIC;
        service = "outpatient";
      } else {
        domain = LifeDomain.DOMESTIC_RELATIONS;
        to = null;
        service = "";
      }
      Case c = open(id, worker, domain, Urgency.ROUTINE, day(opened, hour), area);
      if (to == null) {
        // Relations: social work's own help; some needs are met already.
        if (opened + 30 < 100 && random.nextBoolean()) {
          c = decide(c, new CaseCommand.DisposeNeed(need(domain), new Disposition.Met(day(opened + 30, hour))));
          decide(c, new CaseCommand.Close(ClosureReason.GOALS_REACHED, day(opened + 31, hour)));
        }
        return;
      }
      int sent = opened + random.nextInt(1, 4);
      ReferralId referralId = ReferralId.of("ref-" + String.format("%03d", n));
      ReferralLoop loop = draft(c, referralId, worker, to, service, day(sent, hour));
      loop = step(loop, new ReferralCommand.RecordBasis(BASIS, day(sent, hour)), send(day(sent, hour, 5)),
          new ReferralCommand.Accept(day(sent + 1, hour)), new ReferralCommand.Start(day(sent + 2, hour)));
      if (sent <= 77) {
        // Old enough to be done: completed, the loop closed by the referrer, the need met.
        int done = sent + random.nextInt(5, 21);
        loop = step(loop, new ReferralCommand.Complete(ReferralOutcome.NEED_MET, day(done, hour)),
            new ReferralCommand.AcknowledgeOutcome(worker.id(), day(done + 1, hour)));
        c = decide(loop.caseFile(), new CaseCommand.DisposeNeed(need(domain), new Disposition.Met(
            day(done + 1, hour, 30))));
        if (random.nextBoolean()) {
          decide(c, new CaseCommand.Close(ClosureReason.GOALS_REACHED, day(done + 2, hour)));
        }
      }
      // Otherwise still in progress: its follow-up (four weeks after sending) is due after the check.
    }

    // ----- planted findings -----

    private void plantOrphanedNeed() {
      // Her social worker left the organisation; nobody took over the open need (tussen wal en schip).
      Case c = open("case-orphan", LEFT, LifeDomain.DOMESTIC_RELATIONS, Urgency.PRIORITY, day(20, 9),
          NEIGHBOURHOODS.get(1));
      plant(FindingCode.NEED_ORPHANED, SubjectRef.need(c.id(), need(LifeDomain.DOMESTIC_RELATIONS)),
          "the accountable social worker left the organisation");
    }

    private void plantClosedCaseWithOpenReferral() {
      // The referral system still has the housing referral open; the case system closed the case.
      Professional w = SOCIAL_WORKERS.get(0);
      Case c = open("case-closed-open-ref", w, LifeDomain.HOUSING, Urgency.ROUTINE, day(88, 9),
          NEIGHBOURHOODS.get(0));
      ReferralId id = ReferralId.of("ref-closed-open");
      Referral r = referral(Referral.draft(id, c.client(), c.id(), need(LifeDomain.HOUSING), LifeDomain.HOUSING,
          WELFARE.id(), w.id(), CORPORATION.id(), "housing-allocation", day(95, 9)));
      r = referral(r, new ReferralCommand.RecordBasis(BASIS, day(95, 9)), send(day(95, 10)),
          new ReferralCommand.Accept(day(96, 9)));
      c = decide(c, new CaseCommand.DisposeNeed(need(LifeDomain.HOUSING), new Disposition.Met(day(97, 9))));
      decide(c, new CaseCommand.Close(ClosureReason.GOALS_REACHED, day(97, 10)));
      plant(FindingCode.CASE_CLOSED_WITH_OPEN_REFERRAL, SubjectRef.of(c.id()),
          "a case closed in one system while its referral is open in another");
    }

    private void plantReferralOfUnknownNeed() {
      Professional w = SOCIAL_WORKERS.get(1);
      Case c = open("case-unknown-need", w, LifeDomain.HOUSING, Urgency.ROUTINE, day(25, 9), NEIGHBOURHOODS.get(2));
      ReferralId id = ReferralId.of("ref-unknown-need");
      Referral r = referral(Referral.draft(id, c.client(), c.id(), NeedId.of("need-income"), LifeDomain.FINANCES,
          WELFARE.id(), w.id(), INCOME.id(), "income-support", day(30, 9)));
      referral(r, new ReferralCommand.RecordBasis(BASIS, day(30, 9)), send(day(30, 10)),
          new ReferralCommand.Accept(day(31, 9)), new ReferralCommand.Start(day(31, 10)),
          new ReferralCommand.Complete(ReferralOutcome.NEED_MET, day(45, 9)),
          new ReferralCommand.AcknowledgeOutcome(w.id(), day(46, 9)));
      plant(FindingCode.REFERRAL_UNKNOWN_NEED, SubjectRef.of(id), "a referral names a need its case does not have");
    }

    private void plantStaleReferrals() {
      // No response from Dienst Wonen.
      Professional w = SOCIAL_WORKERS.get(2);
      Case c = open("case-no-response", w, LifeDomain.HOUSING, Urgency.URGENT, day(78, 9), NEIGHBOURHOODS.get(0));
      ReferralId noResponse = ReferralId.of("ref-no-response");
      ReferralLoop loop = draft(c, noResponse, w, HOUSING_SERVICE, "housing-priority", day(80, 9));
      step(loop, new ReferralCommand.RecordBasis(BASIS, day(80, 9)), send(day(80, 10)),
          new ReferralCommand.Receive(day(81, 9)));
      plant(FindingCode.REFERRAL_RESPONSE_OVERDUE, SubjectRef.of(noResponse), "no response from Dienst Wonen");

      // Accepted by the clinic, but no outcome reported back.
      Professional w2 = SOCIAL_WORKERS.get(3);
      Case c2 = open("case-no-outcome", w2, LifeDomain.SUBSTANCE_USE, Urgency.PRIORITY, day(38, 9),
          NEIGHBOURHOODS.get(3));
      ReferralId noOutcome = ReferralId.of("ref-no-outcome");
      loop = draft(c2, noOutcome, w2, CLINIC, "outpatient", day(40, 9));
      step(loop, new ReferralCommand.RecordBasis(BASIS, day(40, 9)), send(day(40, 10)),
          new ReferralCommand.Accept(day(42, 9)), new ReferralCommand.Start(day(45, 9)));
      plant(FindingCode.REFERRAL_OUTCOME_OVERDUE, SubjectRef.of(noOutcome), "no outcome from the clinic");

      // On the debt service's waiting list past the expected start (wachtlijst).
      Professional w3 = SOCIAL_WORKERS.get(0);
      Case c3 = open("case-waitlist", w3, LifeDomain.FINANCES, Urgency.PRIORITY, day(48, 9), NEIGHBOURHOODS.get(1));
      ReferralId waitlisted = ReferralId.of("ref-waitlist");
      loop = draft(c3, waitlisted, w3, DEBT, "debt-assistance", day(50, 9));
      step(loop, new ReferralCommand.RecordBasis(BASIS, day(50, 9)), send(day(50, 10)),
          new ReferralCommand.Waitlist(day(80, 9), day(52, 9)));
      plant(FindingCode.REFERRAL_WAITLIST_OVERDUE, SubjectRef.of(waitlisted),
          "still on the debt service's waiting list after the expected start");
    }

    private void plantPingPong() {
      // The income need goes to Dienst Werk en Inkomen three times and comes back each time.
      Professional w = SOCIAL_WORKERS.get(1);
      Case c = open("case-ping-pong", w, LifeDomain.FINANCES, Urgency.URGENT, day(38, 9), NEIGHBOURHOODS.get(0));
      ReferralId first = null;
      for (int round = 1; round <= 3; round++) {
        int d = 40 + 15 * (round - 1);
        ReferralId id = ReferralId.of("ref-ping-pong-" + round);
        first = first == null ? id : first;
        ReferralLoop loop = draft(c, id, w, INCOME, "income-support", day(d, 9));
        loop = step(loop, new ReferralCommand.RecordBasis(BASIS, day(d, 9)), send(day(d, 10)),
            new ReferralCommand.Refuse(new Refusal.NotEligible("missing documents"), day(d + 3, 9)),
            new ReferralCommand.AcknowledgeOutcome(w.id(), day(d + 3, 14)));
        c = loop.caseFile();
      }
      plant(FindingCode.REFERRAL_PING_PONG, SubjectRef.of(first), "an income need sent to DWI three times");
    }

    private void plantDeadlock() {
      // The seed: the clinic wants the social problems solved first, social work wants detox first.
      Professional w = SOCIAL_WORKERS.get(2);
      Case welfare = open("case-deadlock", w, LifeDomain.SUBSTANCE_USE, Urgency.URGENT, day(75, 9),
          NEIGHBOURHOODS.get(2));
      Case clinic = open("case-deadlock-kliniek", CLINIC_INTAKE, LifeDomain.SOCIAL_NETWORK, Urgency.URGENT,
          day(75, 13), null);
      // The clinic's case has the same client.
      ReferralId detox = ReferralId.of("ref-detox");
      ReferralLoop loop = draft(welfare, detox, w, CLINIC, "detox", day(76, 9));
      step(loop, new ReferralCommand.RecordBasis(BASIS, day(76, 9)), send(day(76, 10)),
          new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SOCIAL_NETWORK, WELFARE.id()),
              day(78, 9)),
          new ReferralCommand.AcknowledgeOutcome(w.id(), day(78, 14)));
      loop = draft(clinic, ReferralId.of("ref-support"), CLINIC_INTAKE, WELFARE, "social-work", day(82, 9));
      step(loop, new ReferralCommand.RecordBasis(BASIS, day(82, 9)), send(day(82, 10)),
          new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, CLINIC.id()),
              day(84, 9)),
          new ReferralCommand.AcknowledgeOutcome(CLINIC_INTAKE.id(), day(84, 14)));
      plant(FindingCode.PRECONDITION_DEADLOCK, SubjectRef.of(detox),
          "the clinic and social work each wait for the other");
    }

    private void plantSentWithoutCapacity() {
      // The night shelter said it has no beds and no waiting list; the referral went out anyway, yesterday.
      Professional w = SOCIAL_WORKERS.get(1);
      Case c = open("case-no-capacity", w, LifeDomain.HOUSING, Urgency.URGENT, day(103, 9), NEIGHBOURHOODS.get(1));
      ReferralId id = ReferralId.of("ref-no-capacity");
      ReferralCommand.Send norm = send(day(104, 10));
      step(draft(c, id, w, SHELTER, "night-shelter", day(104, 9)), new ReferralCommand.RecordBasis(BASIS, day(104, 9)),
          new ReferralCommand.Send(norm.response(), norm.followUp(), norm.at(), Optional.of(Capacity.NO)));
      plant(FindingCode.REFERRAL_SENT_WITHOUT_CAPACITY, SubjectRef.of(id),
          "a referral to the night shelter, which had said it has no capacity");
    }

    private void plantGaps() {
      // "Just like all those other divorced men": five working, divorced men in Gaasperdam whom no housing rule
      // admits since the age rule was dropped. Each is a regulatory gap; together they are a pattern.
      for (int n = 1; n <= 5; n++) {
        Professional w = SOCIAL_WORKERS.get(n % SOCIAL_WORKERS.size());
        Case c = open("case-divorced-" + n, w, LifeDomain.HOUSING, Urgency.URGENT, day(95 + n, 10),
            NEIGHBOURHOODS.get(2));
        profiles.put(c.id(), ClientProfile.builder().age(48 + 2 * n).household(HouseholdSituation.DIVORCED)
            .employed(true).income(IncomeBand.UP_TO_120_PERCENT).registeredAddress(true).insured(true)
            .addiction(false).psychiatricCondition(false).area(NEIGHBOURHOODS.get(2)).build());
        plant(FindingCode.NEED_REGULATORY_GAP, SubjectRef.need(c.id(), need(LifeDomain.HOUSING)),
            "a divorced working man whom no housing rule admits");
      }
      plant(FindingCode.RECURRING_GAP_PROPOSED, SubjectRef.of(CaseId.of("case-divorced-1")),
          "the same regulatory gap in five cases of Gaasperdam");
      // An addicted man sleeping rough is eligible for the night shelter only, and its waiting list has no end date.
      Professional w = SOCIAL_WORKERS.get(2);
      Case c = open("case-shelter-wait", w, LifeDomain.HOUSING, Urgency.URGENT, day(101, 11), NEIGHBOURHOODS.get(0));
      profiles.put(c.id(), ClientProfile.builder().age(41).household(HouseholdSituation.SINGLE).employed(false)
          .registeredAddress(false).addiction(true).build());
      plant(FindingCode.NEED_CAPACITY_GAP, SubjectRef.need(c.id(), need(LifeDomain.HOUSING)),
          "eligible only for the night shelter, whose waiting list has no end date");
    }

    private void plantDebtNorms() {
      // An eviction threat on 8 December with no conversation three working days later.
      Professional dc = DEBT_COUNSELLORS.get(0);
      Case urgent = open("case-eviction", dc, LifeDomain.FINANCES, Urgency.CRISIS, day(98, 8), NEIGHBOURHOODS.get(3));
      decide(urgent, new CaseCommand.ReportUrgentThreat(need(LifeDomain.FINANCES), UrgentThreat.EVICTION,
          day(98, 9)));
      plant(FindingCode.URGENT_DEBT_THREAT_OVERDUE, SubjectRef.of(urgent.id()),
          "an eviction threat without a conversation within three working days");
      // A request for debt assistance of 31 October, still without a first conversation.
      Professional dc2 = DEBT_COUNSELLORS.get(1);
      Case waiting = open("case-no-conversation", dc2, LifeDomain.FINANCES, Urgency.PRIORITY, day(60, 9),
          NEIGHBOURHOODS.get(0));
      plant(FindingCode.FIRST_CONVERSATION_OVERDUE, SubjectRef.of(waiting.id()),
          "no first conversation within four weeks");
    }

    private void plantEscalations() {
      // Straight to management at DWI, beyond the social worker's advisory mandate (frontline official), for an
      // urgent need; the exception was granted, but her manager was never told, weeks past the two working days.
      Professional w = SOCIAL_WORKERS.get(3);
      Case c = open("case-mandate", w, LifeDomain.FINANCES, Urgency.URGENT, day(45, 9), NEIGHBOURHOODS.get(1));
      EscalationId beyond = EscalationId.of("esc-beyond-mandate");
      Escalation e = escalation(Escalation.raise(beyond, EscalationSubject.need(c.id(), need(LifeDomain.FINANCES),
          LifeDomain.FINANCES), EscalationReason.RULE_CONFLICT, Target.of(INCOME), w, MANDATES.mandateOf(w),
          Route.DIRECT, day(50, 9)));
      escalation(e, EscalationCommand.Climb.beyondMandate(LadderLevel.MANAGEMENT, DWI_MANAGER.id(),
              BeyondMandateReason.URGENT_NEED, day(50, 11)),
          new EscalationCommand.Resolve(Outcome.EXCEPTION_GRANTED, day(56, 9)));
      plant(FindingCode.ESCALATION_BEYOND_MANDATE, SubjectRef.of(beyond),
          "management addressed beyond the social worker's mandate, her manager not told within two working days");

      // Two more social workers of Welzijn Zuidoost went beyond the same mandate this quarter, told their manager the
      // next day, and got priority: with the exception above, three successes beyond one mandate for three clients.
      for (int n = 1; n <= 2; n++) {
        Professional worker = SOCIAL_WORKERS.get(n);
        Case wider = open("case-wider-" + n, worker, LifeDomain.HOUSING, Urgency.URGENT, day(60 + 4 * n, 9),
            NEIGHBOURHOODS.get(2));
        Escalation widened = escalation(Escalation.raise(EscalationId.of("esc-wider-" + n), EscalationSubject.need(
            wider.id(), need(LifeDomain.HOUSING), LifeDomain.HOUSING), EscalationReason.RULE_CONFLICT,
            Target.of(HOUSING_SERVICE), worker, MANDATES.mandateOf(worker), Route.DIRECT, day(62 + 4 * n, 9)));
        escalation(widened, EscalationCommand.Climb.beyondMandate(LadderLevel.SUPERVISOR, DW_SENIOR.id(),
                BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, day(62 + 4 * n, 11)),
            new EscalationCommand.InformManager(day(63 + 4 * n, 9)),
            new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, day(65 + 4 * n, 9)));
      }
      plant(FindingCode.MANDATE_WIDENING_PROPOSED, SubjectRef.of(WELFARE.id()),
          "three escalations beyond the social workers' mandate succeeded in one quarter: widen the mandate?");

      // The frontline official at Dienst Wonen has not answered for weeks.
      Professional w2 = SOCIAL_WORKERS.get(0);
      Case c2 = open("case-stalled", w2, LifeDomain.HOUSING, Urgency.URGENT, day(58, 9), NEIGHBOURHOODS.get(3));
      EscalationId stalled = EscalationId.of("esc-stalled");
      Escalation s = escalation(Escalation.raise(stalled, EscalationSubject.need(c2.id(), need(LifeDomain.HOUSING),
          LifeDomain.HOUSING), EscalationReason.REGULATORY_GAP, Target.of(HOUSING_SERVICE), w2,
          MANDATES.mandateOf(w2), Route.DIRECT, day(60, 9)));
      escalation(s, new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, DW_OFFICIAL.id(), day(61, 9)));
      plant(FindingCode.ESCALATION_STALLED, SubjectRef.of(stalled), "no answer from the frontline official");
    }

    private void plantSignals() {
      Observation debtsQ3 = new Observation(Quarter.of(2026, 3), NEIGHBOURHOODS.get(1),
          Topic.of(LifeDomain.FINANCES, "young adults with debts after turning eighteen"), Trend.INCREASING,
          Evidence.ofCounts(7, 0, 4));
      SignalId overdue = SignalId.of("sig-young-debts");
      Signal s = signal(Signal.raise(overdue, List.of(SOCIAL_WORKERS.get(0).id(), SOCIAL_WORKERS.get(1).id()),
          Addressee.of(WELFARE.id(), Role.MANAGER), debtsQ3, day(5, 9)));
      signal(s, new SignalCommand.Acknowledge(MANAGER.id(), day(12, 9)));
      plant(FindingCode.SIGNAL_RESPONSE_OVERDUE, SubjectRef.of(overdue), "a signal owed a response for over a quarter");

      Observation lonelyQ3 = new Observation(Quarter.of(2026, 3), NEIGHBOURHOODS.get(3),
          Topic.of(LifeDomain.SOCIAL_NETWORK, "isolated elderly after the library closed"), Trend.NEW,
          Evidence.ofCounts(5, 0, 0));
      SignalId feedback = SignalId.of("sig-isolated-elderly");
      Signal f = signal(Signal.raise(feedback, List.of(SOCIAL_WORKERS.get(2).id(), SOCIAL_WORKERS.get(3).id()),
          Addressee.of(WELFARE.id(), Role.TEAM_LEAD), lonelyQ3, day(2, 9)));
      signal(f, new SignalCommand.Acknowledge(TEAM_LEAD.id(), day(9, 9)),
          new SignalCommand.Respond(Response.of(ResponseKind.NEW_SERVICE), TEAM_LEAD.id(), day(30, 9)),
          SignalCommand.GiveFeedback.of(List.of(SOCIAL_WORKERS.get(2).id()), day(33, 9)));
      plant(FindingCode.SIGNAL_FEEDBACK_OVERDUE, SubjectRef.of(feedback),
          "an answered signal whose feedback reached one of its two raisers");
    }

    private void plantStructuralSignal() {
      // The night shelter is full for five homeless clients in Gaasperdam this quarter.
      Area gaasperdam = NEIGHBOURHOODS.get(2);
      SubjectRef first = null;
      for (int n = 1; n <= 5; n++) {
        Professional w = SOCIAL_WORKERS.get(n % SOCIAL_WORKERS.size());
        int d = 35 + 11 * n;
        Case c = open("case-shelter-" + n, w, LifeDomain.HOUSING, Urgency.CRISIS, day(d, 9), gaasperdam);
        ReferralId id = ReferralId.of("ref-shelter-" + n);
        first = first == null ? SubjectRef.of(id) : first;
        ReferralLoop loop = draft(c, id, w, SHELTER, "night-shelter", day(d, 10));
        step(loop, new ReferralCommand.RecordBasis(BASIS, day(d, 10)), send(day(d, 11)),
            new ReferralCommand.Refuse(new Refusal.NoCapacity(), day(d + 1, 9)),
            new ReferralCommand.AcknowledgeOutcome(w.id(), day(d + 1, 10)));
      }
      plant(FindingCode.STRUCTURAL_SIGNAL_PROPOSED, first,
          "the night shelter refused five clients in one neighbourhood in one quarter");
    }

    private void healthyEscalationAndSignals() {
      // Within the mandate, via the own manager, answered: no finding.
      Professional w = SOCIAL_WORKERS.get(1);
      Case c = open("case-priority", w, LifeDomain.HOUSING, Urgency.URGENT, day(30, 9), NEIGHBOURHOODS.get(0));
      Escalation e = escalation(Escalation.raise(EscalationId.of("esc-priority"), EscalationSubject.need(c.id(),
          need(LifeDomain.HOUSING), LifeDomain.HOUSING), EscalationReason.RULE_CONFLICT,
          Target.of(HOUSING_SERVICE), w, MANDATES.mandateOf(w), Route.VIA_OWN_MANAGER, day(33, 9)));
      escalation(e, new EscalationCommand.Climb(LadderLevel.SUPERVISOR, DW_SENIOR.id(), day(34, 9)),
          new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, day(40, 9)));
      // A signal answered, fed back to everyone who raised it, and closed.
      Signal s = signal(Signal.raise(SignalId.of("sig-energy-debts"), List.of(SOCIAL_WORKERS.get(0).id(),
              DEBT_COUNSELLORS.get(0).id()), Addressee.of(WELFARE.id(), Role.MANAGER),
          new Observation(Quarter.of(2026, 3), NEIGHBOURHOODS.get(0),
              Topic.of(LifeDomain.FINANCES, "households with energy debts"), Trend.INCREASING,
              Evidence.ofCounts(9, 1, 0)), day(3, 9)));
      signal(s, new SignalCommand.Acknowledge(MANAGER.id(), day(6, 9)),
          new SignalCommand.Respond(Response.of(ResponseKind.RAISED_WITH_MUNICIPALITY), MANAGER.id(), day(20, 9)),
          SignalCommand.GiveFeedback.of(s.raisers(), day(22, 9)),
          new SignalCommand.Close(day(22, 10)));
      // A signal raised this month, not yet due.
      signal(Signal.raise(SignalId.of("sig-rent-arrears"), List.of(SOCIAL_WORKERS.get(3).id()),
          Addressee.of(WELFARE.id(), Role.MANAGER), new Observation(Quarter.of(2026, 4), NEIGHBOURHOODS.get(3),
              Topic.of(LifeDomain.FINANCES, "rent arrears after the benefit change"), Trend.NEW,
              Evidence.ofCounts(4, 0, 0)), day(99, 9)));
    }

    // ----- early signals of payment arrears (vroegsignalering) -----

    /**
     * Welzijn Zuidoost does the municipality's outreach on early signals in the district. One household's rent
     * arrears come in as a crisis signal (eviction near) and its energy arrears a week later: bundled into one
     * case, reached within the three working days, and referred on to the debt service, on whose waiting list the
     * household then sits (case-waitlist, ref-waitlist). Two more cases end as they should; into four others the
     * generator plants one early-warning finding each.
     */
    private void earlyWarning() {
      Resident waitlisted = Resident.atAddress("1102KL", 48, Optional.of("C"));
      OutreachCase c = openOutreach("vz-bijlmer-48c", day(44, 8), early("vs-woonstad-4471", PartnerType.RENT, true,
          1_860, 44, waitlisted));
      c = outreachStep(c, new OutreachCommand.AddSignal(early("vs-energie-9012", PartnerType.ENERGY, false, 640, 46,
          waitlisted), day(46, 8)));
      c = outreachStep(c, new OutreachCommand.TakeUp(date(44), day(46, 9)));
      c = outreachStep(c, new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.PHONE, false, date(45),
          PartOfDay.MORNING), day(46, 10)));
      c = outreachStep(c, new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.HOME_VISIT, true, date(46),
          PartOfDay.EVENING), day(47, 8)));
      outreachStep(c, new OutreachCommand.Close(Ending.referred(EndResult.FOLLOW_UP_FINANCIAL,
          ReferralId.of("ref-waitlist")), day(50, 11)));

      OutreachCase advice = openOutreach("vz-gaasperdam-7", day(60, 8), early("vs-vitens-310", PartnerType.WATER,
          false, 212, 59, Resident.atAddress("1104AB", 7, Optional.empty())));
      advice = outreachStep(advice, new OutreachCommand.TakeUp(date(60), day(60, 9)));
      advice = outreachStep(advice, new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.LETTER, false,
          date(61), PartOfDay.MORNING), day(61, 9)));
      advice = outreachStep(advice, new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.PHONE, true,
          date(63), PartOfDay.AFTERNOON), day(63, 15)));
      outreachStep(advice, new OutreachCommand.Close(Ending.of(EndResult.BUDGET_ADVICE_OR_QUICK_FIX), day(70, 10)));
      OutreachCase repeated = openOutreach("vz-driemond-2", day(75, 8), early("vs-zorg-5521",
          PartnerType.HEALTH_INSURANCE, false, 388, 74, Resident.atAddress("1109AA", 2, Optional.empty())));
      outreachStep(repeated, new OutreachCommand.Close(Ending.of(EndResult.NOT_TAKEN_UP_REPEATED), day(75, 14)));

      // Wednesday 9 December: a crisis signal nobody has tried to follow up by Monday's end.
      OutreachCase crisis = openOutreach("vz-bijlmer-112", day(99, 8), early("vs-woonstad-5120", PartnerType.RENT,
          true, 2_410, 98, Resident.atAddress("1103TT", 112, Optional.empty())));
      plantOutreach(FindingCode.OUTREACH_CRISIS_ATTEMPT_OVERDUE, crisis.id(),
          "a crisis rent signal without a contact attempt after three working days");
      // Friday 4 December: an energy signal without an attempt in five working days.
      OutreachCase quiet = openOutreach("vz-oost-31", day(94, 8), early("vs-energie-9388", PartnerType.ENERGY, false,
          530, 93, Resident.atAddress("1102BE", 31, Optional.empty())));
      plantOutreach(FindingCode.OUTREACH_FIRST_ATTEMPT_OVERDUE, quiet.id(), "an energy signal without an attempt");
      // Taken up in September and reached, but never ended.
      OutreachCase stuck = openOutreach("vz-centrum-5", day(20, 8), early("vs-cak-771", PartnerType.CAK_HEALTH_INSURANCE,
          false, 1_150, 19, Resident.atAddress("1102AC", 5, Optional.of("2"))));
      stuck = outreachStep(stuck, new OutreachCommand.TakeUp(date(20), day(20, 9)));
      outreachStep(stuck, new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.HOME_VISIT, true, date(21),
          PartOfDay.AFTERNOON), day(21, 16)));
      plantOutreach(FindingCode.OUTREACH_END_RESULT_OVERDUE, stuck.id(), "an outreach case without an end result");
      // Rent and water arrears of one household, taken up as two cases.
      Resident twice = Resident.atAddress("1104GH", 19, Optional.empty());
      OutreachCase rent = openOutreach("vz-gaasperdam-19a", day(90, 8), early("vs-woonstad-6001", PartnerType.RENT,
          false, 990, 89, twice));
      rent = outreachStep(rent, new OutreachCommand.TakeUp(date(90), day(90, 9)));
      outreachStep(rent, new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.PHONE, true, date(91),
          PartOfDay.MORNING), day(91, 10)));
      OutreachCase water = openOutreach("vz-gaasperdam-19b", day(92, 8), early("vs-waternet-77", PartnerType.WATER,
          false, 140, 91, twice));
      water = outreachStep(water, new OutreachCommand.TakeUp(date(92), day(92, 9)));
      outreachStep(water, new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.CARD, false, date(93),
          PartOfDay.AFTERNOON), day(93, 15)));
      plantOutreach(FindingCode.OUTREACH_SIGNALS_NOT_BUNDLED, rent.id(),
          "one household's rent and water signals in two cases");
      // Closed in November as handed on to social work, but the referral was never drafted: nobody follows it.
      OutreachCase handedOn = openOutreach("vz-holendrecht-3", day(78, 8), early("vs-eneco-2207", PartnerType.ENERGY,
          false, 455, 77, Resident.atAddress("1106AK", 3, Optional.empty())));
      handedOn = outreachStep(handedOn, new OutreachCommand.TakeUp(date(78), day(78, 9)));
      handedOn = outreachStep(handedOn, new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.HOME_VISIT,
          true, date(79), PartOfDay.MORNING), day(79, 12)));
      outreachStep(handedOn, new OutreachCommand.Close(Ending.referred(EndResult.FOLLOW_UP_NON_FINANCIAL,
          ReferralId.of("ref-never-drafted")), day(80, 10)));
      plantOutreach(FindingCode.OUTREACH_REFERRAL_MISSING, handedOn.id(),
          "an outreach case handed on to social work through a referral nobody drafted");
    }

    private static EarlySignal early(String id, PartnerType partner, boolean crisis, long euros, int signalDay,
        Resident resident) {
      return new EarlySignal(EarlySignalId.of(id), partner, crisis, false, euros, date(signalDay).minusDays(61),
          date(signalDay), resident);
    }

    private static LocalDate date(int d) {
      return day(d, 0).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private OutreachCase openOutreach(String id, Instant at, EarlySignal signal) {
      Decision<OutreachCase, OutreachEvent> d = OutreachCase.open(OutreachId.of(id), WELFARE.id(), List.of(signal), at);
      outreach.put(d.state().id(), d.state());
      outreachEvents.computeIfAbsent(d.state().id(), k -> new ArrayList<>()).addAll(d.events());
      return d.state();
    }

    private OutreachCase outreachStep(OutreachCase c, OutreachCommand command) {
      Decision<OutreachCase, OutreachEvent> d = c.decide(command);
      outreach.put(d.state().id(), d.state());
      outreachEvents.get(d.state().id()).addAll(d.events());
      return d.state();
    }

    private void plantOutreach(FindingCode code, OutreachId id, String story) {
      plantedOutreach.add(new Planted(code, SubjectRef.of(id), story));
    }

    private void plant(FindingCode code, SubjectRef subject, String story) {
      planted.add(new Planted(code, subject, story));
    }

    // ----- building blocks -----

    private Case open(String id, Professional owner, LifeDomain domain, Urgency urgency, Instant at, Area area) {
      CaseId caseId = CaseId.of(id);
      ClientId client = id.equals("case-deadlock-kliniek") ? ClientId.of("client-deadlock")
          : ClientId.of("client-" + id.substring("case-".length()));
      Decision<Case, CaseEvent> d = Case.open(caseId, client, owner.agency(), owner.id(), at);
      events.addAll(d.events());
      Case c = d.state();
      c = decide(c, new CaseCommand.RegisterNeed(need(domain), domain, urgency, owner.id(), at));
      c = decide(c, new CaseCommand.Activate(at));
      if (area != null) {
        areas.put(caseId, area);
      }
      return c;
    }

    private Case decide(Case c, CaseCommand command) {
      Decision<Case, CaseEvent> d = c.decide(command);
      events.addAll(d.events());
      cases.put(d.state().id(), d.state());
      return d.state();
    }

    private ReferralLoop draft(Case c, ReferralId id, Professional referrer, Agency to, String service,
        Instant at) {
      return take(ReferralLoop.draft(c, need(c), id, referrer.id(), to.id(), service, at));
    }

    private ReferralLoop step(ReferralLoop loop, ReferralCommand... commands) {
      for (ReferralCommand command : commands) {
        loop = take(loop.decide(command));
      }
      return loop;
    }

    private ReferralLoop take(ReferralLoop.LoopDecision step) {
      events.addAll(step.referralDecision().events());
      step.caseDecision().ifPresent(d -> events.addAll(d.events()));
      referrals.put(step.loop().referral().id(), step.loop().referral());
      cases.put(step.loop().caseFile().id(), step.loop().caseFile());
      return step.loop();
    }

    private Referral referral(Decision<Referral, ReferralEvent> drafted) {
      events.addAll(drafted.events());
      referrals.put(drafted.state().id(), drafted.state());
      return drafted.state();
    }

    private Referral referral(Referral r, ReferralCommand... commands) {
      for (ReferralCommand command : commands) {
        r = referral(r.decide(command));
      }
      return r;
    }

    private Escalation escalation(Decision<Escalation, EscalationEvent> d) {
      events.addAll(d.events());
      escalations.put(d.state().id(), d.state());
      return d.state();
    }

    private Escalation escalation(Escalation e, EscalationCommand... commands) {
      for (EscalationCommand command : commands) {
        e = escalation(e.decide(command));
      }
      return e;
    }

    private Signal signal(Decision<Signal, SignalEvent> d) {
      events.addAll(d.events());
      signals.put(d.state().id(), d.state());
      return d.state();
    }

    private Signal signal(Signal s, SignalCommand... commands) {
      for (SignalCommand command : commands) {
        s = signal(s.decide(command));
      }
      return s;
    }
  }

  static NeedId need(LifeDomain domain) {
    return NeedId.of("need-" + domain.code());
  }

  /** The only need of the sample's cases. */
  static NeedId need(Case c) {
    return c.needs().get(0).id();
  }

  static ReferralCommand.Send send(Instant at) {
    return new ReferralCommand.Send(NORMS.deadline(NORMS.referralResponse()), NORMS.deadline(NORMS.referralFollowUp()),
        at);
  }
}
