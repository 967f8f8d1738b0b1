package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.ReportedThreat;
import io.github.casework.casefile.Urgency;
import io.github.casework.check.SubjectRef;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Step;
import io.github.casework.escalation.Target;
import io.github.casework.id.CaseId;
import io.github.casework.id.SignalId;
import io.github.casework.json.internal.CaseloadContext;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Role;
import io.github.casework.referral.ConsentWithdrawal;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Handover;
import io.github.casework.referral.LoopClosure;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Evidence;
import io.github.casework.signal.Observation;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Response;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;
import io.github.casework.signal.Topic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Jackson module on its own: registration, mapping of values, type ids, the unknown-member switch. */
class CaseworkModuleTest {

  static ObjectMapper byHand() {
    return new ObjectMapper().registerModule(new CaseworkModule());
  }

  @Test
  void findAndRegisterModulesFindsTheModuleThroughTheServiceLoader() {
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof CaseworkModule);
    // The classpath registration, for hosts that do not use the module path.
    assertThat(JsonTesting.text(JsonTesting.MODULE.resolve("src/main/resources/META-INF/services/"
        + Module.class.getName())).strip())
        .isEqualTo(CaseworkModule.class.getName());
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(new CaseworkModule().getTypeId());
  }

  @Test
  void theModuleCarriesTheProjectVersion() {
    CaseworkModule module = new CaseworkModule();
    assertThat(module.getModuleName()).isEqualTo("casework");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().getGroupId()).isEqualTo("io.github.casework");
    assertThat(module.version().getArtifactId()).isEqualTo("casework-json");
  }

  @Test
  void idsAreTheirTextAndEnumsTheirStableCodes() throws Exception {
    ObjectMapper mapper = byHand();
    assertThat(mapper.writeValueAsString(CaseId.of("case-1"))).isEqualTo("\"case-1\"");
    assertThat(mapper.readValue("\"s-9\"", SignalId.class)).isEqualTo(SignalId.of("s-9"));
    assertThat(mapper.writeValueAsString(List.of(LifeDomain.SUBSTANCE_USE, Urgency.CRISIS, AgencyKind.DEBT_SERVICES,
        Role.SENIOR_OFFICIAL))).isEqualTo("[\"substance-use\",\"crisis\",\"debt-services\",\"senior-official\"]");
    assertThat(mapper.readValue("\"basic-adl\"", LifeDomain.class)).isEqualTo(LifeDomain.BASIC_ADL);
    Throwable javaName = catchThrowable(() -> mapper.readValue("\"BASIC_ADL\"", LifeDomain.class));
    assertThat(javaName).isInstanceOf(CaseworkJsonException.class);
    assertThat(((CaseworkJsonException) javaName).code()).isEqualTo(JsonCodes.UNKNOWN_CODE);
  }

  @Test
  void eventsAreTaggedByTheirStableTypeNeverByClassName() throws Exception {
    ObjectMapper mapper = byHand();
    for (CaseEvent e : Scenarios.fullLifecycle().events()) {
      String json = mapper.writeValueAsString(e);
      assertThat(json).startsWith("{\"type\":\"" + e.type() + "\"").doesNotContain("io.github").doesNotContain("@");
      assertThat(mapper.readValue(json, CaseEvent.class)).isEqualTo(e);
      assertThat(mapper.readValue(json, e.getClass())).isEqualTo(e);
    }
    String met = mapper.writeValueAsString(new Disposition.Met(Scenarios.T0));
    assertThat(met).isEqualTo("{\"type\":\"met\",\"at\":\"2026-03-02T09:00:00Z\"}");
    assertThat(mapper.readValue(met, Disposition.class)).isEqualTo(new Disposition.Met(Scenarios.T0));
  }

  @Test
  void aVariantReadOnItsOwnMustBeThatVariant() throws Exception {
    ObjectMapper mapper = byHand();
    String activated = mapper.writeValueAsString(Scenarios.fullLifecycle().events().get(5));
    Throwable e = catchThrowable(() -> mapper.readValue(activated, CaseEvent.Opened.class));
    assertThat(e).isInstanceOf(CaseworkJsonException.class);
    assertThat(((CaseworkJsonException) e).code()).isEqualTo(JsonCodes.WRONG_TYPE);
  }

  @Test
  void aClassNameTypeIdIsNotATypeId() {
    ObjectMapper mapper = byHand();
    Throwable e = catchThrowable(() -> mapper.readValue(
        "{\"@class\":\"io.github.casework.casefile.CaseEvent$Activated\",\"type\":\"java.lang.Runtime\","
            + "\"caseId\":\"c\",\"at\":\"2026-01-01T00:00:00Z\"}", CaseEvent.class));
    assertThat(e).isInstanceOf(CaseworkJsonException.class);
  }

  @Test
  void unknownMembersFollowFailOnUnknownProperties() throws Exception {
    String json = "{\"id\":\"p-1\",\"agency\":\"a-1\",\"role\":\"manager\",\"extra\":{\"x\":[1]}}";
    Throwable strict = catchThrowable(() -> byHand().readValue(json, io.github.casework.party.Professional.class));
    assertThat(((CaseworkJsonException) strict).code()).isEqualTo(JsonCodes.UNKNOWN_MEMBER);
    ObjectMapper tolerant = byHand().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(tolerant.readValue(json, io.github.casework.party.Professional.class).role()).isEqualTo(Role.MANAGER);
  }

  @Test
  void insideAHostsOwnValuesJacksonWrapsTheModulesExceptionAsItsCause() {
    ObjectMapper mapper = byHand();
    Throwable e = catchThrowable(() -> mapper.readValue("{\"a\":{\"type\":\"case.activated\",\"caseId\":\"c\"}}",
        new TypeReference<Map<String, CaseEvent>>() { }));
    assertThat(e).isInstanceOf(JsonMappingException.class).hasCauseInstanceOf(CaseworkJsonException.class);
    assertThat(((CaseworkJsonException) e.getCause()).code()).isEqualTo(JsonCodes.MISSING_MEMBER);
  }

  @Test
  void historiesMapThroughTheModuleByTheirTypeArguments() throws Exception {
    ObjectMapper mapper = byHand();
    History<Case, CaseEvent> full = Scenarios.fullLifecycle();
    String json = mapper.writeValueAsString(full);
    assertThat(mapper.readValue(json, new TypeReference<History<Case, CaseEvent>>() { })).isEqualTo(full);
    History<Signal, SignalEvent> signal = SignalScenarios.closed();
    assertThat(mapper.readValue(mapper.writeValueAsString(signal), new TypeReference<History<Signal, SignalEvent>>() {
    })).isEqualTo(signal);
    // A case history read as a referral history is rejected by the referral's rules, not cast.
    Throwable wrong = catchThrowable(() -> mapper.readValue(json,
        new TypeReference<History<Referral, ReferralEvent>>() { }));
    assertThat(wrong).isInstanceOf(CaseworkJsonException.class);
    // Without type arguments a history names no aggregate type.
    assertThatThrownBy(() -> mapper.readValue(json, History.class)).isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("type arguments");
    assertThatThrownBy(() -> mapper.readValue(json, new TypeReference<History<?, ?>>() { }))
        .isInstanceOf(InvalidDefinitionException.class);
  }

  /**
   * Each value type the module registers is written by a mapper of the host's exactly as a document of the format
   * carries it (not as a bean of its accessors), and reads back equal.
   */
  @Test
  void theModuleWritesEachValueAsTheDocumentsCarryIt() throws Exception {
    ObjectMapper mapper = byHand();
    for (Object id : List.of(Scenarios.CASE, Scenarios.CLIENT, Scenarios.WELFARE, Scenarios.MAARTJE,
        Scenarios.HOUSING_NEED, io.github.casework.id.ReferralId.of("ref-1"),
        io.github.casework.id.EscalationId.of("esc-1"), SignalId.of("sig-1"))) {
      String text = mapper.writeValueAsString(id);
      assertThat(text).isEqualTo("\"" + id + "\"");
      assertThat(mapper.readValue(text, id.getClass())).isEqualTo(id);
    }
    History<Case, CaseEvent> full = Scenarios.fullLifecycle();
    JsonNode caseDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.CASE, full));
    for (Object need : full.state().needs()) {
      assertCarried(mapper, caseDocument, need);
    }
    JsonNode escalation = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.ESCALATION,
        EscalationScenarios.mrK()));
    assertCarried(mapper, escalation, EscalationScenarios.HOUSING_BLOCKED);
    assertCarried(mapper, escalation, EscalationScenarios.HOUSING_SERVICE);
    CaseloadSnapshot city = Scenarios.cityCaseload();
    assertCarried(mapper, mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.CASELOAD, city)).get("data"), city);
    Findings findings = Scenarios.someFindings();
    JsonNode findingsDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.FINDINGS, findings));
    assertCarried(mapper, findingsDocument.get("data"), findings);
    for (Findings.Entry entry : findings.entries()) {
      assertCarried(mapper, findingsDocument, entry, Findings.Entry.class);
    }
    io.github.casework.privacy.CaseView view = Scenarios.debtServicesView();
    assertCarried(mapper, mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.CASE_VIEW, view)).get("data"),
        view);
  }

  /** Asserts that the mapper writes the value as a subtree of the document, and reads it back equal. */
  private static void assertCarried(ObjectMapper mapper, JsonNode document, Object value) throws Exception {
    assertCarried(mapper, document, value, value.getClass());
  }

  private static void assertCarried(ObjectMapper mapper, JsonNode document, Object value, Class<?> type)
      throws Exception {
    String text = mapper.writerFor(type).writeValueAsString(value);
    JsonNode tree = mapper.readTree(text);
    assertThat(subtrees(document)).as("%s in the document", type.getSimpleName()).contains(tree);
    assertThat(mapper.readValue(text, type)).isEqualTo(value);
    if (tree.isObject()) {
      // Read by the module, not as a bean of the record's components: an unknown member is the module's error.
      ObjectNode extra = ((ObjectNode) tree.deepCopy()).put("notAMember", 1);
      Throwable e = catchThrowable(() -> mapper.readValue(extra.toString(), type));
      assertThat(e).as("%s with an unknown member", type.getSimpleName()).isInstanceOf(CaseworkJsonException.class);
      assertThat(((CaseworkJsonException) e).code()).isEqualTo(JsonCodes.UNKNOWN_MEMBER);
    }
  }

  /**
   * Every value type the module registers, through a mapper of the host's: each is written as the documents carry
   * it and read back equal, and read by the module (which a bean mapping of a record would not tell apart).
   */
  @Test
  void everyRegisteredValueTypeMapsThroughAHostsMapper() throws Exception {
    ObjectMapper mapper = byHand();
    History<Case, CaseEvent> threats = Scenarios.referralsAndThreats();
    JsonNode caseDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.CASE, threats));
    assertThat(threats.state().urgentThreats()).isNotEmpty();
    for (ReportedThreat t : threats.state().urgentThreats()) {
      assertCarried(mapper, caseDocument, t, ReportedThreat.class);
    }
    History<Case, CaseEvent> full = Scenarios.fullLifecycle();
    JsonNode fullDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.CASE, full));
    assertThat(full.state().assessments()).isNotEmpty();
    for (Assessment a : full.state().assessments()) {
      assertCarried(mapper, fullDocument, a, Assessment.class);
    }
    List<Disposition> dispositions = full.state().needs().stream().flatMap(n -> n.disposition().stream()).toList();
    assertThat(dispositions).isNotEmpty();
    for (Disposition d : dispositions) {
      assertCarried(mapper, fullDocument, d, Disposition.class);
      assertCarried(mapper, fullDocument, d, d.getClass());
    }

    Referral handedOver = ReferralScenarios.handedOver().state();
    JsonNode handedOverDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.REFERRAL,
        ReferralScenarios.handedOver()));
    assertCarried(mapper, handedOverDocument, handedOver.handover().orElseThrow(), Handover.class);
    Referral closed = ReferralScenarios.closedLoop().state();
    JsonNode closedDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.REFERRAL,
        ReferralScenarios.closedLoop()));
    assertCarried(mapper, closedDocument, closed.loopClosure().orElseThrow(), LoopClosure.class);
    DataSharingBasis basis = closed.basis().orElseThrow();
    assertCarried(mapper, closedDocument, basis, DataSharingBasis.class);
    assertCarried(mapper, closedDocument, basis, basis.getClass());
    Refusal refusal = ReferralScenarios.refusedOnPrecondition().state().refusal().orElseThrow();
    JsonNode refusedDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.REFERRAL,
        ReferralScenarios.refusedOnPrecondition()));
    assertCarried(mapper, refusedDocument, refusal, Refusal.class);
    assertCarried(mapper, refusedDocument, refusal, refusal.getClass());

    Escalation escalation = EscalationScenarios.mrK().state();
    JsonNode escalationDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.ESCALATION,
        EscalationScenarios.mrK()));
    assertCarried(mapper, escalationDocument, escalation.mandate(), Mandate.class);
    assertCarried(mapper, escalationDocument, escalation.target(), Target.class);
    assertCarried(mapper, escalationDocument, escalation.subject(), EscalationSubject.class);
    assertThat(escalation.steps()).isNotEmpty();
    for (Step step : escalation.steps()) {
      assertCarried(mapper, escalationDocument, step, Step.class);
    }
    CaseloadSnapshot policies = Scenarios.mandatePolicies();
    assertCarried(mapper, mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.CASELOAD, policies)),
        policies.mandates(), Mandates.class);

    Signal signal = SignalScenarios.closed().state();
    JsonNode signalDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.SIGNAL,
        SignalScenarios.closed()));
    assertCarried(mapper, signalDocument, signal.observation(), Observation.class);
    assertCarried(mapper, signalDocument, signal.observation().topic(), Topic.class);
    assertCarried(mapper, signalDocument, signal.observation().evidence(), Evidence.class);
    assertCarried(mapper, signalDocument, signal.addressee(), Addressee.class);
    assertCarried(mapper, signalDocument, signal.response().orElseThrow(), Response.class);

    Findings findings = Scenarios.someFindings();
    JsonNode findingsDocument = mapper.readTree(JsonTesting.STANDARD.write(DocumentKind.FINDINGS, findings));
    List<SubjectRef> subjects = findings.entries().stream().flatMap(f -> f.subjects().stream()).toList();
    assertThat(subjects).isNotEmpty();
    for (SubjectRef subject : subjects) {
      assertCarried(mapper, findingsDocument, subject, SubjectRef.class);
    }

    // A caseload-events stream: its header's data is the caseload's context, and its outreach lines the events.
    byte[] stream = JsonTesting.writeStream(EventStreamKind.CASELOAD_EVENTS, OutreachScenarios.events(),
        Optional.of(OutreachScenarios.context()));
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : new String(stream, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      lines.add(mapper.readTree(line));
    }
    CaseloadContext context = CaseloadContext.of(OutreachScenarios.context());
    assertCarried(mapper, lines.get(0).get("data"), context, CaseloadContext.class);
    ConsentWithdrawal withdrawal = OutreachScenarios.withdrawals().withdrawals().get(0);
    assertCarried(mapper, lines.get(0), withdrawal, ConsentWithdrawal.class);
    List<Object> outreach = OutreachScenarios.events();
    assertThat(lines).hasSize(outreach.size() + 1);
    for (int i = 0; i < outreach.size(); i++) {
      assertThat(mapper.readTree(mapper.writerFor(OutreachEvent.class).writeValueAsString(outreach.get(i))))
          .isEqualTo(lines.get(i + 1));
      assertCarried(mapper, lines.get(i + 1), outreach.get(i), OutreachEvent.class);
      assertCarried(mapper, lines.get(i + 1), outreach.get(i));
    }
  }

  private static List<JsonNode> subtrees(JsonNode node) {
    List<JsonNode> all = new java.util.ArrayList<>();
    java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>(List.of(node));
    while (!todo.isEmpty()) {
      JsonNode n = todo.pop();
      all.add(n);
      n.elements().forEachRemaining(todo::push);
    }
    return all;
  }

  @Test
  void directoriesMapThroughTheModule() throws Exception {
    ObjectMapper mapper = byHand();
    AgencyDirectory city = Scenarios.cityDirectory();
    assertThat(mapper.readValue(mapper.writeValueAsString(city), AgencyDirectory.class)).isEqualTo(city);
    Agency first = city.agencies().get(0);
    assertThat(mapper.readValue(mapper.writeValueAsString(first), Agency.class)).isEqualTo(first);
  }

  @ParameterizedTest
  @ValueSource(strings = {"half \uD800 pair", "ends on a high half \uD800", "\uDC00 low half first",
      "reversed \uDC00\uD800 pair", "\uD800"})
  void writingAnUnrepresentableTextFailsWithTheModulesException(String name) {
    Agency bad = Agency.of(Scenarios.WELFARE, name, AgencyKind.WELFARE, List.of());
    AgencyDirectory d = AgencyDirectory.of(List.of(bad), List.of());
    assertThatThrownBy(() -> JsonTesting.STANDARD.write(DocumentKind.AGENCY_DIRECTORY, d))
        .isInstanceOf(CaseworkJsonException.class)
        .satisfies(t -> {
          CaseworkJsonException e = (CaseworkJsonException) t;
          assertThat(e.code()).isEqualTo(JsonCodes.INVALID_STRING);
          assertThat(e.pointer()).isEqualTo("/data/agencies/0/name");
          assertThat(e.line()).isEqualTo(-1);
          assertThat(e.column()).isEqualTo(-1);
          // Neither line nor column is known while writing: the message names the pointer alone.
          assertThat(e.getMessage()).isEqualTo(e.rule() + " (at /data/agencies/0/name)");
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD83D\uDE00", "pair at the end \uD83D\uDE00", "\uD83D\uDE00 pair first"})
  void aPairedSurrogateIsWrittenAsItsCharacter(String name) {
    Agency good = Agency.of(Scenarios.WELFARE, name, AgencyKind.WELFARE, List.of());
    AgencyDirectory d = AgencyDirectory.of(List.of(good), List.of());
    byte[] bytes = JsonTesting.STANDARD.write(DocumentKind.AGENCY_DIRECTORY, d);
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("\"name\":\"" + name + "\"");
    assertThat(JsonTesting.STANDARD.read(DocumentKind.AGENCY_DIRECTORY, bytes)).isEqualTo(d);
  }

  @Test
  void everyAggregatesEventsAndValuesMapThroughTheModule() throws Exception {
    ObjectMapper mapper = byHand();
    List<Object> values = new java.util.ArrayList<>();
    values.addAll(ReferralScenarios.closedLoop().events());
    values.addAll(EscalationScenarios.mrK().events());
    values.addAll(SignalScenarios.closed().events());
    for (Object v : values) {
      String json = mapper.writeValueAsString(v);
      assertThat(json).startsWith("{\"type\":\"").doesNotContain("io.github").doesNotContain("@");
      assertThat(mapper.readValue(json, v.getClass())).isEqualTo(v);
    }
    Mandates mandates = EscalationScenarios.MANDATES;
    assertThat(mapper.readValue(mapper.writeValueAsString(mandates), Mandates.class)).isEqualTo(mandates);
    assertThat(mapper.writeValueAsString(Quarter.of(2026, 4))).isEqualTo("\"2026-Q4\"");
    assertThat(mapper.readValue("\"wijk-A\"", Area.class)).isEqualTo(Area.of("wijk-A"));
    assertThat(mapper.writeValueAsString(Refusal.PreconditionUnmet.first(LifeDomain.HOUSING)))
        .isEqualTo("{\"type\":\"precondition-unmet\",\"domain\":\"housing\"}");
    Throwable quarter = catchThrowable(() -> mapper.readValue("\"2026-Q0\"", Quarter.class));
    assertThat(((CaseworkJsonException) quarter).code()).isEqualTo("quarter.unparseable");
  }
}
