package io.github.casework.fhir;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Urgency;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.FailureReason;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.referral.Refusal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * The code systems, identifier systems and code tables of the mapping, in one place so that the outbound and the
 * inbound side cannot disagree. The table from life domains to the SDOH Clinical Care IG's categories is the one
 * in the module's README.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final String BASE = "https://casework.github.io/casework/fhir/";
  static final String LIFE_DOMAIN = BASE + "CodeSystem/life-domain";
  static final String REFUSAL_REASON = BASE + "CodeSystem/refusal-reason";
  static final String FAILURE_REASON = BASE + "CodeSystem/failure-reason";
  static final String REFERRAL_OUTCOME = BASE + "CodeSystem/referral-outcome";
  static final String REFERRAL_STATUS = BASE + "CodeSystem/referral-status";
  static final String TASK_PARAMETER = BASE + "CodeSystem/task-parameter";
  static final String SERVICE = BASE + "CodeSystem/service";
  static final String CAPACITY = BASE + "CodeSystem/capacity";
  static final String REFERRAL_ID = BASE + "sid/referral";
  static final String AGENCY_ID = BASE + "sid/agency";
  static final String PROFESSIONAL_ID = BASE + "sid/professional";
  static final String CLIENT_ID = BASE + "sid/client";

  static final String SDOHCC_CODES =
      "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";
  static final String SDOHCC_TASK_PROFILE =
      "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-TaskForReferralManagement";
  static final String SDOHCC_SERVICE_REQUEST_PROFILE =
      "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-ServiceRequest";
  static final String SDOHCC_CONSENT_PROFILE =
      "http://hl7.org/fhir/us/sdoh-clinicalcare/StructureDefinition/SDOHCC-Consent";
  static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
  static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
  /** The GDPR, cited as the Consent's policy (FHIR asks every Consent for a policy or a policy rule). */
  static final String GDPR = "https://eur-lex.europa.eu/eli/reg/2016/679/oj";

  /** Task input and output types of casework's own: due dates, the expected start, the outcome, a precondition. */
  static final String RESPONSE_DUE = "response-due";
  static final String FOLLOW_UP_DUE = "follow-up-due";
  static final String EXPECTED_START = "expected-start";
  static final String OUTCOME = "outcome";
  static final String PRECONDITION = "precondition";
  static final String PRECONDITION_AGENCY = "precondition-agency";
  static final String CAPACITY_ANSWER = "capacity";

  /** The SDOHCC category of each life domain; {@code sdoh-category-unspecified} where no category fits. */
  private static final ImmutableMap<LifeDomain, String> SDOH_CATEGORY = ImmutableMap.<LifeDomain, String>builder()
      .put(LifeDomain.FINANCES, "financial-insecurity")
      .put(LifeDomain.WORK_AND_EDUCATION, "employment-status")
      .put(LifeDomain.TIME_USE, "sdoh-category-unspecified")
      .put(LifeDomain.HOUSING, "housing-instability")
      .put(LifeDomain.DOMESTIC_RELATIONS, "sdoh-category-unspecified")
      .put(LifeDomain.MENTAL_HEALTH, "sdoh-category-unspecified")
      .put(LifeDomain.PHYSICAL_HEALTH, "sdoh-category-unspecified")
      .put(LifeDomain.SUBSTANCE_USE, "sdoh-category-unspecified")
      .put(LifeDomain.BASIC_ADL, "sdoh-category-unspecified")
      .put(LifeDomain.INSTRUMENTAL_ADL, "sdoh-category-unspecified")
      .put(LifeDomain.SOCIAL_NETWORK, "social-connection")
      .put(LifeDomain.SOCIETAL_PARTICIPATION, "sdoh-category-unspecified")
      .put(LifeDomain.JUSTICE, "incarceration-status")
      .buildOrThrow();

  private static final ImmutableMap<String, LifeDomain> DOMAIN_BY_CODE =
      Maps.uniqueIndex(Arrays.asList(LifeDomain.values()), LifeDomain::code);
  private static final ImmutableMap<String, FailureReason> FAILURE_BY_CODE =
      Maps.uniqueIndex(Arrays.asList(FailureReason.values()), FailureReason::code);
  private static final ImmutableMap<String, ReferralOutcome> OUTCOME_BY_CODE =
      Maps.uniqueIndex(Arrays.asList(ReferralOutcome.values()), ReferralOutcome::code);

  /** FHIR's request priorities, in the same order as casework's urgencies, so the mapping keeps their order. */
  private static final Map<Urgency, ServiceRequest.ServiceRequestPriority> PRIORITY = new EnumMap<>(Map.of(
      Urgency.ROUTINE, ServiceRequest.ServiceRequestPriority.ROUTINE,
      Urgency.PRIORITY, ServiceRequest.ServiceRequestPriority.URGENT,
      Urgency.URGENT, ServiceRequest.ServiceRequestPriority.ASAP,
      Urgency.CRISIS, ServiceRequest.ServiceRequestPriority.STAT));

  /** {@return the SDOHCC category code of a life domain} */
  static String sdohCategory(LifeDomain domain) {
    return SDOH_CATEGORY.get(domain);
  }

  /** {@return a life domain as a concept: the SDOHCC category and casework's own code, which the reader uses} */
  static CodeableConcept domain(LifeDomain domain) {
    return new CodeableConcept()
        .addCoding(new Coding(SDOHCC_CODES, sdohCategory(domain), null))
        .addCoding(new Coding(LIFE_DOMAIN, domain.code(), null))
        .setText(domain.code());
  }

  /** {@return the life domain of casework's coding in the concept, if it has one this module knows} */
  static Optional<LifeDomain> domainOf(CodeableConcept concept) {
    return codeIn(concept, LIFE_DOMAIN).map(DOMAIN_BY_CODE::get);
  }

  /** {@return a capacity answer: the IG's capacity status and casework's own code, which keeps the wait estimate} */
  static CodeableConcept capacity(Capacity capacity) {
    String sdoh = capacity == Capacity.YES ? "capacity"
        : capacity == Capacity.NO ? "no-capacity" : "no-capacity-has-waitlist";
    return new CodeableConcept().addCoding(new Coding(SDOHCC_CODES, sdoh, null))
        .addCoding(new Coding(CAPACITY, capacity.code(), null)).setText(capacity.code());
  }

  static ServiceRequest.ServiceRequestPriority serviceRequestPriority(Urgency urgency) {
    return PRIORITY.get(urgency);
  }

  static Task.TaskPriority taskPriority(Urgency urgency) {
    return Task.TaskPriority.fromCode(PRIORITY.get(urgency).toCode());
  }

  /** {@return the FHIR Task status of a referral status; waitlisted is received with a business status} */
  static Task.TaskStatus taskStatus(ReferralStatus status) {
    return switch (status) {
      case DRAFT -> Task.TaskStatus.DRAFT;
      case SENT -> Task.TaskStatus.REQUESTED;
      case RECEIVED, WAITLISTED -> Task.TaskStatus.RECEIVED;
      case ACCEPTED -> Task.TaskStatus.ACCEPTED;
      case IN_PROGRESS -> Task.TaskStatus.INPROGRESS;
      case COMPLETED -> Task.TaskStatus.COMPLETED;
      case REFUSED -> Task.TaskStatus.REJECTED;
      case CANCELLED -> Task.TaskStatus.CANCELLED;
      case FAILED -> Task.TaskStatus.FAILED;
    };
  }

  static Coding refusalCoding(Refusal refusal) {
    return new Coding(REFUSAL_REASON, refusal.type(), null);
  }

  static Coding failureCoding(FailureReason reason) {
    return new Coding(FAILURE_REASON, reason.code(), null);
  }

  static Optional<FailureReason> failureOf(CodeableConcept concept) {
    return codeIn(concept, FAILURE_REASON).map(FAILURE_BY_CODE::get);
  }

  static CodeableConcept outcome(ReferralOutcome outcome) {
    return new CodeableConcept().addCoding(new Coding(REFERRAL_OUTCOME, outcome.code(), null)).setText(outcome.code());
  }

  static Optional<ReferralOutcome> outcomeOf(CodeableConcept concept) {
    return codeIn(concept, REFERRAL_OUTCOME).map(OUTCOME_BY_CODE::get);
  }

  static CodeableConcept parameter(String code) {
    return new CodeableConcept().addCoding(new Coding(TASK_PARAMETER, code, null)).setText(code);
  }

  static boolean isParameter(CodeableConcept type, String code) {
    return codeIn(type, TASK_PARAMETER).filter(code::equals).isPresent();
  }

  /** {@return the code of the first coding of this system, if any; a missing code reads as absent} */
  static Optional<String> codeIn(CodeableConcept concept, String system) {
    for (Coding c : concept.getCoding()) {
      if (system.equals(c.getSystem()) && c.hasCode()) {
        return Optional.of(c.getCode());
      }
    }
    return Optional.empty();
  }
}
