package io.github.casework.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.casework.LifeDomain;
import io.github.casework.id.ProfessionalId;
import io.github.casework.referral.FailureReason;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCodes;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.referral.Refusal;
import java.time.Instant;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/** A partner's Task update read against the referral: what it means, and every way it is rejected. */
class TaskReadTest {
  private static final Instant LATER = FhirTesting.T0.plusSeconds(7200);

  /** The Task casework sent for the referral, as the partner changes it. */
  private static Task partnerTask(Referral referral, Task.TaskStatus status) {
    Task t = FhirTesting.partnerCopy(CaseworkFhir.resources(referral).task(), "2", LATER);
    t.setStatus(status);
    return t;
  }

  private static FhirException rejection(Referral referral, Task task) {
    try {
      CaseworkFhir.read(referral, task);
    } catch (FhirException e) {
      return e;
    }
    throw new AssertionError("the Task was not rejected");
  }

  @Test
  void theClinicAcceptsTheReferral() {
    TaskUpdate u = CaseworkFhir.read(FhirTesting.sent(), partnerTask(FhirTesting.sent(), Task.TaskStatus.ACCEPTED));
    assertThat(u.commands()).containsExactly(new ReferralCommand.Accept(LATER));
    assertThat(u.state().status()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(u.taskVersion()).contains("2");
  }

  @Test
  void theClinicRefusesUntilTheSocialNetworkIsSolved() {
    Task t = partnerTask(FhirTesting.sent(), Task.TaskStatus.REJECTED);
    t.setStatusReason(new CodeableConcept().addCoding(new Coding(Vocabulary.REFUSAL_REASON, "precondition-unmet", null))
        .setText("first a stable social network"));
    t.addOutput().setType(Vocabulary.parameter(Vocabulary.PRECONDITION))
        .setValue(Vocabulary.domain(LifeDomain.SOCIAL_NETWORK));
    TaskUpdate u = CaseworkFhir.read(FhirTesting.sent(), t);
    assertThat(u.state().refusal()).contains(Refusal.PreconditionUnmet.first(LifeDomain.SOCIAL_NETWORK));
  }

  @Test
  void aCompletionCarriesItsOutcomeAndAFailureItsReason() {
    Referral started = FhirTesting.sent().decide(new ReferralCommand.Accept(LATER)).state()
        .decide(new ReferralCommand.Start(LATER)).state();
    Task done = partnerTask(started, Task.TaskStatus.COMPLETED);
    done.addOutput().setType(Vocabulary.parameter(Vocabulary.OUTCOME)).setValue(Vocabulary.outcome(
        ReferralOutcome.PARTLY_MET));
    assertThat(CaseworkFhir.read(started, done).state().outcome()).contains(ReferralOutcome.PARTLY_MET);

    Task failed = partnerTask(started, Task.TaskStatus.FAILED);
    failed.setStatusReason(new CodeableConcept().addCoding(Vocabulary.failureCoding(FailureReason.CLIENT_DROPPED_OUT))
        .setText("dropped out"));
    assertThat(CaseworkFhir.read(started, failed).state().failure()).contains(FailureReason.CLIENT_DROPPED_OUT);
  }

  @Test
  void aPartnerProfessionalAsOwnerTakesOverAccountability() {
    Task t = partnerTask(FhirTesting.sent(), Task.TaskStatus.ACCEPTED);
    t.setOwner(new Reference().setType("Practitioner")
        .setIdentifier(new Identifier().setSystem(Vocabulary.PROFESSIONAL_ID).setValue("arts-jansen")));
    TaskUpdate u = CaseworkFhir.read(FhirTesting.sent(), t);
    assertThat(u.commands()).containsExactly(new ReferralCommand.Accept(LATER),
        new ReferralCommand.AcceptAccountability(ProfessionalId.of("arts-jansen"), LATER));
    assertThat(u.state().isOpen()).isFalse();
  }

  @Test
  void theSameTaskVersionAppliedTwiceChangesNothing() {
    Task t = partnerTask(FhirTesting.sent(), Task.TaskStatus.ACCEPTED);
    TaskUpdate first = CaseworkFhir.read(FhirTesting.sent(), t);
    TaskUpdate second = CaseworkFhir.read(first.state(), t);
    assertThat(second.changed()).isFalse();
    assertThat(second.events()).isEmpty();
    assertThat(second.state()).isSameAs(first.state());
  }

  @Test
  void aStatusOnlyTheReferringSideSetsIsRejected() {
    for (Task.TaskStatus s : new Task.TaskStatus[] {Task.TaskStatus.CANCELLED, Task.TaskStatus.DRAFT,
        Task.TaskStatus.ENTEREDINERROR}) {
      FhirException e = rejection(FhirTesting.sent(), partnerTask(FhirTesting.sent(), s));
      assertThat(e.code()).isEqualTo(FhirCodes.REQUESTER_STATUS);
      assertThat(e.element()).isEqualTo("Task.status");
    }
    FhirException e = rejection(FhirTesting.draft(), partnerTask(FhirTesting.draft(), Task.TaskStatus.REQUESTED));
    assertThat(e.code()).isEqualTo(FhirCodes.REQUESTER_STATUS);
    assertThat(rejection(FhirTesting.sent(), partnerTask(FhirTesting.sent(), Task.TaskStatus.ONHOLD)).code())
        .isEqualTo(FhirCodes.UNSUPPORTED_STATUS);
  }

  @Test
  void aTransitionCaseworkForbidsIsRejectedAndChangesNothing() {
    Referral sent = FhirTesting.sent();
    // sent -> in-progress skips the acceptance; sent -> completed skips the service itself.
    FhirException e = rejection(sent, partnerTask(sent, Task.TaskStatus.INPROGRESS));
    assertThat(e.code()).isEqualTo(FhirCodes.FORBIDDEN_TRANSITION);
    assertThat(e.element()).isEqualTo("Task.status");
    assertThat(e.getMessage()).isEqualTo("Task.status: a referral that is sent does not allow this step");
    Referral accepted = sent.decide(new ReferralCommand.Accept(LATER)).state();
    assertThat(rejection(accepted, partnerTask(accepted, Task.TaskStatus.RECEIVED)).code())
        .isEqualTo(FhirCodes.FORBIDDEN_TRANSITION);
    assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
  }

  @Test
  void whatAStatusNeedsMustBeThere() {
    Referral sent = FhirTesting.sent();
    FhirException noReason = rejection(sent, partnerTask(sent, Task.TaskStatus.REJECTED));
    assertThat(noReason.code()).isEqualTo(FhirCodes.MISSING_ELEMENT);
    assertThat(noReason.element()).isEqualTo("Task.statusReason");

    Task unknown = partnerTask(sent, Task.TaskStatus.REJECTED);
    unknown.setStatusReason(new CodeableConcept().addCoding(new Coding("urn:other", "busy", null)).setText("busy"));
    assertThat(rejection(sent, unknown).code()).isEqualTo(FhirCodes.UNKNOWN_CODE);

    Task precondition = partnerTask(sent, Task.TaskStatus.REJECTED);
    precondition.setStatusReason(new CodeableConcept().addCoding(Vocabulary.refusalCoding(
        Refusal.PreconditionUnmet.first(LifeDomain.HOUSING))).setText("first housing"));
    assertThat(rejection(sent, precondition).element()).isEqualTo("Task.output");

    Task noStatus = partnerTask(sent, Task.TaskStatus.ACCEPTED);
    noStatus.setStatus(null);
    assertThat(rejection(sent, noStatus).element()).isEqualTo("Task.status");
    Task noTime = partnerTask(sent, Task.TaskStatus.ACCEPTED);
    noTime.setLastModifiedElement(null);
    assertThat(rejection(sent, noTime).element()).isEqualTo("Task.lastModified");

    Referral started = sent.decide(new ReferralCommand.Accept(LATER)).state().decide(new ReferralCommand.Start(LATER))
        .state();
    assertThat(rejection(started, partnerTask(started, Task.TaskStatus.COMPLETED)).code())
        .isEqualTo(FhirCodes.MISSING_ELEMENT);
  }

  @Test
  void aDomainRejectionKeepsTheDomainsCodeAndNeverEchoesTheInput() {
    Referral sent = FhirTesting.sent();
    Task early = partnerTask(sent, Task.TaskStatus.ACCEPTED);
    early.setLastModified(java.util.Date.from(FhirTesting.T0));
    FhirException e = rejection(sent, early);
    assertThat(e.code()).isEqualTo(ReferralCodes.OUT_OF_ORDER);
    assertThat(e.element()).isEqualTo("Task.lastModified");
    assertThat(CaseworkFhir.findErrorCode(e.code())).isPresent();

    Task tooLong = partnerTask(sent, Task.TaskStatus.REJECTED);
    String criterion = "secret-" + "x".repeat(Refusal.NotEligible.MAX_CRITERION);
    tooLong.setStatusReason(new CodeableConcept().addCoding(Vocabulary.refusalCoding(new Refusal.NoCapacity()))
        .setText(criterion));
    tooLong.getStatusReason().getCodingFirstRep().setCode("not-eligible");
    FhirException long_ = rejection(sent, tooLong);
    assertThat(long_.code()).isEqualTo(ReferralCodes.REFUSAL_CRITERION_TOO_LONG);
    assertThat(long_.element()).isEqualTo("Task.statusReason.text");
    assertThat(long_.getMessage()).doesNotContain("secret");
  }

  @Test
  void aTaskOfAnotherReferralIsRejected() {
    Task t = partnerTask(FhirTesting.sent(), Task.TaskStatus.ACCEPTED);
    t.getIdentifierFirstRep().setValue("ref-other");
    FhirException e = rejection(FhirTesting.sent(), t);
    assertThat(e.code()).isEqualTo(FhirCodes.WRONG_REFERRAL);
    assertThat(e.getMessage()).doesNotContain("ref-other");
  }

  @Test
  void theClientIsNamedByItsPseudonymOrByTheHostsOwnPatient() {
    String plain = FhirTesting.CONTEXT.newJsonParser().encodeResourceToString(
        CaseworkFhir.resources(FhirTesting.sent()).task());
    assertThat(plain).contains("client-k");
    ReferralResources own = CaseworkFhir.resources(FhirTesting.sent(),
        ReferralContext.none().withPatient("Patient/p-1"));
    for (var resource : new org.hl7.fhir.r4.model.Resource[] {own.task(), own.serviceRequest(),
        own.consent().orElseThrow()}) {
      assertThat(FhirTesting.CONTEXT.newJsonParser().encodeResourceToString(resource))
          .doesNotContain("client-k").contains("Patient/p-1");
    }
    assertThatThrownBy(() -> ReferralContext.none().withPatient("Patient/ 1 OR 1=1"))
        .isInstanceOfSatisfying(FhirException.class, e -> {
          assertThat(e.code()).isEqualTo(FhirCodes.PATIENT_REFERENCE_INVALID);
          assertThat(e.getMessage()).doesNotContain("OR");
        });
    assertThat(ReferralContext.none().withPatient("Patient/p-1").toString()).doesNotContain("p-1");
  }

  @Test
  void resourceIdsAreValidFhirIdsForEveryCaseworkId() {
    assertThat(CaseworkFhir.fhirId(io.github.casework.id.ReferralId.of("ref-1"))).isEqualTo("ref-1");
    String hashed = CaseworkFhir.fhirId(io.github.casework.id.ReferralId.of("ref:1_a"));
    assertThat(hashed).matches("cw-[0-9a-f]{40}")
        .isNotEqualTo(CaseworkFhir.fhirId(io.github.casework.id.ReferralId.of("ref_1:a")));
  }

  @Test
  void theServicesCapacityAnswerGoesOutAsAnInputInTheIgsTermsAndCaseworks() {
    Referral based = FhirTesting.draft().decide(new ReferralCommand.RecordBasis(
        new io.github.casework.referral.DataSharingBasis.LegalBasis(io.github.casework.referral.LegalGround.PUBLIC_TASK,
            "Wgs art. 7"), LATER)).state();
    Referral sent = based.decide(new ReferralCommand.Send(io.github.casework.Deadline.after(java.time.Duration.ZERO),
        io.github.casework.Deadline.after(java.time.Duration.ZERO), LATER,
        Optional.of(io.github.casework.referral.Capacity.WAITLIST_OVER_THREE_MONTHS))).state();
    Task t = CaseworkFhir.resources(sent).task();
    CodeableConcept answer = t.getInput().stream().filter(i -> Vocabulary.isParameter(i.getType(), "capacity"))
        .map(i -> (CodeableConcept) i.getValue()).findFirst().orElseThrow();
    assertThat(Vocabulary.codeIn(answer, Vocabulary.SDOHCC_CODES)).contains("no-capacity-has-waitlist");
    assertThat(Vocabulary.codeIn(answer, Vocabulary.CAPACITY)).contains("waitlist-over-3-months");
  }

  @Test
  void publicMethodsRejectNull() {
    NullPointerTester npt = new NullPointerTester().setDefault(Referral.class, FhirTesting.sent())
        .setDefault(Task.class, new Task()).setDefault(ReferralContext.class, ReferralContext.none())
        .setDefault(Optional.class, Optional.empty());
    npt.testAllPublicStaticMethods(CaseworkFhir.class);
    npt.testAllPublicInstanceMethods(ReferralContext.none());
    npt.testAllPublicConstructors(ReferralContext.class);
    npt.testAllPublicConstructors(TaskUpdate.class);
    npt.testAllPublicConstructors(ReferralResources.class);
  }
}
