package io.github.casework.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Need;
import io.github.casework.casefile.ReportedThreat;
import io.github.casework.check.SubjectRef;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.escalation.EscalationSubject;
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
import io.github.casework.json.deser.AgencyDeserializer;
import io.github.casework.json.deser.AgencyDirectoryDeserializer;
import io.github.casework.json.deser.AgencyServiceDeserializer;
import io.github.casework.json.deser.AssessmentDeserializer;
import io.github.casework.json.deser.CaseEventDeserializer;
import io.github.casework.json.deser.CaseworkDeserializer;
import io.github.casework.json.deser.CodeDeserializer;
import io.github.casework.json.deser.CodecDeserializer;
import io.github.casework.json.deser.DataSharingBasisDeserializer;
import io.github.casework.json.deser.DispositionDeserializer;
import io.github.casework.json.deser.EnvelopeDeserializer;
import io.github.casework.json.deser.EscalationEventDeserializer;
import io.github.casework.json.deser.NarrowingDeserializer;
import io.github.casework.json.deser.OutreachEventDeserializer;
import io.github.casework.json.deser.ProfessionalDeserializer;
import io.github.casework.json.deser.ReferralEventDeserializer;
import io.github.casework.json.deser.RefusalDeserializer;
import io.github.casework.json.deser.SignalEventDeserializer;
import io.github.casework.json.deser.TextDeserializer;
import io.github.casework.json.internal.CaseShapes;
import io.github.casework.json.internal.CaseViewShapes;
import io.github.casework.json.internal.CaseloadContext;
import io.github.casework.json.internal.CaseloadShapes;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Envelope;
import io.github.casework.json.internal.EscalationShapes;
import io.github.casework.json.internal.Histories;
import io.github.casework.json.internal.Ids;
import io.github.casework.json.internal.JacksonSupport;
import io.github.casework.json.internal.ObjectCodec;
import io.github.casework.json.internal.OutreachShapes;
import io.github.casework.json.internal.ReferralShapes;
import io.github.casework.json.internal.Shapes;
import io.github.casework.json.internal.SignalShapes;
import io.github.casework.json.internal.VersionText;
import io.github.casework.json.ser.AgencyDirectorySerializer;
import io.github.casework.json.ser.AgencySerializer;
import io.github.casework.json.ser.AgencyServiceSerializer;
import io.github.casework.json.ser.AssessmentSerializer;
import io.github.casework.json.ser.CaseEventSerializer;
import io.github.casework.json.ser.CodeSerializer;
import io.github.casework.json.ser.CodecSerializer;
import io.github.casework.json.ser.DataSharingBasisSerializer;
import io.github.casework.json.ser.DispositionSerializer;
import io.github.casework.json.ser.EnvelopeSerializer;
import io.github.casework.json.ser.EscalationEventSerializer;
import io.github.casework.json.ser.OutreachEventSerializer;
import io.github.casework.json.ser.ProfessionalSerializer;
import io.github.casework.json.ser.ReferralEventSerializer;
import io.github.casework.json.ser.RefusalSerializer;
import io.github.casework.json.ser.SignalEventSerializer;
import io.github.casework.json.ser.TextSerializer;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Professional;
import io.github.casework.privacy.CaseView;
import io.github.casework.referral.ConsentWithdrawal;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Handover;
import io.github.casework.referral.LoopClosure;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Evidence;
import io.github.casework.signal.Observation;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Response;
import io.github.casework.signal.SignalEvent;
import io.github.casework.signal.Topic;
import java.util.LinkedHashMap;
import java.util.function.Supplier;

/**
 * The Jackson 2.x module of the casework wire format: serializers and deserializers for ids (as their text),
 * enums (as their stable lower-case codes), the events of every aggregate and the other sealed hierarchies
 * (dispositions, data-sharing bases, refusals: tagged by their stable {@code TYPE} in a {@code type} member, never by
 * Java class name), the values they hold (needs, assessments, subjects, mandates, observations, responses...), the
 * {@link History histories} of cases, referrals, escalations and signals, caseload snapshots, the caseload check's
 * findings, agencies, services, professionals and agency directories. Deserializers build every value through the
 * domain's validating constructors and factories, so an invalid value cannot be read; they throw
 * {@link CaseworkJsonException}. A history is read by its type arguments, which name its aggregate type
 * ({@code mapper.readValue(json, new TypeReference<History<Case, CaseEvent>>() {})}); {@link CaseworkJson} and
 * {@link DocumentKind} do that for you.
 *
 * <p>Register it on a mapper's builder ({@code JsonMapper.builder().addModule(new CaseworkModule()).build()}) or let
 * {@code JsonMapper.builder().findAndAddModules()} find it (it is a {@code java.util.ServiceLoader} provider of
 * {@code com.fasterxml.jackson.databind.Module}). The module maps values only: the document envelope, the UTF-8
 * and size limits, duplicate-key and trailing-content checks and canonical output are the job of
 * {@link CaseworkJson}, which is what to use for the wire format. The module honours
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}: enabled (Jackson's default), an unknown member is an
 * error; disabled, it is skipped.
 *
 * <p>Instants are written and read by the module's own serializers, so the module registers nothing for
 * {@code java.time} types and does not conflict with {@code JavaTimeModule}.
 */
public final class CaseworkModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final Version VERSION = readVersion();

  /** The sealed hierarchies and their deserializers, in the order registered (a LinkedHashMap is serializable). */
  private final LinkedHashMap<Class<?>, CaseworkDeserializer<?>> hierarchies = new LinkedHashMap<>();

  /** Creates the module. */
  public CaseworkModule() {
    super("casework", VERSION);
    id(CaseId.class, Ids.CASE_ID);
    id(NeedId.class, Ids.NEED_ID);
    id(ClientId.class, Ids.CLIENT_ID);
    id(AgencyId.class, Ids.AGENCY_ID);
    id(ProfessionalId.class, Ids.PROFESSIONAL_ID);
    id(ReferralId.class, Ids.REFERRAL_ID);
    id(EscalationId.class, Ids.ESCALATION_ID);
    id(SignalId.class, Ids.SIGNAL_ID);

    for (CodeTable<?> table : CodeTable.ALL) {
      code(table);
    }

    hierarchy(Disposition.class, DispositionSerializer.INSTANCE, DispositionDeserializer.INSTANCE);
    hierarchy(CaseEvent.class, CaseEventSerializer.INSTANCE, CaseEventDeserializer.INSTANCE);

    addSerializer(Assessment.class, AssessmentSerializer.INSTANCE);
    addDeserializer(Assessment.class, AssessmentDeserializer.INSTANCE);
    codec(Need.class, () -> CaseShapes.NEED);
    codec(ReportedThreat.class, () -> CaseShapes.REPORTED_THREAT);

    hierarchy(DataSharingBasis.class, DataSharingBasisSerializer.INSTANCE, DataSharingBasisDeserializer.INSTANCE);
    hierarchy(Refusal.class, RefusalSerializer.INSTANCE, RefusalDeserializer.INSTANCE);
    hierarchy(ReferralEvent.class, ReferralEventSerializer.INSTANCE, ReferralEventDeserializer.INSTANCE);
    codec(Handover.class, () -> ReferralShapes.HANDOVER);
    codec(LoopClosure.class, () -> ReferralShapes.LOOP_CLOSURE);

    hierarchy(EscalationEvent.class, EscalationEventSerializer.INSTANCE, EscalationEventDeserializer.INSTANCE);
    codec(EscalationSubject.class, () -> EscalationShapes.SUBJECT);
    codec(Target.class, () -> EscalationShapes.TARGET);
    codec(Mandate.class, () -> EscalationShapes.MANDATE);
    codec(Mandates.class, () -> EscalationShapes.MANDATES);
    codec(Step.class, () -> EscalationShapes.STEP);

    hierarchy(SignalEvent.class, SignalEventSerializer.INSTANCE, SignalEventDeserializer.INSTANCE);
    id(Quarter.class, Ids.QUARTER);
    id(Area.class, Ids.AREA);
    codec(Topic.class, () -> SignalShapes.TOPIC);
    codec(Evidence.class, () -> SignalShapes.EVIDENCE);
    codec(Observation.class, () -> SignalShapes.OBSERVATION);
    codec(Addressee.class, () -> SignalShapes.ADDRESSEE);
    codec(Response.class, () -> SignalShapes.RESPONSE);

    addSerializer(Histories.WRITER);
    codec(CaseloadSnapshot.class, () -> CaseloadShapes.SNAPSHOT);
    codec(CaseloadContext.class, () -> CaseloadShapes.CONTEXT);
    codec(SubjectRef.class, () -> Shapes.SUBJECT_REF);
    codec(Findings.Entry.class, () -> Shapes.FINDING);
    codec(Findings.class, () -> Shapes.FINDINGS);
    codec(CaseView.class, () -> CaseViewShapes.CASE_VIEW);

    addSerializer(AgencyService.class, AgencyServiceSerializer.INSTANCE);
    addDeserializer(AgencyService.class, AgencyServiceDeserializer.INSTANCE);
    addSerializer(Agency.class, AgencySerializer.INSTANCE);
    addDeserializer(Agency.class, AgencyDeserializer.INSTANCE);
    addSerializer(Professional.class, ProfessionalSerializer.INSTANCE);
    addDeserializer(Professional.class, ProfessionalDeserializer.INSTANCE);
    addSerializer(AgencyDirectory.class, AgencyDirectorySerializer.INSTANCE);
    addDeserializer(AgencyDirectory.class, AgencyDirectoryDeserializer.INSTANCE);

    addSerializer(Envelope.class, EnvelopeSerializer.INSTANCE);
    addDeserializer(Envelope.class, EnvelopeDeserializer.INSTANCE);

    hierarchy(OutreachEvent.class, OutreachEventSerializer.INSTANCE, OutreachEventDeserializer.INSTANCE);
    codec(ConsentWithdrawal.class, () -> OutreachShapes.WITHDRAWAL);
  }

  /**
   * Registers, besides the tables above, the readers of {@link History}, which are chosen by the history's type
   * arguments ({@code History<Case, CaseEvent>}) rather than by its class, and those of each sealed hierarchy's
   * variants.
   *
   * @throws UnsupportedJacksonException if the Jackson 2 on the class path is older than the supported range
   */
  @Override
  public void setupModule(SetupContext context) {
    JacksonSupport.requireSupported();
    super.setupModule(context);
    context.addDeserializers(new Histories.Lookup());
    context.addDeserializers(new NarrowingDeserializer.Lookup(hierarchies));
  }

  private <T> void id(Class<T> type, Ids.Id<T> id) {
    addSerializer(type, new TextSerializer<>(type, id.text()));
    addDeserializer(type, new TextDeserializer<>(type, id.factory()));
  }

  /**
   * Registers a value read and written by its table. The table is a constant of a holder class, one per document
   * kind, which Java initialises on first use: the supplier reads it only when a value of the type is first read or
   * written, so registering builds no table.
   */
  private <T> void codec(Class<T> type, Supplier<ObjectCodec<T>> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  private <E extends Enum<E>> void code(CodeTable<E> table) {
    addSerializer(table.type(), new CodeSerializer<>(table));
    addDeserializer(table.type(), new CodeDeserializer<>(table));
  }

  /**
   * Registers a sealed hierarchy. Each of its variants can be read on its own too: {@link NarrowingDeserializer.Lookup}
   * finds their readers on first use, so that registering loads none of the variant classes.
   */
  private <T> void hierarchy(Class<T> type, JsonSerializer<T> serializer,
      CaseworkDeserializer<T> deserializer) {
    addSerializer(type, serializer);
    addDeserializer(type, deserializer);
    hierarchies.put(type, deserializer);
  }

  private static Version readVersion() {
    return VersionText.of(CaseworkModule.class)
        .map(v -> VersionUtil.parseVersion(v, "io.github.casework", "casework-json"))
        .orElseGet(Version::unknownVersion);
  }
}
