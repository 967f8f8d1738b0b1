package io.github.casework.fhir;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * A referral as FHIR R4 resources: the {@code ServiceRequest} (what is asked, for whom, from whom, of whom), the
 * {@code Task} that tracks its fulfilment (the "SDOHCC Task For Referral Management"), and a {@code Consent} when
 * the referral's sharing basis is the client's consent. The Task's {@code focus} points at the ServiceRequest, and
 * the ServiceRequest's {@code supportingInfo} at the Consent.
 *
 * <p>HAPI's model objects are mutable. {@link CaseworkFhir#resources} builds new ones on every call and hands them
 * to the caller, who owns them; this record only carries them, and is as thread-safe as the caller keeps them.
 *
 * @param serviceRequest the service request, not null
 * @param task the task, not null
 * @param consent the consent, present exactly when the referral's basis is a consent, not null
 */
public record ReferralResources(ServiceRequest serviceRequest, Task task, Optional<Consent> consent) {
  /**
   * Validates the components.
   *
   * @param serviceRequest the service request, not null
   * @param task the task, not null
   * @param consent the consent, if any, not null
   */
  public ReferralResources {
    requireNonNull(serviceRequest, "serviceRequest");
    requireNonNull(task, "task");
    requireNonNull(consent, "consent");
  }
}
