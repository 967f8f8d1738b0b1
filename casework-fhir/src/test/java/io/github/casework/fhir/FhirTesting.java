package io.github.casework.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Task;

/** The shared FHIR context, HAPI's instance validator against base R4, and a referral to start from. */
final class FhirTesting {
  private FhirTesting() {}

  static final FhirContext CONTEXT = FhirContext.forR4();
  private static final FhirValidator VALIDATOR = validator();

  private static FhirValidator validator() {
    ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT),
        new InMemoryTerminologyServerValidationSupport(CONTEXT), new CommonCodeSystemsTerminologyService(CONTEXT));
    return CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

  /** {@return the validator's messages of severity error or fatal for the resource} */
  static synchronized List<String> errors(IBaseResource resource) {
    return VALIDATOR.validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(SingleValidationMessage::toString).toList();
  }

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final AgencyId SOCIAL_WORK = AgencyId.of("welzijn-zuidoost");
  static final AgencyId CLINIC = AgencyId.of("kliniek-noord");
  static final ProfessionalId REFERRER = ProfessionalId.of("sw-maartje");

  /** A detox referral from social work to the clinic, drafted at {@link #T0}, not yet sent. */
  static Referral draft() {
    return Referral.draft(ReferralId.of("ref-detox"), ClientId.of("client-k"), CaseId.of("case-k"),
        NeedId.of("need-substance"), LifeDomain.SUBSTANCE_USE, SOCIAL_WORK, REFERRER, CLINIC, "detox", T0).state();
  }

  /** {@link #draft()} with the client's consent recorded and sent an hour later. */
  static Referral sent() {
    Referral r = draft().decide(new ReferralCommand.RecordBasis(DataSharingBasis.Consent.of(ConsentGiver.CLIENT,
        REFERRER, T0, List.of(CLINIC), List.of(LifeDomain.SUBSTANCE_USE)), T0.plusSeconds(60))).state();
    return r.decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)),
        T0.plusSeconds(3600))).state();
  }

  /** {@return a copy of the Task, as a partner's server would send it back, with a version and a time} */
  static Task partnerCopy(Task task, String version, Instant at) {
    Task copy = CONTEXT.newJsonParser().parseResource(Task.class, CONTEXT.newJsonParser().encodeResourceToString(task));
    copy.getMeta().setVersionId(version);
    copy.setLastModified(java.util.Date.from(at));
    return copy;
  }
}
