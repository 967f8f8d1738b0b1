package io.github.casework.examples.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.Urgency;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.Severity;
import io.github.casework.check.SubjectRef;
import io.github.casework.fhir.CaseworkFhir;
import io.github.casework.fhir.ReferralContext;
import io.github.casework.fhir.ReferralResources;
import io.github.casework.fhir.TaskUpdate;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralLoop;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.referral.Refusal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/**
 * The clinic story of the seed article as a FHIR exchange. Social work (Welzijn West, on casework) refers Mr. J. to
 * Kliniek Noord (a health-care system that speaks FHIR) to detox first, with his consent. The clinic's system
 * answers by updating the Task: rejected, because his social problems must be solved first, by social work. That
 * Task update arrives as JSON and becomes casework's precondition refusal. The clinic's own referral to social work
 * is refused the other way round, and the caseload check names the deadlock (van het kastje naar de muur).
 */
class ClinicFhirExchangeTest {
  private static final FhirContext FHIR = FhirContext.forR4();
  private static final ServiceNorms NORMS = ServiceNorms.dutchDefaults();

  private static final Agency WELFARE = Agency.of(AgencyId.of("welzijn-west"), "Welzijn West", AgencyKind.WELFARE,
      List.of(AgencyService.of("social-support", "Social support", List.of(LifeDomain.SOCIAL_NETWORK))));
  private static final Agency CLINIC = Agency.of(AgencyId.of("kliniek-noord"), "Kliniek Noord", AgencyKind.CLINIC,
      List.of(AgencyService.of("detox", "Detoxification (afkicken)", List.of(LifeDomain.SUBSTANCE_USE))));
  private static final Professional SANNE = new Professional(ProfessionalId.of("sw-sanne"), WELFARE.id(),
      Role.SOCIAL_WORKER);
  private static final Professional CLINIC_INTAKE = new Professional(ProfessionalId.of("kn-intake"), CLINIC.id(),
      Role.SOCIAL_WORKER);
  private static final ClientId CLIENT = ClientId.of("client-j");
  private static final NeedId ALCOHOL = NeedId.of("need-alcohol");
  private static final NeedId SOCIAL = NeedId.of("need-social");
  private static final Instant CHECKED_AT = Instant.parse("2026-09-17T08:00:00Z");

  private static Case open(CaseId id, Professional owner, NeedId need, LifeDomain domain, Instant at) {
    Case c = Case.open(id, CLIENT, owner.agency(), owner.id(), at).state();
    c = c.decide(new CaseCommand.RegisterNeed(need, domain, Urgency.URGENT, owner.id(), at)).state();
    return c.decide(new CaseCommand.Activate(at)).state();
  }

  private static ReferralLoop run(ReferralLoop loop, ReferralCommand... commands) {
    for (ReferralCommand c : commands) {
      loop = loop.decide(c).loop();
    }
    return loop;
  }

  private static ReferralCommand.Send send(Instant at, Optional<Capacity> capacity) {
    return new ReferralCommand.Send(NORMS.deadline(NORMS.referralResponse()), NORMS.deadline(NORMS.referralFollowUp()),
        at, capacity);
  }

  /** What the clinic's FHIR system does with the Task it received: it rejects it, naming the precondition. */
  private static String clinicRejects(String taskJson) {
    IParser parser = FHIR.newJsonParser();
    Task task = parser.parseResource(Task.class, taskJson);
    task.getMeta().setVersionId("2");
    task.setStatus(Task.TaskStatus.REJECTED);
    task.setLastModified(Date.from(Instant.parse("2026-09-10T12:00:00Z")));
    task.setStatusReason(new CodeableConcept().addCoding(new Coding(
        "https://casework.github.io/casework/fhir/CodeSystem/refusal-reason", "precondition-unmet", null))
        .setText("His social problems must be solved first, by social work."));
    task.addOutput().setType(new CodeableConcept().addCoding(new Coding(
        "https://casework.github.io/casework/fhir/CodeSystem/task-parameter", "precondition", null)))
        .setValue(new CodeableConcept().addCoding(new Coding(
            "https://casework.github.io/casework/fhir/CodeSystem/life-domain", "social-network", null)));
    return parser.encodeResourceToString(task);
  }

  @Test
  void theClinicsRefusalArrivesAsATaskUpdateAndTheCheckNamesTheDeadlock() {
    Case welfareCase = open(CaseId.of("case-j-welzijn"), SANNE, ALCOHOL, LifeDomain.SUBSTANCE_USE,
        Instant.parse("2026-09-07T08:00:00Z"));
    Case clinicCase = open(CaseId.of("case-j-kliniek"), CLINIC_INTAKE, SOCIAL, LifeDomain.SOCIAL_NETWORK,
        Instant.parse("2026-09-07T13:00:00Z"));

    // Social work asks the clinic about capacity (yes), records Mr. J.'s consent and sends the referral.
    ReferralLoop toClinic = run(ReferralLoop.draft(welfareCase, ALCOHOL, ReferralId.of("ref-j-detox"), SANNE.id(),
            CLINIC.id(), "detox", Instant.parse("2026-09-08T08:00:00Z")).loop(),
        new ReferralCommand.RecordBasis(DataSharingBasis.Consent.of(ConsentGiver.CLIENT, SANNE.id(),
            Instant.parse("2026-09-08T07:30:00Z"), List.of(CLINIC.id()), List.of(LifeDomain.SUBSTANCE_USE)),
            Instant.parse("2026-09-08T08:00:00Z")),
        send(Instant.parse("2026-09-08T08:05:00Z"), Optional.of(Capacity.YES)));
    ReferralResources out = CaseworkFhir.resources(toClinic.referral(), ReferralContext.none()
        .withUrgency(Urgency.URGENT));
    assertThat(out.consent()).isPresent();
    IParser parser = FHIR.newJsonParser();
    String sentTask = parser.encodeResourceToString(out.task());
    assertThat(sentTask).contains("\"status\":\"requested\"").doesNotContain("Sanne");

    // The clinic's answer comes back over the wire and is decided against the referral as casework holds it.
    Task answer = parser.parseResource(Task.class, clinicRejects(sentTask));
    TaskUpdate update = CaseworkFhir.read(toClinic.referral(), answer);
    assertThat(update.commands()).singleElement().isInstanceOf(ReferralCommand.Refuse.class);
    assertThat(update.state().refusal()).contains(Refusal.PreconditionUnmet.first(LifeDomain.SOCIAL_NETWORK));
    assertThat(update.taskVersion()).contains("2");
    toClinic = run(toClinic, update.commands().toArray(ReferralCommand[]::new));
    assertThat(toClinic.referral()).isEqualTo(update.state());
    // Polled again, the same Task version changes nothing.
    assertThat(CaseworkFhir.read(toClinic.referral(), answer).changed()).isFalse();
    toClinic = run(toClinic, new ReferralCommand.AcknowledgeOutcome(SANNE.id(), Instant.parse("2026-09-10T14:00:00Z")));

    // The clinic refers him to social work for support; social work refuses: he must detox first, at the clinic.
    ReferralLoop toWelfare = run(ReferralLoop.draft(clinicCase, SOCIAL, ReferralId.of("ref-j-support"),
            CLINIC_INTAKE.id(), WELFARE.id(), "social-support", Instant.parse("2026-09-14T08:00:00Z")).loop(),
        new ReferralCommand.RecordBasis(new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK,
            "Wmo 2015 art. 2.3.5"), Instant.parse("2026-09-14T08:00:00Z")),
        send(Instant.parse("2026-09-14T08:05:00Z"), Optional.empty()),
        new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, CLINIC.id()),
            Instant.parse("2026-09-16T10:00:00Z")),
        new ReferralCommand.AcknowledgeOutcome(CLINIC_INTAKE.id(), Instant.parse("2026-09-16T11:00:00Z")));

    List<Referral> referrals = List.of(toClinic.referral(), toWelfare.referral());
    assertThat(referrals).extracting(Referral::status).containsOnly(ReferralStatus.REFUSED);
    Caseload caseload = Caseload.builder().agencies(List.of(WELFARE, CLINIC))
        .professionals(List.of(SANNE, CLINIC_INTAKE)).cases(List.of(toClinic.caseFile(), toWelfare.caseFile()))
        .referrals(referrals).build();
    List<Finding> findings = CaseloadCheck.of(NORMS).run(caseload, CHECKED_AT);
    assertThat(findings).filteredOn(f -> f.code() == FindingCode.PRECONDITION_DEADLOCK).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
          assertThat(f.subjects()).contains(SubjectRef.of(ReferralId.of("ref-j-detox")),
              SubjectRef.of(ReferralId.of("ref-j-support")));
        });
  }
}
