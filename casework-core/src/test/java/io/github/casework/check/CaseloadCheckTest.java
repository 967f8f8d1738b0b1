package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCommand;
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
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.NetworkFinding;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
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
import io.github.casework.signal.Topic;
import io.github.casework.signal.Trend;
import io.github.casework.testing.Rejections;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One example per finding code, each built through the public API, and a clean caseload without findings. */
class CaseloadCheckTest {
  static final Instant MONDAY = Instant.parse("2026-09-07T08:00:00Z");
  static final CaseloadCheck CHECK = CaseloadCheck.of(ServiceNorms.dutchDefaults());
  static final DataSharingBasis BASIS = new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wmo 2015 art. 5.1.1");

  static final Agency WELFARE = Agency.of(AgencyId.of("welfare-west"), "Welzijn West", AgencyKind.WELFARE, List.of());
  static final Agency DEBT = Agency.of(AgencyId.of("debt-west"), "Schuldhulp West", AgencyKind.DEBT_SERVICES, List.of());
  static final Agency HOUSING = Agency.of(AgencyId.of("dienst-wonen"), "Dienst Wonen", AgencyKind.HOUSING_SERVICE,
      List.of());
  static final Agency CLINIC = Agency.of(AgencyId.of("kliniek"), "Kliniek Detox", AgencyKind.CLINIC, List.of());
  static final Professional MAARTJE = new Professional(ProfessionalId.of("sw-maartje"), WELFARE.id(), Role.SOCIAL_WORKER);
  static final Professional LEAD = new Professional(ProfessionalId.of("tl-welfare"), WELFARE.id(), Role.TEAM_LEAD);
  static final Professional COUNSELLOR = new Professional(ProfessionalId.of("dc-ahmed"), DEBT.id(),
      Role.DEBT_COUNSELLOR);
  static final Professional OFFICIAL = new Professional(ProfessionalId.of("dw-official"), HOUSING.id(),
      Role.CIVIL_SERVANT);
  static final Professional DOCTOR = new Professional(ProfessionalId.of("kl-doctor"), CLINIC.id(), Role.SOCIAL_WORKER);
  static final ClientId CLIENT = ClientId.of("client-1");

  static Instant day(int n) {
    return MONDAY.plus(Duration.ofDays(n));
  }

  static Caseload.Builder world() {
    return Caseload.builder().agencies(List.of(WELFARE, DEBT, HOUSING, CLINIC))
        .professionals(List.of(MAARTJE, LEAD, COUNSELLOR, OFFICIAL, DOCTOR))
        .mandates(Mandates.of(List.of(Mandate.of(WELFARE.id(), Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL))));
  }

  static Case welfareCase(String id, ClientId client, ProfessionalId accountable, LifeDomain domain) {
    return Case.open(CaseId.of(id), client, WELFARE.id(), MAARTJE.id(), MONDAY).state()
        .decide(new CaseCommand.RegisterNeed(NeedId.of("need-1"), domain, Urgency.URGENT, accountable, MONDAY))
        .state().decide(new CaseCommand.Activate(MONDAY)).state();
  }

  static Referral sent(String id, ClientId client, String caseId, AgencyId from, AgencyId to, LifeDomain domain,
      int day) {
    Referral r = Referral.draft(ReferralId.of(id), client, CaseId.of(caseId), NeedId.of("need-1"), domain, from,
        MAARTJE.id(), to, "service", day(day)).state();
    return apply(r, new ReferralCommand.RecordBasis(BASIS, day(day)),
        new ReferralCommand.Send(Deadline.after(Duration.ofDays(5)), Deadline.after(Duration.ofDays(28)), day(day)));
  }

  static Referral apply(Referral r, ReferralCommand... commands) {
    for (ReferralCommand c : commands) {
      r = r.decide(c).state();
    }
    return r;
  }

  static List<Finding> run(Caseload caseload, Instant at) {
    return CHECK.run(caseload, at);
  }

  @Test
  void aCleanCaseloadHasNoFindings() {
    Case debtCase = Case.open(CaseId.of("case-debt"), CLIENT, DEBT.id(), COUNSELLOR.id(), MONDAY).state()
        .decide(new CaseCommand.RegisterNeed(NeedId.of("need-1"), LifeDomain.FINANCES, Urgency.URGENT,
            COUNSELLOR.id(), MONDAY)).state()
        .decide(new CaseCommand.ReportUrgentThreat(NeedId.of("need-1"), UrgentThreat.EVICTION, MONDAY)).state()
        .decide(new CaseCommand.RecordFirstConversation(day(1))).state();
    Case welfare = welfareCase("case-w", CLIENT, MAARTJE.id(), LifeDomain.HOUSING);
    Referral answered = apply(sent("r-1", CLIENT, "case-w", WELFARE.id(), HOUSING.id(), LifeDomain.HOUSING, 0),
        new ReferralCommand.Accept(day(1)));
    assertThat(run(world().cases(List.of(debtCase, welfare)).referrals(List.of(answered)).build(), day(3)))
        .isEmpty();
  }

  @Test
  void needOrphanedWhenTheAccountableProfessionalLeft() {
    Case c = welfareCase("case-1", CLIENT, ProfessionalId.of("sw-who-left"), LifeDomain.HOUSING);
    List<Finding> findings = run(world().cases(List.of(c)).build(), day(1));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.NEED_ORPHANED);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.subjects()).contains(SubjectRef.need(CaseId.of("case-1"), NeedId.of("need-1")),
          SubjectRef.of(ProfessionalId.of("sw-who-left")));
      assertThat(f.facts()).isInstanceOfSatisfying(Facts.Orphaned.class, o -> {
        assertThat(o.need().reason()).isEqualTo(OrphanedNeed.Reason.NO_AGENCY_ROLE);
        assertThat(o.holder()).contains(AgencyRef.of(WELFARE));
      });
      assertThat(f.nextStep()).isEqualTo(new NextStep.AssignAccountable(Optional.of(AgencyRef.of(WELFARE)),
          NeedId.of("need-1")));
    });
  }

  @Test
  void caseClosedWithAnOpenReferral() {
    Case closed = welfareCase("case-1", CLIENT, MAARTJE.id(), LifeDomain.HOUSING)
        .decide(new CaseCommand.DisposeNeed(NeedId.of("need-1"), new Disposition.Met(day(1)))).state()
        .decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, day(1))).state();
    Referral open = sent("r-1", CLIENT, "case-1", WELFARE.id(), HOUSING.id(), LifeDomain.HOUSING, 0);
    assertThat(run(world().cases(List.of(closed)).referrals(List.of(open)).build(), day(2))).singleElement()
        .satisfies(f -> {
          assertThat(f.facts()).isEqualTo(new Facts.ClosedWithOpenReferral(CaseId.of("case-1"), ReferralId.of("r-1"),
              NeedId.of("need-1"), AgencyRef.of(HOUSING), open.status()));
          assertThat(f.nextStep()).isEqualTo(new NextStep.CloseLoop(AgencyRef.of(HOUSING), ReferralId.of("r-1")));
        });
  }

  @Test
  void referralOfAnUnknownNeed() {
    Case c = welfareCase("case-1", CLIENT, MAARTJE.id(), LifeDomain.HOUSING);
    Referral r = Referral.draft(ReferralId.of("r-x"), CLIENT, CaseId.of("case-1"), NeedId.of("need-elsewhere"),
        LifeDomain.HOUSING, WELFARE.id(), MAARTJE.id(), HOUSING.id(), "service", day(0)).state();
    assertThat(run(world().cases(List.of(c)).referrals(List.of(r)).build(), day(1))).singleElement()
        .satisfies(f -> {
          assertThat(f.facts()).isEqualTo(new Facts.UnknownNeed(ReferralId.of("r-x"), CaseId.of("case-1"),
              NeedId.of("need-elsewhere"), AgencyRef.of(WELFARE)));
          assertThat(f.nextStep()).isEqualTo(new NextStep.CorrectRecords(AgencyRef.of(WELFARE), ReferralId.of("r-x")));
        });
  }

  @Test
  void staleReferrals() {
    Referral unanswered = sent("r-1", CLIENT, "case-1", WELFARE.id(), HOUSING.id(), LifeDomain.HOUSING, 0);
    Referral noOutcome = apply(sent("r-2", ClientId.of("client-2"), "case-2", WELFARE.id(), DEBT.id(),
        LifeDomain.FINANCES, 0), new ReferralCommand.Accept(day(1)));
    Referral waiting = apply(sent("r-3", ClientId.of("client-3"), "case-3", WELFARE.id(), CLINIC.id(),
        LifeDomain.SUBSTANCE_USE, 0), new ReferralCommand.Waitlist(day(10), day(1)));
    List<Finding> findings = run(world().referrals(List.of(unanswered, noOutcome, waiting)).build(), day(40));
    assertThat(codes(findings)).containsExactlyInAnyOrder(FindingCode.REFERRAL_RESPONSE_OVERDUE,
        FindingCode.REFERRAL_OUTCOME_OVERDUE, FindingCode.REFERRAL_WAITLIST_OVERDUE);
    assertThat(findings).filteredOn(f -> f.code() == FindingCode.REFERRAL_RESPONSE_OVERDUE).singleElement()
        .satisfies(f -> {
          assertThat(f.facts()).isInstanceOfSatisfying(Facts.OverdueReferral.class, o -> {
            assertThat(o.to()).isEqualTo(AgencyRef.of(HOUSING));
            assertThat(o.kind()).isEqualTo(NetworkFinding.StaleReferral.Kind.NO_RESPONSE);
            assertThat(o.daysOverdue()).isEqualTo(Duration.between(o.due(), day(40)).toDays());
            assertThat(f.nextStep()).isEqualTo(new NextStep.FollowUpReferral(ReferralId.of("r-1"),
                AgencyRef.of(HOUSING), o.dueDate()));
          });
        });
    assertThat(run(world().referrals(List.of(unanswered)).build(), day(2))).isEmpty();
  }

  @Test
  void pingPongBetweenTwoAgencies() {
    List<Referral> rs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      AgencyId from = i % 2 == 0 ? WELFARE.id() : CLINIC.id();
      AgencyId to = i % 2 == 0 ? CLINIC.id() : WELFARE.id();
      rs.add(apply(sent("r-" + i, CLIENT, "case-" + i, from, to, LifeDomain.SUBSTANCE_USE, i * 3),
          new ReferralCommand.Refuse(new Refusal.NoCapacity(), day(i * 3 + 1))));
    }
    List<Finding> findings = run(world().referrals(rs).build(), day(10));
    assertThat(codes(findings)).containsExactly(FindingCode.REFERRAL_PING_PONG);
    assertThat(findings.get(0).facts()).isInstanceOfSatisfying(Facts.PingPong.class, p -> {
      assertThat(p.returns()).isEqualTo(2);
      assertThat(p.domain()).isEqualTo(LifeDomain.SUBSTANCE_USE);
      // The hand-offs in the order they were sent: welfare -> clinic -> welfare -> clinic.
      assertThat(p.handOffs()).extracting(Facts.PingPong.HandOff::from)
          .containsExactly(WELFARE.id(), CLINIC.id(), WELFARE.id());
      assertThat(p.handOffs()).extracting(Facts.PingPong.HandOff::to)
          .containsExactly(CLINIC.id(), WELFARE.id(), CLINIC.id());
      assertThat(p.handOffs()).extracting(Facts.PingPong.HandOff::referral)
          .containsExactly(ReferralId.of("r-0"), ReferralId.of("r-1"), ReferralId.of("r-2"));
    });
    assertThat(findings.get(0).nextStep()).isInstanceOf(NextStep.AgreeWhoStarts.class);
    assertThat(codes(CHECK.withPingPongThreshold(3).run(world().referrals(rs).build(), day(10)))).isEmpty();
  }

  /** The seed: social work wants detox first, the clinic wants the social problems solved first. */
  @Test
  void preconditionDeadlockBetweenClinicAndSocialWorkSuggestsAnEscalation() {
    Referral toClinic = apply(sent("detox-1", CLIENT, "case-w", WELFARE.id(), CLINIC.id(), LifeDomain.SUBSTANCE_USE, 0),
        new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SOCIAL_NETWORK, WELFARE.id()),
            day(1)));
    Referral toWelfare = apply(sent("support-1", CLIENT, "case-c", CLINIC.id(), WELFARE.id(),
        LifeDomain.SOCIAL_NETWORK, 2),
        new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, CLINIC.id()), day(3)));
    List<Finding> findings = run(world().referrals(List.of(toClinic, toWelfare)).build(), day(4));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.PRECONDITION_DEADLOCK);
      assertThat(f.subjects()).contains(SubjectRef.of(CLINIC.id()), SubjectRef.of(WELFARE.id()));
      assertThat(f.facts()).isInstanceOfSatisfying(Facts.Deadlock.class, d -> {
        assertThat(d.agencies()).containsExactly(AgencyRef.of(CLINIC), AgencyRef.of(WELFARE));
        assertThat(d.cycle()).extracting(Facts.Deadlock.Wait::waitsFor)
            .containsExactly(LifeDomain.SOCIAL_NETWORK, LifeDomain.SUBSTANCE_USE);
      });
      assertThat(f.nextStep()).isEqualTo(new NextStep.BreakDeadlock(AgencyRef.of(CLINIC), LifeDomain.SUBSTANCE_USE,
          LifeDomain.SOCIAL_NETWORK));
    });
  }

  @Test
  void anUrgentThreatDatedInAnyYearOfTheWireFormatIsJudgedWithoutFailing() {
    // The wire format carries years 0000 to 9999; the holidays used to stop at 1583 and 9999 and the check threw.
    for (String reported : List.of("0000-03-02T08:00:00Z", "1200-04-02T08:00:00Z", "1582-12-30T08:00:00Z",
        "9999-12-20T08:00:00Z")) {
      Instant at = Instant.parse(reported);
      Case c = Case.open(CaseId.of("case-debt"), CLIENT, DEBT.id(), COUNSELLOR.id(), at).state()
          .decide(new CaseCommand.RegisterNeed(NeedId.of("need-1"), LifeDomain.FINANCES, Urgency.CRISIS,
              COUNSELLOR.id(), at)).state()
          .decide(new CaseCommand.ReportUrgentThreat(NeedId.of("need-1"), UrgentThreat.EVICTION, at)).state();
      Instant judged = at.isBefore(Instant.parse("0001-06-01T00:00:00Z")) ? Instant.parse("0001-06-01T00:00:00Z")
          : at.plus(Duration.ofDays(10));
      assertThat(run(world().cases(List.of(c)).build(), judged)).as(reported).extracting(Finding::code)
          .contains(FindingCode.URGENT_DEBT_THREAT_OVERDUE);
    }
  }

  @Test
  void theCheckJudgesOnlyAtInstantsInTheYearsAQuarterCanName() {
    java.time.ZoneId zone = CHECK.norms().zone();
    Instant first = io.github.casework.signal.Quarter.MIN.start(zone);
    Instant end = io.github.casework.signal.Quarter.MAX.end(zone);
    assertThat(CHECK.canJudgeAt(first)).isTrue();
    assertThat(CHECK.canJudgeAt(end.minusNanos(1))).isTrue();
    assertThat(CHECK.canJudgeAt(first.minusNanos(1))).isFalse();
    assertThat(CHECK.canJudgeAt(end)).isFalse();
    assertThat(run(world().build(), end.minusNanos(1))).isEmpty();
    for (Instant at : List.of(end, Instant.parse("9999-12-31T23:30:00Z"), first.minusNanos(1), Instant.MAX,
        Instant.MIN)) {
      assertThatThrownBy(() -> run(world().build(), at)).as(at.toString())
          .isInstanceOf(io.github.casework.InvalidValueException.class)
          .extracting(io.github.casework.testing.Rejections::code).isEqualTo(CheckCodes.AT_OUT_OF_RANGE);
    }
  }

  @Test
  void urgentDebtThreatWithoutAConversationWithinThreeWorkingDays() {
    // Reported Thursday 2 April 2026; Easter Monday does not count: due by the end of Wednesday 8 April.
    Instant thursday = Instant.parse("2026-04-02T08:00:00Z");
    Case c = Case.open(CaseId.of("case-debt"), CLIENT, DEBT.id(), COUNSELLOR.id(), thursday).state()
        .decide(new CaseCommand.RegisterNeed(NeedId.of("need-1"), LifeDomain.FINANCES, Urgency.CRISIS,
            COUNSELLOR.id(), thursday)).state()
        .decide(new CaseCommand.ReportUrgentThreat(NeedId.of("need-1"), UrgentThreat.EVICTION, thursday)).state();
    Caseload caseload = world().cases(List.of(c)).build();
    assertThat(run(caseload, Instant.parse("2026-04-08T20:00:00Z"))).isEmpty();
    List<Finding> late = run(caseload, Instant.parse("2026-04-09T08:00:00Z"));
    assertThat(late).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.URGENT_DEBT_THREAT_OVERDUE);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.facts()).isEqualTo(new Facts.UrgentThreatNorm(CLIENT, CaseId.of("case-debt"), NeedId.of("need-1"),
          UrgentThreat.EVICTION, LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-08"), Optional.empty(),
          AgencyRef.of(DEBT)));
      assertThat(f.nextStep()).isEqualTo(new NextStep.PlanFirstConversation(AgencyRef.of(DEBT)));
    });
    Case heldLate = c.decide(new CaseCommand.RecordFirstConversation(Instant.parse("2026-04-10T08:00:00Z"))).state();
    assertThat(run(world().cases(List.of(heldLate)).build(), Instant.parse("2026-04-11T08:00:00Z")))
        .singleElement().satisfies(f -> {
          assertThat(f.code()).isEqualTo(FindingCode.URGENT_DEBT_THREAT_OVERDUE);
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.facts()).isInstanceOfSatisfying(Facts.UrgentThreatNorm.class,
              n -> assertThat(n.heldOn()).contains(LocalDate.parse("2026-04-10")));
          assertThat(f.nextStep()).isEqualTo(new NextStep.ReportLateConversation(AgencyRef.of(DEBT)));
        });
  }

  @Test
  void firstConversationLaterThanFourWeeks() {
    Case c = Case.open(CaseId.of("case-debt"), CLIENT, DEBT.id(), COUNSELLOR.id(), MONDAY).state()
        .decide(new CaseCommand.RegisterNeed(NeedId.of("need-1"), LifeDomain.FINANCES, Urgency.ROUTINE,
            COUNSELLOR.id(), MONDAY)).state();
    Caseload caseload = world().cases(List.of(c)).build();
    assertThat(run(caseload, day(27))).isEmpty();
    assertThat(codes(run(caseload, day(29)))).containsExactly(FindingCode.FIRST_CONVERSATION_OVERDUE);
    // The norm is for debt services: the same case at a welfare organisation has no such finding.
    Case atWelfare = welfareCase("case-w", CLIENT, MAARTJE.id(), LifeDomain.FINANCES);
    assertThat(run(world().cases(List.of(atWelfare)).build(), day(60))).isEmpty();
  }

  static Escalation escalation(String id, Mandate storedMandate, Route route) {
    return Escalation.raise(EscalationId.of(id), EscalationSubject.need(CaseId.of("case-k"), NeedId.of("need-1"),
            LifeDomain.HOUSING), EscalationReason.RULE_CONFLICT,
        Target.of(HOUSING), MAARTJE, storedMandate, route, MONDAY).state();
  }

  static final Mandate ADVISORY = Mandate.of(WELFARE.id(), Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL);

  /** Raised on Monday 7 September, beyond the advisory mandate to management on Tuesday, resolved on Wednesday. */
  static Escalation beyondTheMandate(String id, String caseId) {
    return Escalation.raise(EscalationId.of(id), EscalationSubject.need(CaseId.of(caseId), NeedId.of("need-1"),
            LifeDomain.HOUSING), EscalationReason.RULE_CONFLICT, Target.of(HOUSING), MAARTJE, ADVISORY, Route.DIRECT,
            MONDAY).state()
        .decide(EscalationCommand.Climb.beyondMandate(LadderLevel.MANAGEMENT, OFFICIAL.id(),
            BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, day(1))).state()
        .decide(new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, day(2))).state();
  }

  @Test
  void aStepBeyondTheMandateIsReportedWhenTheManagerIsNotToldWithinTwoWorkingDays() {
    Escalation e = beyondTheMandate("esc-1", "case-k");
    // Tuesday's step: Wednesday and Thursday are the two working days; Friday morning it is overdue.
    assertThat(codes(run(world().escalations(List.of(e)).build(), day(3))))
        .doesNotContain(FindingCode.ESCALATION_BEYOND_MANDATE);
    List<Finding> findings = run(world().escalations(List.of(e)).build(), day(4));
    assertThat(findings).filteredOn(f -> f.code() == FindingCode.ESCALATION_BEYOND_MANDATE).singleElement()
        .satisfies(f -> {
          assertThat(f.facts()).isInstanceOfSatisfying(Facts.BeyondMandate.class, b -> {
            assertThat(b.level()).isEqualTo(LadderLevel.MANAGEMENT);
            assertThat(b.mandate()).isEqualTo(LadderLevel.FRONTLINE_OFFICIAL);
            assertThat(b.target()).isEqualTo(AgencyRef.of(HOUSING));
            assertThat(b.raiserAgency()).isEqualTo(AgencyRef.of(WELFARE));
            assertThat(b.reason()).contains(BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW);
            assertThat(b.informBy()).contains(LocalDate.of(2026, 9, 10));
            assertThat(b.deadline()).contains(LocalDate.of(2026, 9, 10));
          });
          assertThat(f.nextStep()).isEqualTo(new NextStep.InformManager(MAARTJE.id(), AgencyRef.of(WELFARE),
              EscalationId.of("esc-1")));
        });
    // Once she has told her manager, nothing is owed.
    Escalation told = e.decide(new EscalationCommand.InformManager(day(5))).state();
    assertThat(codes(run(world().escalations(List.of(told)).build(), day(6))))
        .doesNotContain(FindingCode.ESCALATION_BEYOND_MANDATE);
  }

  @Test
  void informingTheManagerAfterTheCheckedMomentDoesNotCountAtThatMoment() {
    Escalation toldLate = beyondTheMandate("esc-1", "case-k")
        .decide(new EscalationCommand.InformManager(day(10))).state();
    assertThat(codes(run(world().escalations(List.of(toldLate)).build(), day(5))))
        .contains(FindingCode.ESCALATION_BEYOND_MANDATE);
    assertThat(codes(run(world().escalations(List.of(toldLate)).build(), day(10))))
        .doesNotContain(FindingCode.ESCALATION_BEYOND_MANDATE);
  }

  @Test
  void aStepWithTheManagerInTheLoopOrWithinTheRecordedMandateIsNotReported() {
    // Raised under a generous mandate while the agency's table now says frontline official only: the escalation is
    // judged by the mandate it recorded.
    Escalation generous = escalation("esc-1", Mandate.of(WELFARE.id(), Role.SOCIAL_WORKER, LadderLevel.EXECUTIVE),
        Route.DIRECT).decide(new EscalationCommand.Climb(LadderLevel.MANAGEMENT, OFFICIAL.id(), day(1))).state();
    Escalation informedFirst = escalation("esc-2", ADVISORY, Route.DIRECT)
        .decide(new EscalationCommand.InformManager(day(1))).state()
        .decide(new EscalationCommand.Climb(LadderLevel.MANAGEMENT, OFFICIAL.id(), day(1))).state();
    Escalation viaManager = escalation("esc-3", ADVISORY.withPolicy(MandatePolicy.STRICT), Route.VIA_OWN_MANAGER)
        .decide(new EscalationCommand.Climb(LadderLevel.MANAGEMENT, OFFICIAL.id(), day(1))).state();
    assertThat(codes(run(world().escalations(List.of(generous, informedFirst, viaManager)).build(), day(20))))
        .doesNotContain(FindingCode.ESCALATION_BEYOND_MANDATE);
  }

  @Test
  void aResolvedEscalationIsNeverReportedStalled() {
    Escalation resolved = escalation("esc-1", ADVISORY, Route.DIRECT)
        .decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL.id(), day(0))).state()
        .decide(new EscalationCommand.Resolve(Outcome.REFUSED, day(1))).state();
    assertThat(run(world().escalations(List.of(resolved)).build(), day(60))).isEmpty();
  }

  @Test
  void threeSuccessesBeyondTheMandateProposeWideningItAndTwoDoNot() {
    List<Escalation> three = List.of(beyondTheMandate("esc-1", "case-1"), beyondTheMandate("esc-2", "case-2"),
        beyondTheMandate("esc-3", "case-3"));
    List<Finding> findings = run(world().escalations(three).build(), day(10));
    assertThat(findings).filteredOn(f -> f.code() == FindingCode.MANDATE_WIDENING_PROPOSED).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.facts()).isInstanceOfSatisfying(Facts.MandateWidening.class, w -> {
            assertThat(w.agency()).isEqualTo(AgencyRef.of(WELFARE));
            assertThat(w.role()).isEqualTo(Role.SOCIAL_WORKER);
            assertThat(w.mandate()).isEqualTo(LadderLevel.FRONTLINE_OFFICIAL);
            assertThat(w.highestReached()).isEqualTo(LadderLevel.MANAGEMENT);
            assertThat(w.escalations()).hasSize(3);
            assertThat(w.cases()).hasSize(3);
            assertThat(w.resolvedBeyondMandate()).isEqualTo(3);
          });
          assertThat(f.nextStep()).isInstanceOfSatisfying(NextStep.ProposeWiderMandate.class, p -> {
            assertThat(p.role()).isEqualTo(Role.SOCIAL_WORKER);
            assertThat(p.level()).isEqualTo(LadderLevel.MANAGEMENT);
          });
          assertThat(f.subjects()).contains(SubjectRef.of(EscalationId.of("esc-1")), SubjectRef.of(WELFARE.id()));
          // Every escalation and every case the proposal counts is a subject, so that each is found by its id.
          assertThat(f.subjects()).contains(SubjectRef.of(EscalationId.of("esc-2")),
              SubjectRef.of(EscalationId.of("esc-3")), SubjectRef.of(CaseId.of("case-1")),
              SubjectRef.of(CaseId.of("case-2")), SubjectRef.of(CaseId.of("case-3")));
        });
    assertThat(codes(run(world().escalations(three.subList(0, 2)).build(), day(10))))
        .doesNotContain(FindingCode.MANDATE_WIDENING_PROPOSED);
  }

  @Test
  void escalationStalledAtTheFrontlineSuggestsTheSupervisor() {
    Escalation e = escalation("esc-1", Mandate.of(WELFARE.id(), Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL),
        Route.DIRECT).decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL.id(), day(0)))
        .state();
    assertThat(run(world().escalations(List.of(e)).build(), day(7))).isEmpty();
    List<Finding> findings = run(world().escalations(List.of(e)).build(), day(30));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.ESCALATION_STALLED);
      assertThat(f.facts()).isInstanceOfSatisfying(Facts.StalledEscalation.class, st -> {
        assertThat(st.level()).contains(LadderLevel.FRONTLINE_OFFICIAL);
        assertThat(st.since()).isEqualTo(LocalDate.ofInstant(day(0), ServiceNorms.dutchDefaults().zone()));
        assertThat(st.dueDate()).isAfter(st.since());
      });
      // Under the advisory mandate she may go herself (and then owes her manager word of it).
      assertThat(f.nextStep()).isEqualTo(new NextStep.Escalate(AgencyRef.of(HOUSING), LadderLevel.SUPERVISOR,
          EscalationReason.RULE_CONFLICT, false));
    });
    // Under a strict mandate the supervisor is for the route via the own manager.
    Escalation strict = escalation("esc-1", ADVISORY.withPolicy(MandatePolicy.STRICT), Route.DIRECT)
        .decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, OFFICIAL.id(), day(0))).state();
    assertThat(run(world().escalations(List.of(strict)).build(), day(30))).singleElement()
        .satisfies(f -> assertThat(f.nextStep()).isEqualTo(new NextStep.Escalate(AgencyRef.of(HOUSING),
            LadderLevel.SUPERVISOR, EscalationReason.RULE_CONFLICT, true)));
  }

  static Signal signal(String id, Instant at) {
    Observation o = new Observation(Quarter.containing(at, ServiceNorms.dutchDefaults().zone()), Area.of("west"),
        Topic.of(LifeDomain.HOUSING, "divorced working men"), Trend.INCREASING,
        Evidence.ofCounts(5, 1, 4));
    return Signal.raise(SignalId.of(id), List.of(MAARTJE.id()), Addressee.of(WELFARE.id(), Role.MANAGER), o, at)
        .state();
  }

  @Test
  void signalOwedAResponse() {
    Signal s = signal("sig-1", MONDAY);
    assertThat(run(world().signals(List.of(s)).build(), day(80))).isEmpty();
    assertThat(run(world().signals(List.of(s)).build(), day(100))).singleElement().satisfies(f -> {
      assertThat(f.facts()).isEqualTo(new Facts.SignalResponseOverdue(SignalId.of("sig-1"), LifeDomain.HOUSING,
          Area.of("west"), s.observation().period(), Role.MANAGER, AgencyRef.of(WELFARE),
          LocalDate.ofInstant(s.responseDue(), ServiceNorms.dutchDefaults().zone())));
      assertThat(f.nextStep()).isEqualTo(new NextStep.ChaseSignalResponse(Role.MANAGER, AgencyRef.of(WELFARE),
          SignalId.of("sig-1")));
    });
  }

  @Test
  void signalAnsweredButFeedbackNotGiven() {
    Signal s = signal("sig-1", MONDAY)
        .decide(new SignalCommand.Acknowledge(LEAD.id(), day(1))).state()
        .decide(new SignalCommand.Respond(Response.of(ResponseKind.values()[0]), LEAD.id(), day(2))).state();
    assertThat(run(world().signals(List.of(s)).build(), day(5))).isEmpty();
    List<Finding> findings = run(world().signals(List.of(s)).build(), day(30));
    assertThat(codes(findings)).containsExactly(FindingCode.SIGNAL_FEEDBACK_OVERDUE);
    assertThat(findings.get(0).facts()).isEqualTo(new Facts.SignalFeedbackOverdue(SignalId.of("sig-1"),
        LocalDate.ofInstant(day(2), ServiceNorms.dutchDefaults().zone()), ImmutableSortedSet.of(MAARTJE.id()),
        Role.MANAGER, AgencyRef.of(WELFARE)));
    assertThat(findings.get(0).nextStep()).isEqualTo(new NextStep.ChaseFeedback(Role.MANAGER, AgencyRef.of(WELFARE),
        ImmutableSortedSet.of(MAARTJE.id())));
    assertThat(findings.get(0).subjects()).contains(SubjectRef.of(MAARTJE.id()));
    Signal closed = s.decide(new SignalCommand.GiveFeedback(ImmutableSortedSet.of(MAARTJE.id()), day(3))).state();
    assertThat(run(world().signals(List.of(closed)).build(), day(30))).isEmpty();
  }

  @Test
  void fiveRefusedHousingPrioritiesInOneAreaAndQuarterProposeAStructuralSignal() {
    List<Referral> refusals = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      ClientId man = ClientId.of("man-" + i);
      refusals.add(apply(sent("prio-" + i, man, "case-" + i, WELFARE.id(), HOUSING.id(), LifeDomain.HOUSING, i),
          new ReferralCommand.Refuse(new Refusal.NotEligible("age rule for priority after divorce dropped"),
              day(i + 1))));
      cases.add(welfareCase("case-" + i, man, MAARTJE.id(), LifeDomain.HOUSING));
    }
    Map<CaseId, Area> west = new java.util.HashMap<>();
    cases.forEach(c -> west.put(c.id(), Area.of("west")));
    List<Finding> findings = run(world().cases(cases).referrals(refusals).areas(west).build(), day(10));
    assertThat(codes(findings)).containsExactly(FindingCode.STRUCTURAL_SIGNAL_PROPOSED);
    assertThat(findings.get(0).subjects()).filteredOn(s -> s.kind() == SubjectRef.Kind.REFERRAL).hasSize(5);
    assertThat(findings.get(0).nextStep()).isEqualTo(new NextStep.RaiseSignal(ImmutableSortedSet.copyOf(
        cases.stream().map(Case::id).toList())));
    // Four are not yet a pattern; and a signal already raised for the same quarter, area and topic covers it.
    assertThat(run(world().cases(cases).referrals(refusals.subList(0, 4)).areas(west).build(), day(10))).isEmpty();
    assertThat(run(world().cases(cases).referrals(refusals).areas(west).signals(List.of(signal("sig-1", day(9))))
        .build(), day(10))).isEmpty();
  }

  @Test
  void findingsAndCaseloadsValidateTheirInput() {
    assertThatThrownBy(() -> CHECK.withPingPongThreshold(0)).extracting(Rejections::code).isEqualTo("check.threshold");
    Case c = welfareCase("case-1", CLIENT, MAARTJE.id(), LifeDomain.HOUSING);
    assertThatThrownBy(() -> world().cases(List.of(c, c)).build()).extracting(Rejections::code)
        .isEqualTo("caseload.duplicate-id");
    Facts facts = new Facts.UnknownNeed(ReferralId.of("r-1"), CaseId.of("case-1"), NeedId.of("need-1"),
        AgencyRef.of(WELFARE));
    NextStep step = new NextStep.CorrectRecords(AgencyRef.of(WELFARE), ReferralId.of("r-1"));
    assertThatThrownBy(() -> new Finding(Severity.INFO, com.google.common.collect.ImmutableList.of(), facts, step))
        .extracting(Rejections::code).isEqualTo("finding.no-subject");
    assertThatThrownBy(() -> new Finding(Severity.INFO, com.google.common.collect.ImmutableList.of(
        SubjectRef.of(ReferralId.of("r-1")), SubjectRef.of(CaseId.of("case-1"))), facts, step))
        .extracting(Rejections::code).isEqualTo("finding.subjects-unsorted");
    assertThat(Finding.of(Severity.INFO, List.of(SubjectRef.of(ReferralId.of("r-1")), SubjectRef.of(CaseId.of(
        "case-1"))), facts, step).code()).isEqualTo(FindingCode.REFERRAL_UNKNOWN_NEED);
    assertThat(CHECK.withPingPongThreshold(2)).isSameAs(CHECK);
    for (FindingCode code : FindingCode.values()) {
      assertThat(FindingCode.ofCode(code.code())).isSameAs(code);
    }
  }

  static List<FindingCode> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }
}
