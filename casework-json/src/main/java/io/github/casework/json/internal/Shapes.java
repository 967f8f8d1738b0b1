package io.github.casework.json.internal;

import static io.github.casework.json.internal.Ids.AGENCY_ID;
import static io.github.casework.json.internal.Ids.AREA;
import static io.github.casework.json.internal.Ids.CASE_ID;
import static io.github.casework.json.internal.Ids.CLIENT_ID;
import static io.github.casework.json.internal.Ids.EARLY_SIGNAL_ID;
import static io.github.casework.json.internal.Ids.ESCALATION_ID;
import static io.github.casework.json.internal.Ids.NEED_ID;
import static io.github.casework.json.internal.Ids.OUTREACH_ID;
import static io.github.casework.json.internal.Ids.PROFESSIONAL_ID;
import static io.github.casework.json.internal.Ids.QUARTER;
import static io.github.casework.json.internal.Ids.REFERRAL_ID;
import static io.github.casework.json.internal.Ids.RULE;
import static io.github.casework.json.internal.Ids.SIGNAL_ID;
import static io.github.casework.json.internal.Ids.code;
import static io.github.casework.json.internal.Ids.codeOf;

import com.google.common.collect.ImmutableList;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.check.AgencyRef;
import io.github.casework.check.CheckCodes;
import io.github.casework.check.Facts;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.FindingText;
import io.github.casework.check.FullService;
import io.github.casework.check.GapExclusion;
import io.github.casework.check.NextStep;
import io.github.casework.check.OrphanedNeed;
import io.github.casework.check.Severity;
import io.github.casework.check.SubjectRef;
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
import io.github.casework.json.Findings;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.deser.Members;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.deser.ValueReader;
import io.github.casework.json.ser.Writing;
import io.github.casework.party.AgencyKind;
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
 * The wire shape of the caseload check's findings (their subjects, facts and next steps), as {@link ObjectCodec}
 * tables: members in canonical order (a record's components in declaration order), the domain's constructor to
 * read them. The other values have their tables in a class per document kind ({@link CaseShapes},
 * {@link ReferralShapes}, {@link EscalationShapes}, {@link SignalShapes}, {@link CaseViewShapes},
 * {@link DirectoryShapes}, {@link OutreachShapes}, {@link CaseloadShapes}), and Java initialises a class on its
 * first use: registering the module builds none of them, and reading one kind builds only the tables it reads.
 */
public final class Shapes {
  private Shapes() {}

  /** What a finding concerns: a kind and an id. */
  public static final ObjectCodec<SubjectRef> SUBJECT_REF = ObjectCodec.<SubjectRef>builder()
      .required("kind", SubjectRef::kind, code(CodeTable.SUBJECT_KIND), codeOf(CodeTable.SUBJECT_KIND))
      .required("id", SubjectRef::id, Reading.STRING, Writing.STRING)
      .build(m -> new SubjectRef(m.required("kind", SubjectRef.Kind.class), m.required("id", String.class)));

  private static final ValueReader<AgencyRef> AGENCY_REF_READER = (p, c, ptr) -> Shapes.AGENCY_REF.read(p, c, ptr);

  /** An agency as a finding names it: its id and, when the caseload lists it, its name. */
  public static final ObjectCodec<AgencyRef> AGENCY_REF = ObjectCodec.<AgencyRef>builder()
      .required("id", AgencyRef::id, AGENCY_ID.reader(), AGENCY_ID.writer())
      .optional("name", AgencyRef::name, Reading.STRING, Writing.STRING)
      .build(m -> new AgencyRef(m.required("id", AgencyId.class), m.optional("name", String.class)));

  /** An orphaned need, in a finding's facts. */
  public static final ObjectCodec<OrphanedNeed> ORPHANED_NEED = ObjectCodec.<OrphanedNeed>builder()
      .required("client", OrphanedNeed::client, CLIENT_ID.reader(), CLIENT_ID.writer())
      .required("caseId", OrphanedNeed::caseId, CASE_ID.reader(), CASE_ID.writer())
      .required("need", OrphanedNeed::need, NEED_ID.reader(), NEED_ID.writer())
      .required("domain", OrphanedNeed::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .required("accountable", OrphanedNeed::accountable, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("reason", OrphanedNeed::reason, code(CodeTable.ORPHAN_REASON), codeOf(CodeTable.ORPHAN_REASON))
      .optional("referral", OrphanedNeed::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
      .build(m -> new OrphanedNeed(m.required("client", ClientId.class), m.required("caseId", CaseId.class),
          m.required("need", NeedId.class), m.required("domain", LifeDomain.class),
          m.required("accountable", ProfessionalId.class), m.required("reason", OrphanedNeed.Reason.class),
          m.optional("referral", ReferralId.class)));

  /** One hand-off of a ping-pong. */
  public static final ObjectCodec<Facts.PingPong.HandOff> HAND_OFF = ObjectCodec.<Facts.PingPong.HandOff>builder()
      .required("referral", Facts.PingPong.HandOff::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
      .required("from", Facts.PingPong.HandOff::from, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("to", Facts.PingPong.HandOff::to, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("sentAt", Facts.PingPong.HandOff::sentAt, Reading.INSTANT_READER, Writing.INSTANT)
      .build(m -> new Facts.PingPong.HandOff(m.required("referral", ReferralId.class),
          m.required("from", AgencyId.class), m.required("to", AgencyId.class), m.required("sentAt", Instant.class)));

  /** One wait of a deadlock's cycle. */
  public static final ObjectCodec<Facts.Deadlock.Wait> WAIT = ObjectCodec.<Facts.Deadlock.Wait>builder()
      .required("agency", Facts.Deadlock.Wait::agency, AGENCY_REF_READER, AGENCY_REF.writer())
      .required("refuses", Facts.Deadlock.Wait::refuses, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .required("referral", Facts.Deadlock.Wait::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
      .required("waitsFor", Facts.Deadlock.Wait::waitsFor, code(CodeTable.LIFE_DOMAIN),
          codeOf(CodeTable.LIFE_DOMAIN))
      .build(m -> new Facts.Deadlock.Wait(m.required("agency", AgencyRef.class), m.required("refuses",
          LifeDomain.class), m.required("referral", ReferralId.class), m.required("waitsFor", LifeDomain.class)));

  /** What a structural signal's incidents have in common. */
  public static final ObjectCodec<IncidentShape> INCIDENT_SHAPE = ObjectCodec.<IncidentShape>builder()
      .optional("reason", IncidentShape::reason, code(CodeTable.ESCALATION_REASON),
          codeOf(CodeTable.ESCALATION_REASON))
      .required("domain", IncidentShape::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .optional("refusalReason", IncidentShape::refusalReason, Reading.STRING, Writing.STRING)
      .required("targetKind", IncidentShape::targetKind, code(CodeTable.AGENCY_KIND), codeOf(CodeTable.AGENCY_KIND))
      .required("area", IncidentShape::area, AREA.reader(), AREA.writer())
      .build(m -> new IncidentShape(m.optional("reason", EscalationReason.class), m.required("domain",
          LifeDomain.class), m.optional("refusalReason", String.class), m.required("targetKind", AgencyKind.class),
          m.required("area", Area.class)));

  private static <T> ObjectCodec.Builder<T> members() {
    return ObjectCodec.builder();
  }

  /** Why one service excludes a client, in a regulatory gap: the failed literals as rule texts. */
  public static final ObjectCodec<GapExclusion> GAP_EXCLUSION = ObjectCodec.<GapExclusion>builder()
      .required("agency", GapExclusion::agency, AGENCY_REF_READER, AGENCY_REF.writer())
      .required("service", GapExclusion::service, Reading.STRING, Writing.STRING)
      .required("literals", GapExclusion::literals, Reading.list(RULE.reader()), Writing.list(RULE.writer()))
      .build(m -> new GapExclusion(m.required("agency", AgencyRef.class), m.required("service", String.class),
          m.list("literals")));

  /** An eligible service without room, in a capacity gap. */
  public static final ObjectCodec<FullService> FULL_SERVICE = ObjectCodec.<FullService>builder()
      .required("agency", FullService::agency, AGENCY_REF_READER, AGENCY_REF.writer())
      .required("service", FullService::service, Reading.STRING, Writing.STRING)
      .required("status", FullService::status, code(CodeTable.SERVICE_STATUS), codeOf(CodeTable.SERVICE_STATUS))
      .optional("waitlist", FullService::waitlist, code(CodeTable.WAITLIST_BAND), codeOf(CodeTable.WAITLIST_BAND))
      .build(m -> new FullService(m.required("agency", AgencyRef.class), m.required("service", String.class),
          m.required("status", ServiceStatus.class), m.optional("waitlist", WaitlistBand.class)));

  /**
   * The facts of a finding, by {@code type}: {@code orphaned-need}, {@code unknown-need},
   * {@code closed-with-open-referral}, {@code sent-without-capacity}, {@code overdue-referral}, {@code ping-pong},
   * {@code deadlock},
   * {@code urgent-threat-norm}, {@code first-conversation-norm}, {@code beyond-mandate}, {@code stalled-escalation},
   * {@code signal-response-overdue}, {@code signal-feedback-overdue}, {@code structural-signal},
   * {@code mandate-widening}, {@code shared-after-withdrawal}.
   */
  public static final SealedCodec<Facts> FACTS = SealedCodec.<Facts>of("finding facts")
      .add("orphaned-need", Facts.Orphaned.class, Shapes.<Facts.Orphaned>members()
          .required("orphan", Facts.Orphaned::need, ORPHANED_NEED.reader(), ORPHANED_NEED.writer())
          .optional("holder", Facts.Orphaned::holder, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.Orphaned(m.required("orphan", OrphanedNeed.class), m.optional("holder", AgencyRef.class)))
      .add("unknown-need", Facts.UnknownNeed.class, Shapes.<Facts.UnknownNeed>members()
          .required("referral", Facts.UnknownNeed::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
          .required("caseId", Facts.UnknownNeed::caseId, CASE_ID.reader(), CASE_ID.writer())
          .required("need", Facts.UnknownNeed::need, NEED_ID.reader(), NEED_ID.writer())
          .required("agency", Facts.UnknownNeed::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.UnknownNeed(m.required("referral", ReferralId.class), m.required("caseId", CaseId.class),
              m.required("need", NeedId.class), m.required("agency", AgencyRef.class)))
      .add("closed-with-open-referral", Facts.ClosedWithOpenReferral.class,
          Shapes.<Facts.ClosedWithOpenReferral>members()
          .required("caseId", Facts.ClosedWithOpenReferral::caseId, CASE_ID.reader(), CASE_ID.writer())
          .required("referral", Facts.ClosedWithOpenReferral::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
          .required("need", Facts.ClosedWithOpenReferral::need, NEED_ID.reader(), NEED_ID.writer())
          .required("to", Facts.ClosedWithOpenReferral::to, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("status", Facts.ClosedWithOpenReferral::status, code(CodeTable.REFERRAL_STATUS),
              codeOf(CodeTable.REFERRAL_STATUS)),
          m -> new Facts.ClosedWithOpenReferral(m.required("caseId", CaseId.class), m.required("referral",
              ReferralId.class), m.required("need", NeedId.class), m.required("to", AgencyRef.class),
              m.required("status", ReferralStatus.class)))
      .add("sent-without-capacity", Facts.SentWithoutCapacity.class,
          Shapes.<Facts.SentWithoutCapacity>members()
          .required("client", Facts.SentWithoutCapacity::client, CLIENT_ID.reader(), CLIENT_ID.writer())
          .required("referral", Facts.SentWithoutCapacity::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
          .required("to", Facts.SentWithoutCapacity::to, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("service", Facts.SentWithoutCapacity::service, Reading.STRING, Writing.STRING)
          .required("sentOn", Facts.SentWithoutCapacity::sentOn, Reading.DATE, Writing.DATE),
          m -> new Facts.SentWithoutCapacity(m.required("client", ClientId.class), m.required("referral",
              ReferralId.class), m.required("to", AgencyRef.class), m.required("service", String.class),
              m.required("sentOn", LocalDate.class)))
      .add("shared-after-withdrawal", Facts.SharedAfterWithdrawal.class,
          Shapes.<Facts.SharedAfterWithdrawal>members()
          .required("client", Facts.SharedAfterWithdrawal::client, CLIENT_ID.reader(), CLIENT_ID.writer())
          .required("referral", Facts.SharedAfterWithdrawal::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
          .required("to", Facts.SharedAfterWithdrawal::to, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("domain", Facts.SharedAfterWithdrawal::domain, code(CodeTable.LIFE_DOMAIN),
              codeOf(CodeTable.LIFE_DOMAIN))
          .required("status", Facts.SharedAfterWithdrawal::status, code(CodeTable.REFERRAL_STATUS),
              codeOf(CodeTable.REFERRAL_STATUS))
          .required("withdrawnOn", Facts.SharedAfterWithdrawal::withdrawnOn, Reading.DATE, Writing.DATE),
          m -> new Facts.SharedAfterWithdrawal(m.required("client", ClientId.class), m.required("referral",
              ReferralId.class), m.required("to", AgencyRef.class), m.required("domain", LifeDomain.class),
              m.required("status", ReferralStatus.class), m.required("withdrawnOn", LocalDate.class)))
      .add("overdue-referral", Facts.OverdueReferral.class, Shapes.<Facts.OverdueReferral>members()
          .required("client", Facts.OverdueReferral::client, CLIENT_ID.reader(), CLIENT_ID.writer())
          .required("referral", Facts.OverdueReferral::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
          .required("to", Facts.OverdueReferral::to, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("kind", Facts.OverdueReferral::kind, code(CodeTable.OVERDUE_KIND), codeOf(CodeTable.OVERDUE_KIND))
          .required("dueAt", Facts.OverdueReferral::due, Reading.INSTANT_READER, Writing.INSTANT)
          .required("dueDate", Facts.OverdueReferral::dueDate, Reading.DATE, Writing.DATE)
          .required("daysOverdue", Facts.OverdueReferral::daysOverdue, Reading.LONG, Writing.LONG),
          m -> new Facts.OverdueReferral(m.required("client", ClientId.class), m.required("referral",
              ReferralId.class), m.required("to", AgencyRef.class), m.required("kind", StaleReferral.Kind.class),
              m.required("dueAt", Instant.class), m.required("dueDate", LocalDate.class),
              m.required("daysOverdue", Long.class)))
      .add("ping-pong", Facts.PingPong.class, Shapes.<Facts.PingPong>members()
          .required("client", Facts.PingPong::client, CLIENT_ID.reader(), CLIENT_ID.writer())
          .required("domain", Facts.PingPong::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
          .required("first", Facts.PingPong::first, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("second", Facts.PingPong::second, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("returns", Facts.PingPong::returns, Reading.INT, Writing.INT)
          .required("handOffs", Facts.PingPong::handOffs, Reading.list(HAND_OFF.reader()),
              Writing.list(HAND_OFF.writer())),
          m -> new Facts.PingPong(m.required("client", ClientId.class), m.required("domain", LifeDomain.class),
              m.required("first", AgencyRef.class), m.required("second", AgencyRef.class),
              m.required("returns", Integer.class), m.list("handOffs")))
      .add("deadlock", Facts.Deadlock.class, Shapes.<Facts.Deadlock>members()
          .required("client", Facts.Deadlock::client, CLIENT_ID.reader(), CLIENT_ID.writer())
          .required("cycle", Facts.Deadlock::cycle, Reading.list(WAIT.reader()), Writing.list(WAIT.writer())),
          m -> new Facts.Deadlock(m.required("client", ClientId.class), m.list("cycle")))
      .add("urgent-threat-norm", Facts.UrgentThreatNorm.class, Shapes.<Facts.UrgentThreatNorm>members()
          .required("client", Facts.UrgentThreatNorm::client, CLIENT_ID.reader(), CLIENT_ID.writer())
          .required("caseId", Facts.UrgentThreatNorm::caseId, CASE_ID.reader(), CASE_ID.writer())
          .required("need", Facts.UrgentThreatNorm::need, NEED_ID.reader(), NEED_ID.writer())
          .required("threat", Facts.UrgentThreatNorm::threat, code(CodeTable.URGENT_THREAT),
              codeOf(CodeTable.URGENT_THREAT))
          .required("reportedOn", Facts.UrgentThreatNorm::reportedOn, Reading.DATE, Writing.DATE)
          .required("dueDate", Facts.UrgentThreatNorm::dueDate, Reading.DATE, Writing.DATE)
          .optional("heldOn", Facts.UrgentThreatNorm::heldOn, Reading.DATE, Writing.DATE)
          .required("agency", Facts.UrgentThreatNorm::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.UrgentThreatNorm(m.required("client", ClientId.class), m.required("caseId", CaseId.class),
              m.required("need", NeedId.class), m.required("threat", UrgentThreat.class),
              m.required("reportedOn", LocalDate.class), m.required("dueDate", LocalDate.class),
              m.optional("heldOn", LocalDate.class), m.required("agency", AgencyRef.class)))
      .add("first-conversation-norm", Facts.FirstConversationNorm.class,
          Shapes.<Facts.FirstConversationNorm>members()
          .required("client", Facts.FirstConversationNorm::client, CLIENT_ID.reader(), CLIENT_ID.writer())
          .required("caseId", Facts.FirstConversationNorm::caseId, CASE_ID.reader(), CASE_ID.writer())
          .required("requestedOn", Facts.FirstConversationNorm::requestedOn, Reading.DATE, Writing.DATE)
          .required("dueDate", Facts.FirstConversationNorm::dueDate, Reading.DATE, Writing.DATE)
          .optional("heldOn", Facts.FirstConversationNorm::heldOn, Reading.DATE, Writing.DATE)
          .required("agency", Facts.FirstConversationNorm::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.FirstConversationNorm(m.required("client", ClientId.class), m.required("caseId",
              CaseId.class), m.required("requestedOn", LocalDate.class), m.required("dueDate", LocalDate.class),
              m.optional("heldOn", LocalDate.class), m.required("agency", AgencyRef.class)))
      .add("beyond-mandate", Facts.BeyondMandate.class, Shapes.<Facts.BeyondMandate>members()
          .required("escalation", Facts.BeyondMandate::escalation, ESCALATION_ID.reader(), ESCALATION_ID.writer())
          .required("caseId", Facts.BeyondMandate::caseId, CASE_ID.reader(), CASE_ID.writer())
          .required("raisedBy", Facts.BeyondMandate::raisedBy, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
          .required("level", Facts.BeyondMandate::level, code(CodeTable.LADDER_LEVEL), codeOf(CodeTable.LADDER_LEVEL))
          .required("target", Facts.BeyondMandate::target, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("on", Facts.BeyondMandate::on, Reading.DATE, Writing.DATE)
          .required("role", Facts.BeyondMandate::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
          .required("raiserAgency", Facts.BeyondMandate::raiserAgency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("mandate", Facts.BeyondMandate::mandate, code(CodeTable.LADDER_LEVEL),
              codeOf(CodeTable.LADDER_LEVEL))
          .optional("beyondMandateReason", Facts.BeyondMandate::reason, code(CodeTable.BEYOND_MANDATE_REASON),
              codeOf(CodeTable.BEYOND_MANDATE_REASON))
          .optional("informBy", Facts.BeyondMandate::informBy, Reading.DATE, Writing.DATE),
          m -> new Facts.BeyondMandate(m.required("escalation", EscalationId.class), m.required("caseId",
              CaseId.class), m.required("raisedBy", ProfessionalId.class), m.required("level", LadderLevel.class),
              m.required("target", AgencyRef.class), m.required("on", LocalDate.class), m.required("role",
              Role.class), m.required("raiserAgency", AgencyRef.class), m.required("mandate", LadderLevel.class),
              m.optional("beyondMandateReason", BeyondMandateReason.class), m.optional("informBy", LocalDate.class)))
      .add("stalled-escalation", Facts.StalledEscalation.class, Shapes.<Facts.StalledEscalation>members()
          .required("escalation", Facts.StalledEscalation::escalation, ESCALATION_ID.reader(),
              ESCALATION_ID.writer())
          .required("caseId", Facts.StalledEscalation::caseId, CASE_ID.reader(), CASE_ID.writer())
          .required("reason", Facts.StalledEscalation::reason, code(CodeTable.ESCALATION_REASON),
              codeOf(CodeTable.ESCALATION_REASON))
          .optional("level", Facts.StalledEscalation::level, code(CodeTable.LADDER_LEVEL),
              codeOf(CodeTable.LADDER_LEVEL))
          .required("target", Facts.StalledEscalation::target, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("since", Facts.StalledEscalation::since, Reading.DATE, Writing.DATE)
          .required("dueDate", Facts.StalledEscalation::dueDate, Reading.DATE, Writing.DATE),
          m -> new Facts.StalledEscalation(m.required("escalation", EscalationId.class), m.required("caseId",
              CaseId.class), m.required("reason", EscalationReason.class), m.optional("level", LadderLevel.class),
              m.required("target", AgencyRef.class), m.required("since", LocalDate.class),
              m.required("dueDate", LocalDate.class)))
      .add("signal-response-overdue", Facts.SignalResponseOverdue.class,
          Shapes.<Facts.SignalResponseOverdue>members()
          .required("signal", Facts.SignalResponseOverdue::signal, SIGNAL_ID.reader(), SIGNAL_ID.writer())
          .required("domain", Facts.SignalResponseOverdue::domain, code(CodeTable.LIFE_DOMAIN),
              codeOf(CodeTable.LIFE_DOMAIN))
          .required("area", Facts.SignalResponseOverdue::area, AREA.reader(), AREA.writer())
          .required("period", Facts.SignalResponseOverdue::period, QUARTER.reader(), QUARTER.writer())
          .required("role", Facts.SignalResponseOverdue::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
          .required("agency", Facts.SignalResponseOverdue::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("owedSince", Facts.SignalResponseOverdue::owedSince, Reading.DATE, Writing.DATE),
          m -> new Facts.SignalResponseOverdue(m.required("signal", SignalId.class), m.required("domain",
              LifeDomain.class), m.required("area", Area.class), m.required("period", Quarter.class),
              m.required("role", Role.class), m.required("agency", AgencyRef.class),
              m.required("owedSince", LocalDate.class)))
      .add("signal-feedback-overdue", Facts.SignalFeedbackOverdue.class,
          Shapes.<Facts.SignalFeedbackOverdue>members()
          .required("signal", Facts.SignalFeedbackOverdue::signal, SIGNAL_ID.reader(), SIGNAL_ID.writer())
          .required("answeredOn", Facts.SignalFeedbackOverdue::answeredOn, Reading.DATE, Writing.DATE)
          .required("pending", Facts.SignalFeedbackOverdue::pending, Reading.sortedSet(PROFESSIONAL_ID.reader()),
              Writing.list(PROFESSIONAL_ID.writer()))
          .required("role", Facts.SignalFeedbackOverdue::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
          .required("agency", Facts.SignalFeedbackOverdue::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.SignalFeedbackOverdue(m.required("signal", SignalId.class), m.required("answeredOn",
              LocalDate.class), m.sortedSet("pending"), m.required("role", Role.class),
              m.required("agency", AgencyRef.class)))
      .add("structural-signal", Facts.StructuralSignal.class, Shapes.<Facts.StructuralSignal>members()
          .required("shape", Facts.StructuralSignal::shape, INCIDENT_SHAPE.reader(), INCIDENT_SHAPE.writer())
          .required("quarter", Facts.StructuralSignal::quarter, QUARTER.reader(), QUARTER.writer())
          .required("cases", Facts.StructuralSignal::cases, Reading.sortedSet(CASE_ID.reader()),
              Writing.list(CASE_ID.writer())),
          m -> new Facts.StructuralSignal(m.required("shape", IncidentShape.class), m.required("quarter",
              Quarter.class), m.sortedSet("cases")))
      .add("mandate-widening", Facts.MandateWidening.class, Shapes.<Facts.MandateWidening>members()
          .required("agency", Facts.MandateWidening::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("role", Facts.MandateWidening::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
          .required("mandate", Facts.MandateWidening::mandate, code(CodeTable.LADDER_LEVEL),
              codeOf(CodeTable.LADDER_LEVEL))
          .required("highestReached", Facts.MandateWidening::highestReached, code(CodeTable.LADDER_LEVEL),
              codeOf(CodeTable.LADDER_LEVEL))
          .required("quarter", Facts.MandateWidening::quarter, QUARTER.reader(), QUARTER.writer())
          .required("escalations", Facts.MandateWidening::escalations, Reading.sortedSet(ESCALATION_ID.reader()),
              Writing.list(ESCALATION_ID.writer()))
          .required("cases", Facts.MandateWidening::cases, Reading.sortedSet(CASE_ID.reader()),
              Writing.list(CASE_ID.writer()))
          .required("resolvedBeyondMandate", Facts.MandateWidening::resolvedBeyondMandate, Reading.INT,
              Writing.INT),
          m -> new Facts.MandateWidening(m.required("agency", AgencyRef.class), m.required("role", Role.class),
              m.required("mandate", LadderLevel.class), m.required("highestReached", LadderLevel.class),
              m.required("quarter", Quarter.class), m.sortedSet("escalations"), m.sortedSet("cases"),
              m.required("resolvedBeyondMandate", Integer.class)))
      .add("regulatory-gap", Facts.RegulatoryGap.class, Shapes.<Facts.RegulatoryGap>members()
          .required("client", Facts.RegulatoryGap::client, CLIENT_ID.reader(), CLIENT_ID.writer())
          .required("caseId", Facts.RegulatoryGap::caseId, CASE_ID.reader(), CASE_ID.writer())
          .required("need", Facts.RegulatoryGap::need, NEED_ID.reader(), NEED_ID.writer())
          .required("domain", Facts.RegulatoryGap::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
          .required("exclusions", Facts.RegulatoryGap::exclusions, Reading.list(GAP_EXCLUSION.reader()),
              Writing.list(GAP_EXCLUSION.writer())),
          m -> new Facts.RegulatoryGap(m.required("client", ClientId.class), m.required("caseId", CaseId.class),
              m.required("need", NeedId.class), m.required("domain", LifeDomain.class), m.list("exclusions")))
      .add("capacity-gap", Facts.CapacityGap.class, Shapes.<Facts.CapacityGap>members()
          .required("client", Facts.CapacityGap::client, CLIENT_ID.reader(), CLIENT_ID.writer())
          .required("caseId", Facts.CapacityGap::caseId, CASE_ID.reader(), CASE_ID.writer())
          .required("need", Facts.CapacityGap::need, NEED_ID.reader(), NEED_ID.writer())
          .required("domain", Facts.CapacityGap::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
          .required("services", Facts.CapacityGap::services, Reading.list(FULL_SERVICE.reader()),
              Writing.list(FULL_SERVICE.writer())),
          m -> new Facts.CapacityGap(m.required("client", ClientId.class), m.required("caseId", CaseId.class),
              m.required("need", NeedId.class), m.required("domain", LifeDomain.class), m.list("services")))
      .add("recurring-gap", Facts.RecurringGap.class, Shapes.<Facts.RecurringGap>members()
          .required("domain", Facts.RecurringGap::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
          .required("area", Facts.RecurringGap::area, AREA.reader(), AREA.writer())
          .required("literals", Facts.RecurringGap::literals, Reading.list(RULE.reader()),
              Writing.list(RULE.writer()))
          .required("cases", Facts.RecurringGap::cases, Reading.sortedSet(CASE_ID.reader()),
              Writing.list(CASE_ID.writer())),
          m -> new Facts.RecurringGap(m.required("domain", LifeDomain.class), m.required("area", Area.class),
              m.list("literals"), m.sortedSet("cases")))
      .add("crisis-attempt-norm", Facts.CrisisAttemptNorm.class, Shapes.<Facts.CrisisAttemptNorm>members()
          .required("outreach", Facts.CrisisAttemptNorm::outreach, OUTREACH_ID.reader(), OUTREACH_ID.writer())
          .required("earlySignal", Facts.CrisisAttemptNorm::signal, EARLY_SIGNAL_ID.reader(), EARLY_SIGNAL_ID.writer())
          .required("partner", Facts.CrisisAttemptNorm::partner, code(CodeTable.PARTNER_TYPE), codeOf(CodeTable.PARTNER_TYPE))
          .required("receivedOn", Facts.CrisisAttemptNorm::receivedOn, Reading.DATE, Writing.DATE)
          .required("dueDate", Facts.CrisisAttemptNorm::dueDate, Reading.DATE, Writing.DATE)
          .optional("attemptedOn", Facts.CrisisAttemptNorm::attemptedOn, Reading.DATE, Writing.DATE)
          .required("agency", Facts.CrisisAttemptNorm::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.CrisisAttemptNorm(m.required("outreach", OutreachId.class), m.required("earlySignal",
              EarlySignalId.class), m.required("partner", PartnerType.class), m.required("receivedOn",
              LocalDate.class), m.required("dueDate", LocalDate.class), m.optional("attemptedOn", LocalDate.class),
              m.required("agency", AgencyRef.class)))
      .add("first-attempt-norm", Facts.FirstAttemptNorm.class, Shapes.<Facts.FirstAttemptNorm>members()
          .required("outreach", Facts.FirstAttemptNorm::outreach, OUTREACH_ID.reader(), OUTREACH_ID.writer())
          .required("earlySignal", Facts.FirstAttemptNorm::signal, EARLY_SIGNAL_ID.reader(), EARLY_SIGNAL_ID.writer())
          .required("partner", Facts.FirstAttemptNorm::partner, code(CodeTable.PARTNER_TYPE), codeOf(CodeTable.PARTNER_TYPE))
          .required("receivedOn", Facts.FirstAttemptNorm::receivedOn, Reading.DATE, Writing.DATE)
          .required("dueDate", Facts.FirstAttemptNorm::dueDate, Reading.DATE, Writing.DATE)
          .optional("attemptedOn", Facts.FirstAttemptNorm::attemptedOn, Reading.DATE, Writing.DATE)
          .required("agency", Facts.FirstAttemptNorm::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.FirstAttemptNorm(m.required("outreach", OutreachId.class), m.required("earlySignal",
              EarlySignalId.class), m.required("partner", PartnerType.class), m.required("receivedOn",
              LocalDate.class), m.required("dueDate", LocalDate.class), m.optional("attemptedOn", LocalDate.class),
              m.required("agency", AgencyRef.class)))
      .add("end-result-overdue", Facts.EndResultOverdue.class, Shapes.<Facts.EndResultOverdue>members()
          .required("outreach", Facts.EndResultOverdue::outreach, OUTREACH_ID.reader(), OUTREACH_ID.writer())
          .required("outreachStatus", Facts.EndResultOverdue::status, code(CodeTable.OUTREACH_STATUS),
              codeOf(CodeTable.OUTREACH_STATUS))
          .required("openedOn", Facts.EndResultOverdue::openedOn, Reading.DATE, Writing.DATE)
          .required("dueDate", Facts.EndResultOverdue::dueDate, Reading.DATE, Writing.DATE)
          .required("agency", Facts.EndResultOverdue::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.EndResultOverdue(m.required("outreach", OutreachId.class), m.required("outreachStatus",
              OutreachStatus.class), m.required("openedOn", LocalDate.class), m.required("dueDate", LocalDate.class),
              m.required("agency", AgencyRef.class)))
      .add("unbundled-signals", Facts.UnbundledSignals.class, Shapes.<Facts.UnbundledSignals>members()
          .required("outreachCases", Facts.UnbundledSignals::cases, Reading.sortedSet(OUTREACH_ID.reader()),
              Writing.list(OUTREACH_ID.writer()))
          .required("partners", Facts.UnbundledSignals::partners, Reading.sortedSet(code(CodeTable.PARTNER_TYPE)),
              Writing.list(codeOf(CodeTable.PARTNER_TYPE)))
          .required("agency", Facts.UnbundledSignals::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.UnbundledSignals(m.sortedSet("outreachCases"), m.sortedSet("partners"),
              m.required("agency", AgencyRef.class)))
      .add("missing-follow-up-referral", Facts.MissingFollowUpReferral.class,
          Shapes.<Facts.MissingFollowUpReferral>members()
          .required("outreach", Facts.MissingFollowUpReferral::outreach, OUTREACH_ID.reader(),
              OUTREACH_ID.writer())
          .required("endResult", Facts.MissingFollowUpReferral::result, code(CodeTable.END_RESULT),
              codeOf(CodeTable.END_RESULT))
          .required("referral", Facts.MissingFollowUpReferral::referral, REFERRAL_ID.reader(),
              REFERRAL_ID.writer())
          .required("agency", Facts.MissingFollowUpReferral::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new Facts.MissingFollowUpReferral(m.required("outreach", OutreachId.class), m.required("endResult",
              EndResult.class), m.required("referral", ReferralId.class), m.required("agency", AgencyRef.class)))
      .build();

  /** A finding's structured next step, by {@code type}: the step's {@link NextStep#kind()}. */
  public static final SealedCodec<NextStep> NEXT_STEP = SealedCodec.<NextStep>of("next step")
      .add(NextStep.AssignAccountable.KIND, NextStep.AssignAccountable.class,
          Shapes.<NextStep.AssignAccountable>members()
          .optional("agency", NextStep.AssignAccountable::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("need", NextStep.AssignAccountable::need, NEED_ID.reader(), NEED_ID.writer()),
          m -> new NextStep.AssignAccountable(m.optional("agency", AgencyRef.class), m.required("need", NeedId.class)))
      .add(NextStep.CorrectRecords.KIND, NextStep.CorrectRecords.class, Shapes.<NextStep.CorrectRecords>members()
          .required("agency", NextStep.CorrectRecords::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("referral", NextStep.CorrectRecords::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer()),
          m -> new NextStep.CorrectRecords(m.required("agency", AgencyRef.class), m.required("referral",
              ReferralId.class)))
      .add(NextStep.CloseLoop.KIND, NextStep.CloseLoop.class, Shapes.<NextStep.CloseLoop>members()
          .required("agency", NextStep.CloseLoop::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("referral", NextStep.CloseLoop::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer()),
          m -> new NextStep.CloseLoop(m.required("agency", AgencyRef.class), m.required("referral",
              ReferralId.class)))
      .add(NextStep.ReconsiderReferral.KIND, NextStep.ReconsiderReferral.class,
          Shapes.<NextStep.ReconsiderReferral>members()
          .required("agency", NextStep.ReconsiderReferral::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("referral", NextStep.ReconsiderReferral::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer()),
          m -> new NextStep.ReconsiderReferral(m.required("agency", AgencyRef.class), m.required("referral",
              ReferralId.class)))
      .add(NextStep.RecordBasisOrCancel.KIND, NextStep.RecordBasisOrCancel.class,
          Shapes.<NextStep.RecordBasisOrCancel>members()
          .required("agency", NextStep.RecordBasisOrCancel::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("referral", NextStep.RecordBasisOrCancel::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer()),
          m -> new NextStep.RecordBasisOrCancel(m.required("agency", AgencyRef.class), m.required("referral",
              ReferralId.class)))
      .add(NextStep.FollowUpReferral.KIND, NextStep.FollowUpReferral.class,
          Shapes.<NextStep.FollowUpReferral>members()
          .required("referral", NextStep.FollowUpReferral::referral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
          .required("agency", NextStep.FollowUpReferral::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("due", NextStep.FollowUpReferral::due, Reading.DATE, Writing.DATE),
          m -> new NextStep.FollowUpReferral(m.required("referral", ReferralId.class), m.required("agency",
              AgencyRef.class), m.required("due", LocalDate.class)))
      .add(NextStep.AgreeWhoStarts.KIND, NextStep.AgreeWhoStarts.class, Shapes.<NextStep.AgreeWhoStarts>members()
          .required("first", NextStep.AgreeWhoStarts::first, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("second", NextStep.AgreeWhoStarts::second, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new NextStep.AgreeWhoStarts(m.required("first", AgencyRef.class), m.required("second",
              AgencyRef.class)))
      .add(NextStep.BreakDeadlock.KIND, NextStep.BreakDeadlock.class, Shapes.<NextStep.BreakDeadlock>members()
          .required("agency", NextStep.BreakDeadlock::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("startOn", NextStep.BreakDeadlock::startOn, code(CodeTable.LIFE_DOMAIN),
              codeOf(CodeTable.LIFE_DOMAIN))
          .required("without", NextStep.BreakDeadlock::without, code(CodeTable.LIFE_DOMAIN),
              codeOf(CodeTable.LIFE_DOMAIN)),
          m -> new NextStep.BreakDeadlock(m.required("agency", AgencyRef.class), m.required("startOn",
              LifeDomain.class), m.required("without", LifeDomain.class)))
      .add(NextStep.PlanFirstConversation.KIND, NextStep.PlanFirstConversation.class,
          Shapes.<NextStep.PlanFirstConversation>members()
          .required("agency", NextStep.PlanFirstConversation::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new NextStep.PlanFirstConversation(m.required("agency", AgencyRef.class)))
      .add(NextStep.ReportLateConversation.KIND, NextStep.ReportLateConversation.class,
          Shapes.<NextStep.ReportLateConversation>members()
          .required("agency", NextStep.ReportLateConversation::agency, AGENCY_REF_READER, AGENCY_REF.writer()),
          m -> new NextStep.ReportLateConversation(m.required("agency", AgencyRef.class)))
      .add(NextStep.InformManager.KIND, NextStep.InformManager.class, Shapes.<NextStep.InformManager>members()
          .required("professional", NextStep.InformManager::professional, PROFESSIONAL_ID.reader(),
              PROFESSIONAL_ID.writer())
          .required("agency", NextStep.InformManager::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("escalation", NextStep.InformManager::escalation, ESCALATION_ID.reader(),
              ESCALATION_ID.writer()),
          m -> new NextStep.InformManager(m.required("professional", ProfessionalId.class), m.required("agency",
              AgencyRef.class), m.required("escalation", EscalationId.class)))
      .add(NextStep.Escalate.KIND, NextStep.Escalate.class, Shapes.<NextStep.Escalate>members()
          .required("agency", NextStep.Escalate::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("level", NextStep.Escalate::level, code(CodeTable.LADDER_LEVEL), codeOf(CodeTable.LADDER_LEVEL))
          .required("reason", NextStep.Escalate::reason, code(CodeTable.ESCALATION_REASON),
              codeOf(CodeTable.ESCALATION_REASON))
          .required("viaOwnManager", NextStep.Escalate::viaOwnManager, Reading.BOOLEAN, Writing.BOOLEAN),
          m -> new NextStep.Escalate(m.required("agency", AgencyRef.class), m.required("level", LadderLevel.class),
              m.required("reason", EscalationReason.class), m.required("viaOwnManager", Boolean.class)))
      .add(NextStep.RaiseGapSignal.KIND, NextStep.RaiseGapSignal.class, Shapes.<NextStep.RaiseGapSignal>members()
          .optional("agency", NextStep.RaiseGapSignal::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("escalation", NextStep.RaiseGapSignal::escalation, ESCALATION_ID.reader(),
              ESCALATION_ID.writer()),
          m -> new NextStep.RaiseGapSignal(m.optional("agency", AgencyRef.class), m.required("escalation",
              EscalationId.class)))
      .add(NextStep.ChaseSignalResponse.KIND, NextStep.ChaseSignalResponse.class,
          Shapes.<NextStep.ChaseSignalResponse>members()
          .required("role", NextStep.ChaseSignalResponse::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
          .required("agency", NextStep.ChaseSignalResponse::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("signal", NextStep.ChaseSignalResponse::signal, SIGNAL_ID.reader(), SIGNAL_ID.writer()),
          m -> new NextStep.ChaseSignalResponse(m.required("role", Role.class), m.required("agency",
              AgencyRef.class), m.required("signal", SignalId.class)))
      .add(NextStep.ChaseFeedback.KIND, NextStep.ChaseFeedback.class, Shapes.<NextStep.ChaseFeedback>members()
          .required("role", NextStep.ChaseFeedback::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
          .required("agency", NextStep.ChaseFeedback::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("professionals", NextStep.ChaseFeedback::professionals,
              Reading.sortedSet(PROFESSIONAL_ID.reader()), Writing.list(PROFESSIONAL_ID.writer())),
          m -> new NextStep.ChaseFeedback(m.required("role", Role.class), m.required("agency", AgencyRef.class),
              m.sortedSet("professionals")))
      .add(NextStep.RaiseSignal.KIND, NextStep.RaiseSignal.class, Shapes.<NextStep.RaiseSignal>members()
          .required("cases", NextStep.RaiseSignal::cases, Reading.sortedSet(CASE_ID.reader()),
              Writing.list(CASE_ID.writer())),
          m -> new NextStep.RaiseSignal(m.sortedSet("cases")))
      .add(NextStep.ProposeWiderMandate.KIND, NextStep.ProposeWiderMandate.class,
          Shapes.<NextStep.ProposeWiderMandate>members()
          .required("role", NextStep.ProposeWiderMandate::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
          .required("agency", NextStep.ProposeWiderMandate::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("level", NextStep.ProposeWiderMandate::level, code(CodeTable.LADDER_LEVEL),
              codeOf(CodeTable.LADDER_LEVEL))
          .required("escalations", NextStep.ProposeWiderMandate::escalations,
              Reading.sortedSet(ESCALATION_ID.reader()), Writing.list(ESCALATION_ID.writer())),
          m -> new NextStep.ProposeWiderMandate(m.required("role", Role.class), m.required("agency", AgencyRef.class),
              m.required("level", LadderLevel.class), m.sortedSet("escalations")))
      .add(NextStep.AskForPlace.KIND, NextStep.AskForPlace.class, Shapes.<NextStep.AskForPlace>members()
          .required("agency", NextStep.AskForPlace::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("service", NextStep.AskForPlace::service, Reading.STRING, Writing.STRING)
          .optional("waitlist", NextStep.AskForPlace::waitlist, code(CodeTable.WAITLIST_BAND),
              codeOf(CodeTable.WAITLIST_BAND)),
          m -> new NextStep.AskForPlace(m.required("agency", AgencyRef.class), m.required("service", String.class),
              m.optional("waitlist", WaitlistBand.class)))
      .add(NextStep.AttemptContact.KIND, NextStep.AttemptContact.class, Shapes.<NextStep.AttemptContact>members()
          .required("agency", NextStep.AttemptContact::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("outreach", NextStep.AttemptContact::outreach, OUTREACH_ID.reader(), OUTREACH_ID.writer()),
          m -> new NextStep.AttemptContact(m.required("agency", AgencyRef.class), m.required("outreach",
              OutreachId.class)))
      .add(NextStep.RecordEndResult.KIND, NextStep.RecordEndResult.class, Shapes.<NextStep.RecordEndResult>members()
          .required("agency", NextStep.RecordEndResult::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("outreach", NextStep.RecordEndResult::outreach, OUTREACH_ID.reader(), OUTREACH_ID.writer()),
          m -> new NextStep.RecordEndResult(m.required("agency", AgencyRef.class), m.required("outreach",
              OutreachId.class)))
      .add(NextStep.BundleSignals.KIND, NextStep.BundleSignals.class, Shapes.<NextStep.BundleSignals>members()
          .required("agency", NextStep.BundleSignals::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("into", NextStep.BundleSignals::into, OUTREACH_ID.reader(), OUTREACH_ID.writer()),
          m -> new NextStep.BundleSignals(m.required("agency", AgencyRef.class), m.required("into",
              OutreachId.class)))
      .add(NextStep.RecordFollowUpReferral.KIND, NextStep.RecordFollowUpReferral.class,
          Shapes.<NextStep.RecordFollowUpReferral>members()
          .required("agency", NextStep.RecordFollowUpReferral::agency, AGENCY_REF_READER, AGENCY_REF.writer())
          .required("outreach", NextStep.RecordFollowUpReferral::outreach, OUTREACH_ID.reader(),
              OUTREACH_ID.writer())
          .required("referral", NextStep.RecordFollowUpReferral::referral, REFERRAL_ID.reader(),
              REFERRAL_ID.writer()),
          m -> new NextStep.RecordFollowUpReferral(m.required("agency", AgencyRef.class), m.required("outreach",
              OutreachId.class), m.required("referral", ReferralId.class)))
      .build();

  /**
   * One finding of the caseload check: code, severity, subjects and texts; {@code facts} and {@code step} (added
   * in version 1 as optional members, present together or not at all) when the entry carries its finding.
   */
  public static final ObjectCodec<Findings.Entry> FINDING = ObjectCodec.<Findings.Entry>builder()
      .required("code", Findings.Entry::code, code(CodeTable.FINDING_CODE), codeOf(CodeTable.FINDING_CODE))
      .required("severity", Findings.Entry::severity, code(CodeTable.SEVERITY), codeOf(CodeTable.SEVERITY))
      .required("subjects", Findings.Entry::subjects, Reading.list(SUBJECT_REF.reader()),
          Writing.list(SUBJECT_REF.writer()))
      .required("explanation", e -> e.text().explanation(), Reading.STRING, Writing.STRING)
      .required("nextStep", e -> e.text().nextStep(), Reading.STRING, Writing.STRING)
      .optional("facts", e -> e.structure().map(Finding::facts), FACTS.reader(), FACTS.writer())
      .optional("step", e -> e.structure().map(Finding::nextStep), NEXT_STEP.reader(), NEXT_STEP.writer())
      .build(Shapes::entry);

  private static Findings.Entry entry(Members m) {
    FindingCode code = m.required("code", FindingCode.class);
    Severity severity = m.required("severity", Severity.class);
    ImmutableList<SubjectRef> subjects = m.list("subjects");
    FindingText.Rendered text = new FindingText.Rendered(m.required("explanation", String.class),
        m.required("nextStep", String.class));
    Optional<Facts> facts = m.optional("facts", Facts.class);
    Optional<NextStep> step = m.optional("step", NextStep.class);
    if (facts.isEmpty() && step.isEmpty()) {
      return new Findings.Entry.TextOnly(code, severity, subjects, text);
    }
    if (facts.isEmpty() || step.isEmpty()) {
      String missing = facts.isEmpty() ? "facts" : "step";
      throw m.fail(missing, JsonCodes.MISSING_MEMBER, "facts and step are present together or not at all");
    }
    Finding finding = new Finding(severity, subjects, facts.get(), step.get());
    if (finding.code() != code) {
      throw m.fail("facts", CheckCodes.FINDING_FACTS_INVALID, "the facts are of another finding code");
    }
    return new Findings.Entry.Structured(finding, text);
  }

  /** What the check found at an instant. */
  public static final ObjectCodec<Findings> FINDINGS = ObjectCodec.<Findings>builder()
      .required("checkedAt", Findings::checkedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("findings", Findings::entries, Reading.list(FINDING.reader()), Writing.list(FINDING.writer()))
      .build(m -> new Findings(m.required("checkedAt", Instant.class), m.list("findings")));
}
