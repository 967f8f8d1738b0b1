package io.github.casework.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.check.AgencyRef;
import io.github.casework.check.Facts;
import io.github.casework.check.Finding;
import io.github.casework.check.FullService;
import io.github.casework.check.GapExclusion;
import io.github.casework.check.NextStep;
import io.github.casework.check.OrphanedNeed;
import io.github.casework.check.Severity;
import io.github.casework.check.SubjectRef;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
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
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Role;
import io.github.casework.referral.NetworkFinding.StaleReferral;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.signal.Area;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Quarter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Hand-made findings that together hold every kind of {@link Facts} and of {@link NextStep}, and every variant of
 * their texts (a conversation held late or not at all, a stalled escalation with and without a level, feedback owed
 * to one or to several, an agency the caseload does not list): for renderer and wire-format tests. Built only
 * through the public constructors.
 */
public final class FindingSamples {
  private FindingSamples() {}

  private static final ClientId CLIENT = ClientId.of("client-7f3a");
  private static final CaseId CASE = CaseId.of("case-mr-k");
  private static final NeedId NEED = NeedId.of("need-housing");
  private static final AgencyRef WELFARE = new AgencyRef(AgencyId.of("welzijn-west"), Optional.of("Welzijn West"));
  private static final AgencyRef HOUSING = new AgencyRef(AgencyId.of("dienst-wonen"), Optional.of("Dienst Wonen"));
  private static final AgencyRef CLINIC = new AgencyRef(AgencyId.of("kliniek-noord"), Optional.of("Kliniek Noord"));
  private static final AgencyRef DEBT = new AgencyRef(AgencyId.of("schuldhulp"), Optional.of("Schuldhulp West"));
  private static final AgencyRef UNLISTED = AgencyRef.unlisted(AgencyId.of("elders"));
  private static final ReferralId R1 = ReferralId.of("ref-1");
  private static final ReferralId R2 = ReferralId.of("ref-2");
  private static final ReferralId R3 = ReferralId.of("ref-3");
  private static final EscalationId ESC = EscalationId.of("esc-1");
  private static final SignalId SIG = SignalId.of("sig-1");
  private static final ProfessionalId MAARTJE = ProfessionalId.of("sw-maartje");
  private static final ProfessionalId DEWI = ProfessionalId.of("sw-dewi");
  private static final LocalDate DAY = LocalDate.parse("2026-03-02");

  /**
   * {@return the samples, each valid, in no particular order: {@link #firstRelease()}, {@link #mandates()},
   * {@link #capacity()}, {@link #consent()}, {@link #gaps()}, {@link #earlyWarning()} and {@link #followUp()}}
   */
  public static ImmutableList<Finding> all() {
    return ImmutableList.<Finding>builder().addAll(firstRelease()).addAll(mandates()).addAll(capacity())
        .addAll(consent()).addAll(gaps()).addAll(earlyWarning()).addAll(followUp()).build();
  }

  /**
   * {@return the sample of the finding of an outreach case handed on to a referral the caseload does not hold;
   * pinned by its own vectors}
   */
  public static ImmutableList<Finding> followUp() {
    return ImmutableList.of(finding(Severity.ERROR, new Facts.MissingFollowUpReferral(OutreachId.of("vz-1"),
        EndResult.FOLLOW_UP_NON_FINANCIAL, R1, WELFARE), new NextStep.RecordFollowUpReferral(WELFARE, OutreachId.of("vz-1"),
        R1)));
  }

  /**
   * {@return the samples of the findings the service directory brought: a regulatory gap with exclusions (one on a
   * special-category fact) and one without any candidate, capacity gaps with a waiting list and with full places,
   * and a recurring gap; pinned by their own vectors}
   */
  public static ImmutableList<Finding> gaps() {
    ImmutableSortedSet<CaseId> cases = ImmutableSortedSet.of(CaseId.of("case-1"), CaseId.of("case-2"),
        CaseId.of("case-3"), CaseId.of("case-4"), CaseId.of("case-5"));
    AgencyRef shelter = new AgencyRef(AgencyId.of("hvo"), Optional.of("Hulp voor Onbehuisden"));
    ImmutableList<GapExclusion> exclusions = ImmutableList.of(
        new GapExclusion(HOUSING, "housing-priority", ImmutableList.of(Eligibility.parse("age 23.."))),
        new GapExclusion(shelter, "youth-shelter", ImmutableList.of(Eligibility.parse("age 18..23"),
            Eligibility.parse("not pregnant"))));
    return ImmutableList.of(
        finding(Severity.ERROR, new Facts.RegulatoryGap(CLIENT, CASE, NEED, LifeDomain.HOUSING, exclusions),
            new NextStep.Escalate(HOUSING, LadderLevel.FRONTLINE_OFFICIAL, EscalationReason.REGULATORY_GAP, false)),
        finding(Severity.ERROR, new Facts.RegulatoryGap(CLIENT, CASE, NEED, LifeDomain.JUSTICE, ImmutableList.of()),
            new NextStep.RaiseSignal(ImmutableSortedSet.of(CASE))),
        finding(Severity.WARNING, new Facts.CapacityGap(CLIENT, CASE, NEED, LifeDomain.HOUSING, ImmutableList.of(
                new FullService(shelter, "night-shelter", ServiceStatus.ACTIVE,
                    Optional.of(WaitlistBand.ONE_TO_THREE_MONTHS)),
                new FullService(HOUSING, "emergency-housing", ServiceStatus.ACTIVE, Optional.empty()),
                new FullService(WELFARE, "crisis-bed", ServiceStatus.TEMPORARILY_CLOSED, Optional.empty()))),
            new NextStep.AskForPlace(shelter, "night-shelter", Optional.of(WaitlistBand.ONE_TO_THREE_MONTHS))),
        finding(Severity.WARNING, new Facts.CapacityGap(CLIENT, CASE, NEED, LifeDomain.HOUSING, ImmutableList.of(
                new FullService(HOUSING, "emergency-housing", ServiceStatus.ACTIVE, Optional.empty()))),
            new NextStep.AskForPlace(HOUSING, "emergency-housing", Optional.empty())),
        finding(Severity.INFO, new Facts.RecurringGap(LifeDomain.HOUSING, Area.of("west"), ImmutableList.of(
                Eligibility.parse("age 23.."), Eligibility.parse("not employed")), cases),
            new NextStep.RaiseSignal(cases)));
  }

  /**
   * {@return the samples of the findings early warning brought: a crisis signal and another signal without a
   * timely contact attempt (pending and late), an outreach case without an end result, and one household's signals
   * not bundled; pinned by their own vectors}
   */
  public static ImmutableList<Finding> earlyWarning() {
    OutreachId vz1 = OutreachId.of("vz-1");
    OutreachId vz2 = OutreachId.of("vz-2");
    EarlySignalId vs = EarlySignalId.of("vs-1");
    return ImmutableList.of(
        finding(Severity.CRITICAL, new Facts.CrisisAttemptNorm(vz1, vs, PartnerType.RENT, DAY, DAY.plusDays(3),
            Optional.empty(), WELFARE), new NextStep.AttemptContact(WELFARE, vz1)),
        finding(Severity.WARNING, new Facts.CrisisAttemptNorm(vz1, vs, PartnerType.WATER, DAY, DAY.plusDays(3),
            Optional.of(DAY.plusDays(4)), WELFARE), new NextStep.ReportLateConversation(WELFARE)),
        finding(Severity.WARNING, new Facts.FirstAttemptNorm(vz2, vs, PartnerType.ENERGY, DAY, DAY.plusDays(5),
            Optional.empty(), UNLISTED), new NextStep.AttemptContact(UNLISTED, vz2)),
        finding(Severity.INFO, new Facts.FirstAttemptNorm(vz2, vs, PartnerType.HEALTH_INSURANCE, DAY,
            DAY.plusDays(5), Optional.of(DAY.plusDays(8)), WELFARE), new NextStep.ReportLateConversation(WELFARE)),
        finding(Severity.WARNING, new Facts.EndResultOverdue(vz1, OutreachStatus.TAKEN_UP, DAY, DAY.plusDays(56),
            WELFARE), new NextStep.RecordEndResult(WELFARE, vz1)),
        finding(Severity.WARNING, new Facts.UnbundledSignals(ImmutableSortedSet.of(vz1, vz2),
            ImmutableSortedSet.of(PartnerType.RENT, PartnerType.ENERGY), WELFARE),
            new NextStep.BundleSignals(WELFARE, vz1)));
  }

  /**
   * {@return the sample of the finding capacity answers brought: a referral sent to a service that said it had no
   * capacity; pinned by its own vectors}
   */
  public static ImmutableList<Finding> capacity() {
    return ImmutableList.of(finding(Severity.WARNING, new Facts.SentWithoutCapacity(CLIENT, R3, CLINIC, "detox", DAY),
        new NextStep.ReconsiderReferral(CLINIC, R3)));
  }

  /**
   * {@return the samples of the findings mandate policies brought: a step beyond the mandate with the reason and
   * the day the manager was to be told, and a proposal to widen a mandate; pinned by their own vectors}
   */
  public static ImmutableList<Finding> mandates() {
    ImmutableSortedSet<EscalationId> escalations = ImmutableSortedSet.of(ESC, EscalationId.of("esc-2"),
        EscalationId.of("esc-3"));
    ImmutableSortedSet<CaseId> cases = ImmutableSortedSet.of(CaseId.of("case-1"), CaseId.of("case-2"),
        CaseId.of("case-3"));
    return ImmutableList.of(
        finding(Severity.WARNING, new Facts.BeyondMandate(ESC, CASE, MAARTJE, LadderLevel.MANAGEMENT, HOUSING, DAY,
                Role.SOCIAL_WORKER, WELFARE, LadderLevel.FRONTLINE_OFFICIAL,
                Optional.of(BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW), Optional.of(DAY.plusDays(2))),
            new NextStep.InformManager(MAARTJE, WELFARE, ESC)),
        finding(Severity.INFO, new Facts.MandateWidening(WELFARE, Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL,
                LadderLevel.MANAGEMENT, Quarter.of(2026, 1), escalations, cases, 4),
            new NextStep.ProposeWiderMandate(Role.SOCIAL_WORKER, WELFARE, LadderLevel.MANAGEMENT, escalations)));
  }

  /** {@return the samples the first structured findings vectors pin, each valid, in no particular order} */
  public static ImmutableList<Finding> firstRelease() {
    ImmutableSortedSet<CaseId> cases = ImmutableSortedSet.of(CaseId.of("case-1"), CaseId.of("case-2"));
    return ImmutableList.of(
        finding(Severity.CRITICAL, new Facts.Orphaned(new OrphanedNeed(CLIENT, CASE, NEED, LifeDomain.HOUSING,
                DEWI, OrphanedNeed.Reason.NO_AGENCY_ROLE, Optional.of(R1)), Optional.of(WELFARE)),
            new NextStep.AssignAccountable(Optional.of(WELFARE), NEED)),
        finding(Severity.CRITICAL, new Facts.Orphaned(new OrphanedNeed(CLIENT, CASE, NEED, LifeDomain.FINANCES,
                DEWI, OrphanedNeed.Reason.NO_OPEN_CASE, Optional.empty()), Optional.empty()),
            new NextStep.AssignAccountable(Optional.empty(), NEED)),
        finding(Severity.WARNING, new Facts.UnknownNeed(R1, CASE, NEED, WELFARE),
            new NextStep.CorrectRecords(WELFARE, R1)),
        finding(Severity.ERROR, new Facts.ClosedWithOpenReferral(CASE, R1, NEED, UNLISTED, ReferralStatus.ACCEPTED),
            new NextStep.CloseLoop(UNLISTED, R1)),
        finding(Severity.WARNING, new Facts.OverdueReferral(CLIENT, R1, HOUSING, StaleReferral.Kind.NO_RESPONSE,
                Instant.parse("2026-03-02T23:00:00Z"), DAY, 17),
            new NextStep.FollowUpReferral(R1, HOUSING, DAY)),
        finding(Severity.WARNING, new Facts.OverdueReferral(CLIENT, R2, CLINIC, StaleReferral.Kind.NO_OUTCOME,
                Instant.parse("2026-03-02T23:00:00Z"), DAY, 1), new NextStep.FollowUpReferral(R2, CLINIC, DAY)),
        finding(Severity.WARNING, new Facts.OverdueReferral(CLIENT, R3, DEBT, StaleReferral.Kind.WAITLIST_OVERDUE,
                Instant.parse("2026-03-02T23:00:00.5Z"), DAY, 0), new NextStep.FollowUpReferral(R3, DEBT, DAY)),
        finding(Severity.ERROR, new Facts.PingPong(CLIENT, LifeDomain.FINANCES, WELFARE, HOUSING, 2, ImmutableList.of(
                new Facts.PingPong.HandOff(R1, WELFARE.id(), HOUSING.id(), Instant.parse("2026-01-05T09:00:00Z")),
                new Facts.PingPong.HandOff(R2, HOUSING.id(), WELFARE.id(), Instant.parse("2026-01-12T09:00:00Z")),
                new Facts.PingPong.HandOff(R3, WELFARE.id(), HOUSING.id(), Instant.parse("2026-01-19T09:00:00Z")))),
            new NextStep.AgreeWhoStarts(WELFARE, HOUSING)),
        finding(Severity.CRITICAL, new Facts.Deadlock(CLIENT, ImmutableList.of(
                new Facts.Deadlock.Wait(CLINIC, LifeDomain.SUBSTANCE_USE, R1, LifeDomain.HOUSING),
                new Facts.Deadlock.Wait(HOUSING, LifeDomain.HOUSING, R2, LifeDomain.SUBSTANCE_USE))),
            new NextStep.BreakDeadlock(CLINIC, LifeDomain.SUBSTANCE_USE, LifeDomain.HOUSING)),
        finding(Severity.CRITICAL, new Facts.UrgentThreatNorm(CLIENT, CASE, NEED, UrgentThreat.EVICTION, DAY,
            DAY.plusDays(3), Optional.empty(), DEBT), new NextStep.PlanFirstConversation(DEBT)),
        finding(Severity.WARNING, new Facts.UrgentThreatNorm(CLIENT, CASE, NEED, UrgentThreat.WATER_CUT_OFF, DAY,
            DAY.plusDays(3), Optional.of(DAY.plusDays(5)), DEBT), new NextStep.ReportLateConversation(DEBT)),
        finding(Severity.ERROR, new Facts.FirstConversationNorm(CLIENT, CASE, DAY, DAY.plusDays(28),
            Optional.empty(), DEBT), new NextStep.PlanFirstConversation(DEBT)),
        finding(Severity.WARNING, new Facts.FirstConversationNorm(CLIENT, CASE, DAY, DAY.plusDays(28),
            Optional.of(DAY.plusDays(30)), DEBT), new NextStep.ReportLateConversation(DEBT)),
        finding(Severity.WARNING, new Facts.BeyondMandate(ESC, CASE, MAARTJE, LadderLevel.MANAGEMENT, HOUSING, DAY,
                Role.SOCIAL_WORKER, WELFARE, LadderLevel.FRONTLINE_OFFICIAL),
            new NextStep.InformManager(MAARTJE, WELFARE, ESC)),
        finding(Severity.WARNING, new Facts.StalledEscalation(ESC, CASE, EscalationReason.REGULATORY_GAP,
                Optional.of(LadderLevel.FRONTLINE_OFFICIAL), HOUSING, DAY, DAY.plusDays(10)),
            new NextStep.Escalate(HOUSING, LadderLevel.SUPERVISOR, EscalationReason.REGULATORY_GAP, true)),
        finding(Severity.WARNING, new Facts.StalledEscalation(ESC, CASE, EscalationReason.DEADLOCK,
                Optional.empty(), HOUSING, DAY, DAY.plusDays(10)),
            new NextStep.Escalate(HOUSING, LadderLevel.FRONTLINE_OFFICIAL, EscalationReason.DEADLOCK, false)),
        finding(Severity.WARNING, new Facts.StalledEscalation(ESC, CASE, EscalationReason.RULE_CONFLICT,
                Optional.of(LadderLevel.MUNICIPALITY), HOUSING, DAY, DAY.plusDays(10)),
            new NextStep.RaiseGapSignal(Optional.of(WELFARE), ESC)),
        finding(Severity.WARNING, new Facts.StalledEscalation(ESC, CASE, EscalationReason.DISPUTED_REFUSAL,
                Optional.of(LadderLevel.MUNICIPALITY), UNLISTED, DAY, DAY.plusDays(10)),
            new NextStep.RaiseGapSignal(Optional.empty(), ESC)),
        finding(Severity.ERROR, new Facts.SignalResponseOverdue(SIG, LifeDomain.HOUSING, Area.of("west"),
                Quarter.of(2026, 1), Role.MANAGER, WELFARE, DAY),
            new NextStep.ChaseSignalResponse(Role.MANAGER, WELFARE, SIG)),
        finding(Severity.WARNING, new Facts.SignalFeedbackOverdue(SIG, DAY, ImmutableSortedSet.of(DEWI),
            Role.TEAM_LEAD, WELFARE), new NextStep.ChaseFeedback(Role.TEAM_LEAD, WELFARE, ImmutableSortedSet.of(DEWI))),
        finding(Severity.WARNING, new Facts.SignalFeedbackOverdue(SIG, DAY, ImmutableSortedSet.of(DEWI, MAARTJE),
                Role.MANAGER, WELFARE),
            new NextStep.ChaseFeedback(Role.MANAGER, WELFARE, ImmutableSortedSet.of(DEWI, MAARTJE))),
        finding(Severity.INFO, new Facts.StructuralSignal(IncidentShape.refusal("no-capacity", LifeDomain.HOUSING,
            AgencyKind.SHELTER, Area.of("gaasperdam")), Quarter.of(2026, 4), cases), new NextStep.RaiseSignal(cases)),
        finding(Severity.INFO, new Facts.StructuralSignal(IncidentShape.escalation(EscalationReason.REGULATORY_GAP,
            LifeDomain.HOUSING, AgencyKind.HOUSING_SERVICE, Area.of("west")), Quarter.of(2026, 1), cases),
            new NextStep.RaiseSignal(cases)));
  }

  /**
   * {@return the sample of the finding consent withdrawal brought: a referral still shared after the client
   * withdrew consent; pinned by its own vectors}
   */
  public static ImmutableList<Finding> consent() {
    return ImmutableList.of(finding(Severity.ERROR, new Facts.SharedAfterWithdrawal(CLIENT, R2, CLINIC,
            LifeDomain.MENTAL_HEALTH, ReferralStatus.WAITLISTED, DAY),
        new NextStep.RecordBasisOrCancel(WELFARE, R2)));
  }

  private static Finding finding(Severity severity, Facts facts, NextStep step) {
    return Finding.of(severity, List.of(SubjectRef.client(CLIENT), SubjectRef.of(CASE)), facts, step);
  }
}
