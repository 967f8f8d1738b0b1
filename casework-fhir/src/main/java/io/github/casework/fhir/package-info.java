/**
 * Closed-loop referrals as HL7 FHIR R4 resources (HAPI FHIR's model) following the Gravity Project's SDOH Clinical
 * Care implementation guide. {@link io.github.casework.fhir.CaseworkFhir#resources} turns a referral into a
 * {@code ServiceRequest}, an "SDOHCC Task For Referral Management" and, when the sharing basis is consent, a
 * {@code Consent} ({@link io.github.casework.fhir.ReferralResources}); {@link io.github.casework.fhir.CaseworkFhir#read}
 * turns a partner's updated {@code Task} into the referral commands it means, decided against the current
 * referral ({@link io.github.casework.fhir.TaskUpdate}). Every rejection is a
 * {@link io.github.casework.fhir.FhirException} naming the Task element and a stable code.
 */
@NullMarked
package io.github.casework.fhir;

import org.jspecify.annotations.NullMarked;
