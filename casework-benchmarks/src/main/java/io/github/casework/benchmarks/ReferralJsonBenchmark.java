package io.github.casework.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.History;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.ReferralOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
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
 * Benchmark 10 (issue 16): one referral as a document, three ways, in one run. casework-json's {@code referral}
 * document (every value through the domain's factories, the history replayed through {@code Referral.evolve}, the
 * stated state compared); Jackson databind on plain records with {@code String} fields (no {@code JavaTimeModule},
 * no validation), which read and write the very same bytes; and HAPI FHIR R4 (the version casework-fhir uses) with
 * one reused {@link IParser} on the same content as a {@code Bundle} of a {@code Patient} (identifier only), a
 * {@code ServiceRequest} and a {@code Task} with a note per history event and the outcome as an output. The setup
 * fails unless the plain records write exactly casework's bytes and unless the cold-start inputs
 * ({@link ColdStartBenchmark}) are the documents built here. Goals: casework at least the plain records' throughput
 * both ways; at least 25× HAPI's to write and 5× to read.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReferralJsonBenchmark {
  static final String REFERRAL_RESOURCE = "/cold-start/referral.json";
  static final String BUNDLE_RESOURCE = "/cold-start/referral-bundle.json";

  private final CaseworkJson json = CaseworkJson.standard();
  private final ObjectMapper plainMapper = PlainReferral.mapper();
  private final FhirContext fhir = FhirContext.forR4();
  private IParser parser;
  private History<Referral, ReferralEvent> history;
  private PlainReferral.Doc plain;
  private Bundle bundle;
  private byte[] caseworkBytes;
  private byte[] bundleBytes;

  /** Builds the referral, its three encodings, and checks that they say the same thing. */
  @Setup
  public void setUp() throws IOException {
    history = referral();
    caseworkBytes = json.write(DocumentKind.REFERRAL, history);
    plain = plainMapper.readValue(caseworkBytes, PlainReferral.Doc.class);
    ColdStartBenchmark.requireSame("the plain records", plainMapper.writeValueAsBytes(plain), caseworkBytes);
    parser = fhir.newJsonParser();
    bundle = bundle(history);
    bundleBytes = parser.encodeResourceToString(bundle).getBytes(UTF_8);
    if (!Arrays.equals(ColdStartBenchmark.resource(REFERRAL_RESOURCE), caseworkBytes)
        || !Arrays.equals(ColdStartBenchmark.resource(BUNDLE_RESOURCE), bundleBytes)) {
      throw new IllegalStateException("the cold-start inputs are stale: write them again from this benchmark's "
          + "documents (casework-benchmarks/src/main/resources/cold-start)");
    }
  }

  /** The sizes of the two encodings, for BENCHMARKS.md: {@code java -cp benchmarks.jar ...ReferralJsonBenchmark}. */
  public static void main(String[] args) throws IOException {
    ReferralJsonBenchmark b = new ReferralJsonBenchmark();
    b.parser = b.fhir.newJsonParser();
    History<Referral, ReferralEvent> h = referral();
    byte[] casework = b.json.write(DocumentKind.REFERRAL, h);
    byte[] fhirBytes = b.parser.encodeResourceToString(bundle(h)).getBytes(UTF_8);
    if (args.length == 1) {
      java.nio.file.Path dir = java.nio.file.Path.of(args[0]);
      java.nio.file.Files.write(dir.resolve("referral.json"), casework);
      java.nio.file.Files.write(dir.resolve("referral-bundle.json"), fhirBytes);
    }
    System.out.println("casework referral document: " + casework.length + " bytes; FHIR Bundle: " + fhirBytes.length
        + " bytes");
  }

  /** The referral of {@link FhirBenchmark}: consent, sent with a capacity answer, accepted, handed over, completed. */
  static History<Referral, ReferralEvent> referral() {
    Instant t = Instant.parse("2026-09-08T08:00:00Z");
    AgencyId clinic = AgencyId.of("kliniek-noord");
    var drafted = Referral.draft(ReferralId.of("ref-j-detox"), ClientId.of("client-j"), CaseId.of("case-j"),
        NeedId.of("need-alcohol"), LifeDomain.SUBSTANCE_USE, AgencyId.of("welzijn-west"),
        ProfessionalId.of("sw-sanne"), clinic, "detox", t);
    Referral r = drafted.state();
    List<ReferralEvent> events = new ArrayList<>(drafted.events());
    for (ReferralCommand c : List.of(
        new ReferralCommand.RecordBasis(DataSharingBasis.Consent.of(ConsentGiver.CLIENT, ProfessionalId.of("sw-sanne"),
            t, List.of(clinic), List.of(LifeDomain.SUBSTANCE_USE)), t),
        new ReferralCommand.Send(Deadline.after(Duration.ofDays(5)), Deadline.after(Duration.ofDays(28)),
            t.plusSeconds(300), Optional.of(Capacity.WAITLIST_UNDER_ONE_MONTH)),
        new ReferralCommand.Accept(t.plusSeconds(86_400)),
        new ReferralCommand.AcceptAccountability(ProfessionalId.of("kn-intake"), t.plusSeconds(90_000)),
        new ReferralCommand.Start(t.plusSeconds(172_800)),
        new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t.plusSeconds(1_728_000)))) {
      var d = r.decide(c);
      r = d.state();
      events.addAll(d.events());
    }
    return History.of(Referral.TYPE, events);
  }

  /** Baseline: databind writes the plain records. */
  @Benchmark
  public byte[] plainWrite() throws IOException {
    return plainMapper.writeValueAsBytes(plain);
  }

  /** Baseline: databind reads the plain records, no validation. */
  @Benchmark
  public PlainReferral.Doc plainRead() throws IOException {
    return plainMapper.readValue(caseworkBytes, PlainReferral.Doc.class);
  }

  /** casework: write the referral document. */
  @Benchmark
  public byte[] caseworkWrite() {
    return json.write(DocumentKind.REFERRAL, history);
  }

  /** casework: read, validate and replay the referral document. */
  @Benchmark
  public History<Referral, ReferralEvent> caseworkRead() {
    return json.read(DocumentKind.REFERRAL, caseworkBytes);
  }

  /** HAPI: encode the Bundle (built and encoded once before, HAPI's best case) with the reused parser. */
  @Benchmark
  public String hapiWrite() {
    return parser.encodeResourceToString(bundle);
  }

  /** HAPI: parse the Bundle's bytes with the reused parser. */
  @Benchmark
  public Bundle hapiRead() {
    return parser.parseResource(Bundle.class, new ByteArrayInputStream(bundleBytes));
  }

  // ------------------------------------------------------------------------------------------------------- HAPI

  private static final String BASE = "https://casework.github.io/casework/fhir/";
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  /**
   * The referral as a host would send it with HAPI's model API: a Bundle of the client as a Patient (identifier
   * only), the ServiceRequest and the Task, the history as the Task's notes (time and event type), the outcome as
   * its output.
   */
  static Bundle bundle(History<Referral, ReferralEvent> h) {
    Referral r = h.state();
    String id = r.id().value();
    var sending = r.sending().orElseThrow();
    Patient patient = new Patient();
    patient.setId(r.client().value());
    patient.addIdentifier(new Identifier().setSystem(BASE + "sid/client").setValue(r.client().value()));

    ServiceRequest sr = new ServiceRequest();
    sr.setId(id);
    sr.addIdentifier(new Identifier().setSystem(BASE + "sid/referral").setValue(id));
    sr.setStatus(ServiceRequest.ServiceRequestStatus.COMPLETED);
    sr.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    sr.addCategory(new CodeableConcept().addCoding(new Coding(BASE + "CodeSystem/life-domain", r.domain().code(),
        null)));
    sr.setCode(new CodeableConcept().addCoding(new Coding(BASE + "CodeSystem/service", r.service(), null)));
    sr.setSubject(new Reference("Patient/" + r.client().value()));
    sr.setAuthoredOnElement(dateTime(r.draftedAt()));
    sr.setRequester(byId("Practitioner", "professional", r.referrer().value()));
    sr.addPerformer(byId("Organization", "agency", r.to().value()));

    Task task = new Task();
    task.setId(id);
    task.addIdentifier(new Identifier().setSystem(BASE + "sid/referral").setValue(id));
    task.setStatus(Task.TaskStatus.COMPLETED);
    task.setIntent(Task.TaskIntent.ORDER);
    task.setFocus(new Reference("ServiceRequest/" + id));
    task.setFor(new Reference("Patient/" + r.client().value()));
    task.setAuthoredOnElement(dateTime(r.draftedAt()));
    task.setLastModifiedElement(dateTime(r.lastChangedAt()));
    task.setRequester(byId("Organization", "agency", r.from().value()));
    task.setOwner(byId("Practitioner", "professional", r.handover().orElseThrow().to().value()));
    task.getRestriction().setPeriod(new Period().setStartElement(dateTime(sending.sentAt()))
        .setEndElement(dateTime(sending.followUpDue())));
    for (ReferralEvent e : h.events()) {
      task.addNote(new Annotation().setTimeElement(dateTime(e.at())).setText(e.type()));
    }
    String outcome = r.outcome().orElseThrow().code();
    task.addOutput().setType(new CodeableConcept().addCoding(new Coding(BASE + "CodeSystem/task-parameter",
        "outcome", null))).setValue(new CodeableConcept()
        .addCoding(new Coding(BASE + "CodeSystem/referral-outcome", outcome, null)));

    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.COLLECTION);
    b.addEntry().setFullUrl("urn:uuid:patient-" + r.client().value()).setResource(patient);
    b.addEntry().setFullUrl("urn:uuid:servicerequest-" + id).setResource(sr);
    b.addEntry().setFullUrl("urn:uuid:task-" + id).setResource(task);
    return b;
  }

  private static Reference byId(String type, String system, String value) {
    return new Reference().setType(type).setIdentifier(new Identifier().setSystem(BASE + "sid/" + system)
        .setValue(value));
  }

  private static DateTimeType dateTime(Instant instant) {
    return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, UTC);
  }
}
