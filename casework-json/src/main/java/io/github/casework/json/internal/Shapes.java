package io.github.casework.json.internal;

import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Need;
import io.github.casework.casefile.ReportedThreat;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.Severity;
import io.github.casework.check.SubjectRef;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Step;
import io.github.casework.escalation.Target;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.json.Findings;
import io.github.casework.json.deser.AssessmentDeserializer;
import io.github.casework.json.deser.DataSharingBasisDeserializer;
import io.github.casework.json.deser.DispositionDeserializer;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.deser.RefusalDeserializer;
import io.github.casework.json.deser.ValueReader;
import io.github.casework.json.ser.AssessmentSerializer;
import io.github.casework.json.ser.DataSharingBasisSerializer;
import io.github.casework.json.ser.DispositionSerializer;
import io.github.casework.json.ser.RefusalSerializer;
import io.github.casework.json.ser.ValueWriter;
import io.github.casework.json.ser.Writing;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Role;
import io.github.casework.referral.Handover;
import io.github.casework.referral.LoopClosure;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Evidence;
import io.github.casework.signal.Observation;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Response;
import io.github.casework.signal.ResponseKind;
import io.github.casework.signal.Signal;
import io.github.casework.signal.Topic;
import io.github.casework.signal.Trend;
import java.time.Instant;
import java.util.function.Function;

/**
 * The wire shape of every record-like value and of every aggregate's stated state, as {@link ObjectCodec} tables:
 * members in canonical order (a record's components in declaration order), the domain's constructor to read them.
 */
public final class Shapes {
  private Shapes() {}

  /** Reads and writes an id. */
  private record Id<T>(ValueReader<T> reader, ValueWriter<T> writer) {
    static <T> Id<T> of(Function<String, T> factory, Function<T, String> text) {
      return new Id<>(Reading.text(factory), Writing.text(text));
    }
  }

  private static final Id<CaseId> CASE_ID = Id.of(CaseId::of, CaseId::value);
  private static final Id<NeedId> NEED_ID = Id.of(NeedId::of, NeedId::value);
  private static final Id<ClientId> CLIENT_ID = Id.of(ClientId::of, ClientId::value);
  private static final Id<AgencyId> AGENCY_ID = Id.of(AgencyId::of, AgencyId::value);
  private static final Id<ProfessionalId> PROFESSIONAL_ID = Id.of(ProfessionalId::of, ProfessionalId::value);
  private static final Id<ReferralId> REFERRAL_ID = Id.of(ReferralId::of, ReferralId::value);
  private static final Id<EscalationId> ESCALATION_ID = Id.of(EscalationId::of, EscalationId::value);
  private static final Id<SignalId> SIGNAL_ID = Id.of(SignalId::of, SignalId::value);
  private static final Id<Quarter> QUARTER = Id.of(Quarter::parse, Quarter::toString);
  private static final Id<Area> AREA = Id.of(Area::of, Area::code);

  /** Reads a code. */
  private static <E extends Enum<E>> ValueReader<E> code(CodeTable<E> table) {
    return Reading.code(table);
  }

  /** Writes a code. */
  private static <E extends Enum<E>> ValueWriter<E> codeOf(CodeTable<E> table) {
    return Writing.code(table);
  }

  /** A need in a case's state: its components; {@code disposition} and {@code openReferrals} only when present. */
  public static final ObjectCodec<Need> NEED = ObjectCodec.<Need>builder()
      .required("id", Need::id, NEED_ID.reader(), NEED_ID.writer())
      .required("domain", Need::domain, Reading.code(CodeTable.LIFE_DOMAIN), Writing.code(CodeTable.LIFE_DOMAIN))
      .required("urgency", Need::urgency, Reading.code(CodeTable.URGENCY), Writing.code(CodeTable.URGENCY))
      .required("accountable", Need::accountable, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("registeredAt", Need::registeredAt, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("disposition", Need::disposition, DispositionDeserializer.INSTANCE,
          Writing.with(DispositionSerializer.INSTANCE))
      .nonEmpty("openReferrals", Need::openReferrals, Reading.set(REFERRAL_ID.reader()),
          Writing.list(REFERRAL_ID.writer()))
      .build(m -> new Need(m.required("id", NeedId.class), m.required("domain", LifeDomain.class),
          m.required("urgency", Urgency.class), m.required("accountable", ProfessionalId.class),
          m.required("registeredAt", Instant.class), m.optional("disposition", Disposition.class),
          m.setOrEmpty("openReferrals")));

  /** An urgent threat reported for a need, in a case's state. */
  public static final ObjectCodec<ReportedThreat> REPORTED_THREAT = ObjectCodec.<ReportedThreat>builder()
      .required("need", ReportedThreat::need, NEED_ID.reader(), NEED_ID.writer())
      .required("threat", ReportedThreat::threat, Reading.code(CodeTable.URGENT_THREAT),
          Writing.code(CodeTable.URGENT_THREAT))
      .required("at", ReportedThreat::at, Reading.INSTANT_READER, Writing.INSTANT)
      .build(m -> new ReportedThreat(m.required("need", NeedId.class), m.required("threat", UrgentThreat.class),
          m.required("at", Instant.class)));

  /**
   * A case's state. The members added after the first release of version 1 ({@code urgentThreats},
   * {@code firstConversationAt}, and a need's {@code openReferrals}) are omitted when empty, so that a case
   * without them is written exactly as before.
   */
  public static final ObjectCodec<Case> CASE_STATE = ObjectCodec.<Case>builder()
      .required("id", Case::id, CASE_ID.reader(), CASE_ID.writer())
      .required("client", Case::client, CLIENT_ID.reader(), CLIENT_ID.writer())
      .required("agency", Case::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("owner", Case::owner, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("status", Case::status, Reading.code(CodeTable.CASE_STATUS), Writing.code(CodeTable.CASE_STATUS))
      .optional("closure", Case::closure, Reading.code(CodeTable.CLOSURE_REASON),
          Writing.code(CodeTable.CLOSURE_REASON))
      .required("needs", Case::needs, Reading.list(NEED.reader()), Writing.list(NEED.writer()))
      .required("assessments", Case::assessments, Reading.list(AssessmentDeserializer.INSTANCE),
          Writing.list(Writing.with(AssessmentSerializer.INSTANCE)))
      .nonEmpty("urgentThreats", Case::urgentThreats, Reading.list(REPORTED_THREAT.reader()),
          Writing.list(REPORTED_THREAT.writer()))
      .optional("firstConversationAt", Case::firstConversationAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("openedAt", Case::openedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("lastChangedAt", Case::lastChangedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("version", Case::version, Reading.LONG, Writing.LONG)
      .buildState();

  /** A warm handover in a referral's state. */
  public static final ObjectCodec<Handover> HANDOVER = ObjectCodec.<Handover>builder()
      .required("to", Handover::to, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("at", Handover::at, Reading.INSTANT_READER, Writing.INSTANT)
      .build(m -> new Handover(m.required("to", ProfessionalId.class), m.required("at", Instant.class)));

  /** The closing of a referral's loop, in a referral's state. */
  public static final ObjectCodec<LoopClosure> LOOP_CLOSURE = ObjectCodec.<LoopClosure>builder()
      .required("by", LoopClosure::by, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("at", LoopClosure::at, Reading.INSTANT_READER, Writing.INSTANT)
      .build(m -> new LoopClosure(m.required("by", ProfessionalId.class), m.required("at", Instant.class)));

  /** A referral's state: what its drafting fixed, then what its lifecycle changed, each part only once present. */
  public static final ObjectCodec<Referral> REFERRAL_STATE = ObjectCodec.<Referral>builder()
      .required("id", Referral::id, REFERRAL_ID.reader(), REFERRAL_ID.writer())
      .required("client", Referral::client, CLIENT_ID.reader(), CLIENT_ID.writer())
      .required("caseId", Referral::caseId, CASE_ID.reader(), CASE_ID.writer())
      .required("need", Referral::need, NEED_ID.reader(), NEED_ID.writer())
      .required("domain", Referral::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .required("from", Referral::from, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("referrer", Referral::referrer, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("to", Referral::to, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("service", Referral::service, Reading.STRING, Writing.STRING)
      .required("draftedAt", Referral::draftedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("status", Referral::status, code(CodeTable.REFERRAL_STATUS), codeOf(CodeTable.REFERRAL_STATUS))
      .optional("basis", Referral::basis, DataSharingBasisDeserializer.INSTANCE,
          Writing.with(DataSharingBasisSerializer.INSTANCE))
      .optional("sentAt", Referral::sentAt, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("responseDue", Referral::responseDue, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("followUpDue", Referral::followUpDue, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("capacity", Referral::capacity, code(CodeTable.CAPACITY), codeOf(CodeTable.CAPACITY))
      .optional("respondedAt", Referral::respondedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("expectedStart", Referral::expectedStart, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("refusal", Referral::refusal, RefusalDeserializer.INSTANCE, Writing.with(RefusalSerializer.INSTANCE))
      .optional("outcome", Referral::outcome, code(CodeTable.REFERRAL_OUTCOME), codeOf(CodeTable.REFERRAL_OUTCOME))
      .optional("failure", Referral::failure, code(CodeTable.FAILURE_REASON), codeOf(CodeTable.FAILURE_REASON))
      .optional("handover", Referral::handover, HANDOVER.reader(), HANDOVER.writer())
      .optional("loopClosure", Referral::loopClosure, LOOP_CLOSURE.reader(), LOOP_CLOSURE.writer())
      .required("lastChangedAt", Referral::lastChangedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("version", Referral::version, Reading.LONG, Writing.LONG)
      .buildState();

  /** What an escalation is about. */
  public static final ObjectCodec<EscalationSubject> SUBJECT = ObjectCodec.<EscalationSubject>builder()
      .required("caseId", EscalationSubject::caseId, CASE_ID.reader(), CASE_ID.writer())
      .required("need", EscalationSubject::need, NEED_ID.reader(), NEED_ID.writer())
      .required("domain", EscalationSubject::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .optional("blockingReferral", EscalationSubject::blockingReferral, REFERRAL_ID.reader(), REFERRAL_ID.writer())
      .build(m -> new EscalationSubject(m.required("caseId", CaseId.class), m.required("need", NeedId.class),
          m.required("domain", LifeDomain.class), m.optional("blockingReferral", ReferralId.class)));

  /** The agency whose ladder an escalation climbs. */
  public static final ObjectCodec<Target> TARGET = ObjectCodec.<Target>builder()
      .required("agency", Target::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("kind", Target::kind, code(CodeTable.AGENCY_KIND), codeOf(CodeTable.AGENCY_KIND))
      .build(m -> new Target(m.required("agency", AgencyId.class), m.required("kind", AgencyKind.class)));

  /** A mandate: the highest level an agency lets a role address directly. */
  public static final ObjectCodec<Mandate> MANDATE = ObjectCodec.<Mandate>builder()
      .required("agency", Mandate::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("role", Mandate::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
      .required("highestDirect", Mandate::highestDirect, code(CodeTable.LADDER_LEVEL), codeOf(CodeTable.LADDER_LEVEL))
      .build(m -> new Mandate(m.required("agency", AgencyId.class), m.required("role", Role.class),
          m.required("highestDirect", LadderLevel.class)));

  /** The mandates agencies grant, and the fallback level for pairs not listed. */
  public static final ObjectCodec<Mandates> MANDATES = ObjectCodec.<Mandates>builder()
      .required("mandates", Mandates::mandates, Reading.list(MANDATE.reader()), Writing.list(MANDATE.writer()))
      .required("fallback", Mandates::fallback, code(CodeTable.LADDER_LEVEL), codeOf(CodeTable.LADDER_LEVEL))
      .build(m -> Mandates.of(m.<Mandate>list("mandates"), m.required("fallback", LadderLevel.class)));

  /** One step up an escalation's ladder. */
  public static final ObjectCodec<Step> STEP = ObjectCodec.<Step>builder()
      .required("level", Step::level, code(CodeTable.LADDER_LEVEL), codeOf(CodeTable.LADDER_LEVEL))
      .required("addressed", Step::addressed, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("at", Step::at, Reading.INSTANT_READER, Writing.INSTANT)
      .build(m -> new Step(m.required("level", LadderLevel.class), m.required("addressed", ProfessionalId.class),
          m.required("at", Instant.class)));

  /** An escalation's state. */
  public static final ObjectCodec<Escalation> ESCALATION_STATE = ObjectCodec.<Escalation>builder()
      .required("id", Escalation::id, ESCALATION_ID.reader(), ESCALATION_ID.writer())
      .required("subject", Escalation::subject, SUBJECT.reader(), SUBJECT.writer())
      .required("reason", Escalation::reason, code(CodeTable.ESCALATION_REASON), codeOf(CodeTable.ESCALATION_REASON))
      .required("target", Escalation::target, TARGET.reader(), TARGET.writer())
      .required("raisedBy", Escalation::raisedBy, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .required("mandate", Escalation::mandate, MANDATE.reader(), MANDATE.writer())
      .required("route", Escalation::route, code(CodeTable.ROUTE), codeOf(CodeTable.ROUTE))
      .required("steps", Escalation::steps, Reading.list(STEP.reader()), Writing.list(STEP.writer()))
      .optional("managerInformedAt", Escalation::managerInformedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .optional("outcome", Escalation::outcome, code(CodeTable.ESCALATION_OUTCOME),
          codeOf(CodeTable.ESCALATION_OUTCOME))
      .required("raisedAt", Escalation::raisedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("lastChangedAt", Escalation::lastChangedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("version", Escalation::version, Reading.LONG, Writing.LONG)
      .buildState();

  /** What a signal is about. */
  public static final ObjectCodec<Topic> TOPIC = ObjectCodec.<Topic>builder()
      .required("domain", Topic::domain, code(CodeTable.LIFE_DOMAIN), codeOf(CodeTable.LIFE_DOMAIN))
      .required("targetGroup", Topic::targetGroup, Reading.STRING, Writing.STRING)
      .build(m -> new Topic(m.required("domain", LifeDomain.class), m.required("targetGroup", String.class)));

  /** The evidence behind a signal: counts, and the pseudonymous ids (sorted) of the items named. */
  public static final ObjectCodec<Evidence> EVIDENCE = ObjectCodec.<Evidence>builder()
      .required("caseCount", Evidence::caseCount, Reading.INT, Writing.INT)
      .required("escalationCount", Evidence::escalationCount, Reading.INT, Writing.INT)
      .required("refusalCount", Evidence::refusalCount, Reading.INT, Writing.INT)
      .required("caseIds", Evidence::caseIds, Reading.sortedSet(CASE_ID.reader()), Writing.list(CASE_ID.writer()))
      .required("escalationIds", Evidence::escalationIds, Reading.sortedSet(ESCALATION_ID.reader()),
          Writing.list(ESCALATION_ID.writer()))
      .required("refusalIds", Evidence::refusalIds, Reading.sortedSet(REFERRAL_ID.reader()),
          Writing.list(REFERRAL_ID.writer()))
      .build(m -> new Evidence(m.required("caseCount", Integer.class), m.required("escalationCount", Integer.class),
          m.required("refusalCount", Integer.class), m.sortedSet("caseIds"), m.sortedSet("escalationIds"),
          m.sortedSet("refusalIds")));

  /** What a signal reports. */
  public static final ObjectCodec<Observation> OBSERVATION = ObjectCodec.<Observation>builder()
      .required("period", Observation::period, QUARTER.reader(), QUARTER.writer())
      .required("area", Observation::area, AREA.reader(), AREA.writer())
      .required("topic", Observation::topic, TOPIC.reader(), TOPIC.writer())
      .required("trend", Observation::trend, code(CodeTable.TREND), codeOf(CodeTable.TREND))
      .required("evidence", Observation::evidence, EVIDENCE.reader(), EVIDENCE.writer())
      .build(m -> new Observation(m.required("period", Quarter.class), m.required("area", Area.class),
          m.required("topic", Topic.class), m.required("trend", Trend.class), m.required("evidence", Evidence.class)));

  /** The manager role a signal is addressed to. */
  public static final ObjectCodec<Addressee> ADDRESSEE = ObjectCodec.<Addressee>builder()
      .required("agency", Addressee::agency, AGENCY_ID.reader(), AGENCY_ID.writer())
      .required("role", Addressee::role, code(CodeTable.ROLE), codeOf(CodeTable.ROLE))
      .build(m -> new Addressee(m.required("agency", AgencyId.class), m.required("role", Role.class)));

  /** The answer to a signal. */
  public static final ObjectCodec<Response> RESPONSE = ObjectCodec.<Response>builder()
      .required("kind", Response::kind, code(CodeTable.RESPONSE_KIND), codeOf(CodeTable.RESPONSE_KIND))
      .optional("explanation", Response::explanation, Reading.STRING, Writing.STRING)
      .build(m -> new Response(m.required("kind", ResponseKind.class), m.optional("explanation", String.class)));

  /** A signal's state. */
  public static final ObjectCodec<Signal> SIGNAL_STATE = ObjectCodec.<Signal>builder()
      .required("id", Signal::id, SIGNAL_ID.reader(), SIGNAL_ID.writer())
      .required("raisers", Signal::raisers, Reading.sortedSet(PROFESSIONAL_ID.reader()),
          Writing.list(PROFESSIONAL_ID.writer()))
      .required("addressee", Signal::addressee, ADDRESSEE.reader(), ADDRESSEE.writer())
      .required("observation", Signal::observation, OBSERVATION.reader(), OBSERVATION.writer())
      .required("responseDue", Signal::responseDue, Reading.INSTANT_READER, Writing.INSTANT)
      .required("status", Signal::status, code(CodeTable.SIGNAL_STATUS), codeOf(CodeTable.SIGNAL_STATUS))
      .optional("acknowledgedBy", Signal::acknowledgedBy, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .optional("response", Signal::response, RESPONSE.reader(), RESPONSE.writer())
      .optional("respondedBy", Signal::respondedBy, PROFESSIONAL_ID.reader(), PROFESSIONAL_ID.writer())
      .optional("respondedAt", Signal::respondedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("feedbackReached", Signal::feedbackReached, Reading.sortedSet(PROFESSIONAL_ID.reader()),
          Writing.list(PROFESSIONAL_ID.writer()))
      .required("raisedAt", Signal::raisedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("lastChangedAt", Signal::lastChangedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("version", Signal::version, Reading.LONG, Writing.LONG)
      .buildState();

  /** What a finding concerns: a kind and an id. */
  public static final ObjectCodec<SubjectRef> SUBJECT_REF = ObjectCodec.<SubjectRef>builder()
      .required("kind", SubjectRef::kind, code(CodeTable.SUBJECT_KIND), codeOf(CodeTable.SUBJECT_KIND))
      .required("id", SubjectRef::id, Reading.STRING, Writing.STRING)
      .build(m -> new SubjectRef(m.required("kind", SubjectRef.Kind.class), m.required("id", String.class)));

  /** One finding of the caseload check. */
  public static final ObjectCodec<Finding> FINDING = ObjectCodec.<Finding>builder()
      .required("code", Finding::code, code(CodeTable.FINDING_CODE), codeOf(CodeTable.FINDING_CODE))
      .required("severity", Finding::severity, code(CodeTable.SEVERITY), codeOf(CodeTable.SEVERITY))
      .required("subjects", Finding::subjects, Reading.list(SUBJECT_REF.reader()), Writing.list(SUBJECT_REF.writer()))
      .required("explanation", Finding::explanation, Reading.STRING, Writing.STRING)
      .required("nextStep", Finding::nextStep, Reading.STRING, Writing.STRING)
      .build(m -> new Finding(m.required("code", FindingCode.class), m.required("severity", Severity.class),
          m.list("subjects"), m.required("explanation", String.class), m.required("nextStep", String.class)));

  /** What the check found at an instant. */
  public static final ObjectCodec<Findings> FINDINGS = ObjectCodec.<Findings>builder()
      .required("checkedAt", Findings::checkedAt, Reading.INSTANT_READER, Writing.INSTANT)
      .required("findings", Findings::findings, Reading.list(FINDING.reader()), Writing.list(FINDING.writer()))
      .build(m -> new Findings(m.required("checkedAt", Instant.class), m.list("findings")));
}
