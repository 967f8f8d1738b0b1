package io.github.casework.benchmarks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.IParser;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Urgency;
import io.github.casework.fhir.CaseworkFhir;
import io.github.casework.fhir.ReferralContext;
import io.github.casework.fhir.ReferralResources;
import io.github.casework.id.AgencyId;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Referral;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 9: a referral to FHIR JSON — casework-fhir's mapping to a {@code ServiceRequest}, {@code Task} and
 * {@code Consent} and HAPI's encoding of them (one reused JSON parser) — against the fair baseline, what a host
 * would write instead: the same three resources built by hand with HAPI's model API and encoded, each invocation
 * fresh. {@link #setUp} checks that the hand-built resources encode to the very bytes the mapping's do. The earlier
 * baseline, HAPI re-encoding resources built once beforehand, is kept as {@link #reencodePrebuilt}, and
 * {@link #caseworkMapAndEncodeTwice} encodes fresh resources twice, so that the second encode of an object can be
 * told from its first. The referral has every part the mapping fills: consent, capacity answer, urgency, a
 * handover and a completed outcome. Goal: the mapping adds at most 20% to HAPI's encode time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FhirBenchmark {
  private final FhirContext fhir = FhirContext.forR4();
  private IParser parser;
  private Referral referral;
  private ReferralContext context;
  private ReferralResources prebuilt;

  /** Builds the referral, warms HAPI's model metadata and builds the baseline's resources once. */
  @Setup
  public void setUp() {
    referral = ReferralJsonBenchmark.referral().state();
    context = ReferralContext.none().withUrgency(Urgency.URGENT);
    parser = fhir.newJsonParser();
    prebuilt = CaseworkFhir.resources(referral, context);
    encode(prebuilt);
    ReferralResources mapped = CaseworkFhir.resources(referral, context);
    ReferralResources byHand = handBuilt(referral);
    if (!json(mapped).equals(json(byHand))) {
      throw new IllegalStateException("the hand-built baseline encodes differently from the mapping:\n"
          + json(mapped) + "\n" + json(byHand));
    }
  }

  private String json(ReferralResources r) {
    return parser.encodeResourceToString(r.serviceRequest()) + parser.encodeResourceToString(r.task())
        + parser.encodeResourceToString(r.consent().orElseThrow());
  }

  /** The baseline: the three resources built by hand with HAPI's model API, then encoded; fresh each time. */
  @Benchmark
  public int baselineHandBuiltEncode() {
    return encode(handBuilt(referral));
  }

  /** The hand-built resources alone, to set against the mapping alone. */
  @Benchmark
  public Object baselineHandBuiltOnly() {
    return handBuilt(referral);
  }

  /** The earlier baseline: HAPI re-encodes the same three resources, built (and first encoded) beforehand. */
  @Benchmark
  public int reencodePrebuilt() {
    return encode(prebuilt);
  }

  /** Map, encode, and encode the same fresh objects again: the second encode is a re-encode. */
  @Benchmark
  public int caseworkMapAndEncodeTwice() {
    ReferralResources r = CaseworkFhir.resources(referral, context);
    return encode(r) + encode(r);
  }

  /** casework: map the referral to the three resources, then HAPI encodes them. */
  @Benchmark
  public int caseworkMapAndEncode() {
    return encode(CaseworkFhir.resources(referral, context));
  }

  /** casework's mapping alone, to see its share. */
  @Benchmark
  public Object caseworkMapOnly() {
    return CaseworkFhir.resources(referral, context);
  }

  private int encode(ReferralResources r) {
    return parser.encodeResourceToString(r.serviceRequest()).length()
        + parser.encodeResourceToString(r.task()).length()
        + parser.encodeResourceToString(r.consent().orElseThrow()).length();
  }

  // ---------------------------------------------------------------------------------------------------- by hand

  private static final String BASE = "https://casework.github.io/casework/fhir/";
  private static final String SDOHCC =
      "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  /**
   * What a host would write without casework-fhir for this one referral shape: the same resources with HAPI's
   * model API, reading the referral's fields, with no branches for other states and no checks.
   */
  static ReferralResources handBuilt(Referral r) {
    String id = r.id().value();
    var sending = r.sending().orElseThrow();
    var basis = (DataSharingBasis.Consent) r.basis().orElseThrow();
    ServiceRequest sr = new ServiceRequest();
    sr.setId(id);
    sr.addIdentifier(new Identifier().setSystem(BASE + "sid/referral").setValue(id));
    sr.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
    sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    sr.addCategory(domain(r.domain()));
    sr.setCode(new CodeableConcept().addCoding(new Coding(BASE + "CodeSystem/service", r.service(), null))
        .setText(r.service()));
    sr.setSubject(patient(r));
    sr.setAuthoredOnElement(dateTime(r.draftedAt()));
    sr.setRequester(byId("Practitioner", "professional", r.referrer().value()));
    sr.addPerformer(byId("Organization", "agency", r.to().value()));
    sr.setPriority(ServiceRequest.ServiceRequestPriority.ASAP);
    sr.addSupportingInfo(new Reference("Consent/" + id));

    Task task = new Task();
    task.setId(id);
    task.addIdentifier(new Identifier().setSystem(BASE + "sid/referral").setValue(id));
    task.setStatus(Task.TaskStatus.COMPLETED);
    task.setBusinessStatus(new CodeableConcept()
        .addCoding(new Coding(BASE + "CodeSystem/referral-status", r.status().code(), null))
        .setText(r.status().code()));
    task.setIntent(Task.TaskIntent.ORDER);
    task.setCode(new CodeableConcept().addCoding(new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
        "Fulfill the focal request")));
    task.setFocus(new Reference("ServiceRequest/" + id)
        .setIdentifier(new Identifier().setSystem(BASE + "sid/referral").setValue(id)));
    task.setFor(patient(r));
    task.setAuthoredOnElement(dateTime(r.draftedAt()));
    task.setLastModifiedElement(dateTime(r.lastChangedAt()));
    task.setRequester(byId("Organization", "agency", r.from().value()));
    task.setOwner(byId("Practitioner", "professional", r.handover().orElseThrow().to().value()));
    task.setPriority(Task.TaskPriority.ASAP);
    task.getRestriction().setPeriod(new Period().setStartElement(dateTime(sending.sentAt()))
        .setEndElement(dateTime(sending.followUpDue())));
    task.addInput().setType(parameter("response-due")).setValue(dateTime(sending.responseDue()));
    task.addInput().setType(parameter("follow-up-due")).setValue(dateTime(sending.followUpDue()));
    String capacity = sending.capacity().orElseThrow().code();
    task.addInput().setType(parameter("capacity")).setValue(new CodeableConcept()
        .addCoding(new Coding(SDOHCC, "no-capacity-has-waitlist", null))
        .addCoding(new Coding(BASE + "CodeSystem/capacity", capacity, null)).setText(capacity));
    String outcome = r.outcome().orElseThrow().code();
    task.addOutput().setType(parameter("outcome")).setValue(new CodeableConcept()
        .addCoding(new Coding(BASE + "CodeSystem/referral-outcome", outcome, null)).setText(outcome));

    Consent c = new Consent();
    c.setId(id);
    c.setStatus(Consent.ConsentState.ACTIVE);
    c.setScope(new CodeableConcept().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
        "patient-privacy", "Privacy Consent")));
    c.addCategory(new CodeableConcept().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode",
        "IDSCL", "information disclosure")));
    c.setPatient(patient(r));
    c.setDateTimeElement(dateTime(basis.givenAt()));
    c.addPerformer(patient(r));
    c.addOrganization(byId("Organization", "agency", r.from().value()));
    c.setSource(new Attachment().setTitle("consent as recorded by the referring agency")
        .setCreationElement(dateTime(basis.givenAt())));
    c.addPolicy().setUri("https://eur-lex.europa.eu/eli/reg/2016/679/oj");
    Consent.ProvisionComponent provision = c.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
    for (AgencyId recipient : basis.recipients()) {
      provision.addActor().setRole(new CodeableConcept().addCoding(new Coding(
          "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
          .setReference(byId("Organization", "agency", recipient.value()));
    }
    for (LifeDomain domain : basis.domains()) {
      provision.addCode(domain(domain));
    }
    return new ReferralResources(sr, task, Optional.of(c));
  }

  private static CodeableConcept domain(LifeDomain domain) {
    return new CodeableConcept().addCoding(new Coding(SDOHCC, "sdoh-category-unspecified", null))
        .addCoding(new Coding(BASE + "CodeSystem/life-domain", domain.code(), null)).setText(domain.code());
  }

  private static CodeableConcept parameter(String code) {
    return new CodeableConcept().addCoding(new Coding(BASE + "CodeSystem/task-parameter", code, null)).setText(code);
  }

  private static Reference patient(Referral r) {
    return byId("Patient", "client", r.client().value());
  }

  private static Reference byId(String type, String system, String value) {
    return new Reference().setType(type).setIdentifier(new Identifier().setSystem(BASE + "sid/" + system)
        .setValue(value));
  }

  private static DateTimeType dateTime(Instant instant) {
    return new DateTimeType(Date.from(instant), instant.getNano() == 0 ? TemporalPrecisionEnum.SECOND
        : TemporalPrecisionEnum.MILLI, UTC);
  }
}
