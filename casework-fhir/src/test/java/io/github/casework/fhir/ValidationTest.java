package io.github.casework.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Urgency;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.FailureReason;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.Refusal;
import io.github.casework.testing.Property;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Tries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/**
 * Every produced resource passes HAPI's {@code FhirInstanceValidator} against base R4 without errors, and carries
 * the key constraints of the SDOH Clinical Care IG's profiles, which are checked here directly because the IG's
 * package (hl7.fhir.us.sdoh-clinicalcare) cannot be had in this build.
 */
class ValidationTest {
  /** The SDOHCC category codes of the IG's SDOH category value set. */
  private static final Set<String> SDOH_CATEGORIES = Set.of("sdoh-category-unspecified", "food-insecurity",
      "housing-instability", "homelessness", "inadequate-housing", "transportation-insecurity", "financial-insecurity",
      "material-hardship", "educational-attainment", "employment-status", "veteran-status", "stress",
      "social-connection", "intimate-partner-violence", "elder-abuse", "personal-health-literacy",
      "health-insurance-coverage-status", "medical-cost-burden", "digital-literacy", "digital-access",
      "utility-insecurity", "language-access", "incarceration-status");

  private static Instant at(int hours) {
    return FhirTesting.T0.plusSeconds(3600L * hours);
  }

  /** One referral in every status, with every refusal, failure reason, outcome and kind of basis. */
  static List<Referral> everyShape() {
    List<Referral> out = new ArrayList<>();
    Referral draft = FhirTesting.draft();
    Referral sent = FhirTesting.sent();
    out.add(draft);
    out.add(sent);
    out.add(draft.decide(new ReferralCommand.RecordBasis(new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK,
        "Wmo 2015 art. 2.3.5"), at(1))).state());
    out.add(draft.decide(new ReferralCommand.RecordBasis(DataSharingBasis.Consent.of(
        ConsentGiver.LEGAL_REPRESENTATIVE, FhirTesting.REFERRER, at(0), List.of(FhirTesting.CLINIC,
            FhirTesting.SOCIAL_WORK), List.of(LifeDomain.SUBSTANCE_USE, LifeDomain.HOUSING)), at(1))).state());
    Referral received = sent.decide(new ReferralCommand.Receive(at(2))).state();
    out.add(received);
    Referral waitlisted = received.decide(new ReferralCommand.Waitlist(at(400), at(3))).state();
    out.add(waitlisted);
    Referral accepted = waitlisted.decide(new ReferralCommand.Accept(at(4))).state();
    out.add(accepted);
    Referral handedOver = accepted.decide(new ReferralCommand.AcceptAccountability(
        io.github.casework.id.ProfessionalId.of("arts-jansen"), at(5))).state();
    out.add(handedOver);
    Referral started = handedOver.decide(new ReferralCommand.Start(at(6))).state();
    out.add(started);
    for (ReferralOutcome o : ReferralOutcome.values()) {
      Referral done = started.decide(new ReferralCommand.Complete(o, at(7))).state();
      out.add(done);
      out.add(done.decide(new ReferralCommand.AcknowledgeOutcome(FhirTesting.REFERRER, at(8))).state());
    }
    for (FailureReason f : FailureReason.values()) {
      out.add(accepted.decide(new ReferralCommand.Fail(f, at(7))).state());
    }
    for (Refusal refusal : List.of(new Refusal.NotEligible("resident for less than two years"),
        new Refusal.NoCapacity(), new Refusal.ClientUnreachable(), Refusal.PreconditionUnmet.first(LifeDomain.HOUSING),
        Refusal.PreconditionUnmet.solvedBy(LifeDomain.SOCIAL_NETWORK, FhirTesting.SOCIAL_WORK))) {
      out.add(sent.decide(new ReferralCommand.Refuse(refusal, at(3))).state());
    }
    out.add(sent.decide(new ReferralCommand.Cancel(FhirTesting.REFERRER, at(3))).state());
    Referral based = draft.decide(new ReferralCommand.RecordBasis(new DataSharingBasis.LegalBasis(
        LegalGround.PUBLIC_TASK, "Wmo 2015 art. 2.3.5"), at(1))).state();
    for (Capacity c : Capacity.values()) {
      out.add(based.decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)),
          Deadline.after(Duration.ofDays(28)), at(2), Optional.of(c))).state());
    }
    out.add(draft.decide(new ReferralCommand.Cancel(FhirTesting.REFERRER, at(3))).state());
    return out;
  }

  static List<ReferralContext> contexts() {
    List<ReferralContext> out = new ArrayList<>(List.of(ReferralContext.none(),
        ReferralContext.none().withPatient("Patient/p-123")));
    for (Urgency u : Urgency.values()) {
      out.add(ReferralContext.none().withUrgency(u));
    }
    return out;
  }

  @Test
  void everyShapeOfReferralIsValidR4AndKeepsTheProfilesKeyConstraints() {
    int resources = 0;
    for (Referral referral : everyShape()) {
      for (ReferralContext context : contexts()) {
        ReferralResources r = CaseworkFhir.resources(referral, context);
        assertThat(FhirTesting.errors(r.serviceRequest())).as("%s %s", referral, context).isEmpty();
        assertThat(FhirTesting.errors(r.task())).as("%s %s", referral, context).isEmpty();
        r.consent().ifPresent(c -> assertThat(FhirTesting.errors(c)).as("%s %s", referral, context).isEmpty());
        checkTaskProfile(r.task());
        checkServiceRequestProfile(r.serviceRequest());
        r.consent().ifPresent(ValidationTest::checkConsentProfile);
        assertThat(r.consent().isPresent()).isEqualTo(
            referral.basis().filter(DataSharingBasis.Consent.class::isInstance).isPresent());
        resources += r.consent().isPresent() ? 3 : 2;
      }
    }
    assertThat(resources).isGreaterThan(300);
  }

  @Test
  void generatedReferralsAreValidR4() {
    // The validator takes milliseconds per resource: a fifth of the tries covers the shapes the generator reaches.
    int tries = Math.max(1, Tries.count() / 5);
    String name = "fhir validation";
    System.out.println(name + ": " + tries + " of " + Tries.count() + " tries, base seed " + Tries.baseSeed(name));
    int[] n = {0};
    Property.forAll(name, ReferralGen.referrals(), referral -> {
      if (n[0]++ >= tries) {
        return;
      }
      ReferralResources r = CaseworkFhir.resources(referral);
      assertThat(FhirTesting.errors(r.serviceRequest())).isEmpty();
      assertThat(FhirTesting.errors(r.task())).isEmpty();
      r.consent().ifPresent(c -> assertThat(FhirTesting.errors(c)).isEmpty());
      checkTaskProfile(r.task());
    });
  }

  @Test
  void theValidatorRejectsWhatBaseR4Forbids() {
    Task task = CaseworkFhir.resources(FhirTesting.sent()).task();
    task.setIntent(null);
    assertThat(FhirTesting.errors(task)).isNotEmpty();
    Consent consent = CaseworkFhir.resources(FhirTesting.sent()).consent().orElseThrow();
    consent.getPolicy().clear();
    assertThat(FhirTesting.errors(consent)).isNotEmpty();
  }

  /** SDOHCC Task For Referral Management: the required elements and fixed values. */
  static void checkTaskProfile(Task task) {
    assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
    assertThat(task.getCode().getCoding()).extracting(Coding::getSystem, Coding::getCode)
        .contains(org.assertj.core.groups.Tuple.tuple("http://hl7.org/fhir/CodeSystem/task-code", "fulfill"));
    assertThat(task.getFocus().getReference()).startsWith("ServiceRequest/");
    assertThat(task.hasFor()).isTrue();
    assertThat(task.hasAuthoredOn()).isTrue();
    assertThat(task.getRequester().getType()).isEqualTo("Organization");
    assertThat(task.hasOwner()).isTrue();
    if (task.hasStatusReason()) {
      assertThat(task.getStatusReason().getText()).isNotBlank();
    }
    if (Set.of(Task.TaskStatus.REJECTED, Task.TaskStatus.CANCELLED, Task.TaskStatus.FAILED)
        .contains(task.getStatus())) {
      assertThat(task.getStatusReason().getText()).isNotBlank();
    }
  }

  /** SDOHCC ServiceRequest: an SDOH category from the IG's value set; a subject. */
  static void checkServiceRequestProfile(ServiceRequest sr) {
    assertThat(sr.getCategory()).flatExtracting(CodeableConcept::getCoding)
        .filteredOn(c -> Vocabulary.SDOHCC_CODES.equals(c.getSystem()))
        .isNotEmpty().allSatisfy(c -> assertThat(SDOH_CATEGORIES).contains(c.getCode()));
    assertThat(sr.hasSubject()).isTrue();
  }

  /** SDOHCC Consent: IDSCL category, patient, dateTime, one organization, a source, privacy scope. */
  static void checkConsentProfile(Consent c) {
    assertThat(c.getCategory()).flatExtracting(CodeableConcept::getCoding).extracting(Coding::getCode)
        .containsOnlyOnce("IDSCL");
    assertThat(c.hasPatient()).isTrue();
    assertThat(c.hasDateTime()).isTrue();
    assertThat(c.getOrganization()).hasSize(1);
    assertThat(c.hasSource()).isTrue();
    assertThat(c.getScope().getCodingFirstRep().getCode()).isEqualTo("patient-privacy");
  }
}
