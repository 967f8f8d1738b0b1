package io.github.casework.fhir;

import static java.util.Objects.requireNonNull;

import io.github.casework.casefile.Urgency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the host adds to a referral when it goes out as FHIR, beyond what the referral itself holds: the urgency of
 * the need referred (a referral does not carry it; the case's need does) and, only if the host owns one, a
 * {@code Patient} resource to point at instead of the client's pseudonymous id. Without a patient the resources
 * name the client by its {@code ClientId} as an identifier only, never by a BSN or a name.
 *
 * <p>Invariant: a patient reference is a relative literal reference {@code Patient/<id>}, the id 1 to 64 of
 * {@code [A-Za-z0-9.-]}. Immutable and thread-safe.
 *
 * @param urgency the urgency of the need referred, if the host passes it, not null
 * @param patient a relative reference to the host's own {@code Patient} resource, if any, not null
 */
public record ReferralContext(Optional<Urgency> urgency, Optional<String> patient) {
  private static final Pattern PATIENT = Pattern.compile("Patient/[A-Za-z0-9.-]{1,64}");
  private static final ReferralContext NONE = new ReferralContext(Optional.empty(), Optional.empty());

  /**
   * Validates the components.
   *
   * @param urgency the urgency, if any, not null
   * @param patient a reference {@code Patient/<id>}, if any, not null
   * @throws FhirException with {@link FhirCodes#PATIENT_REFERENCE_INVALID} if the patient reference has another
   *     form
   */
  public ReferralContext {
    requireNonNull(urgency, "urgency");
    requireNonNull(patient, "patient");
    if (patient.isPresent() && !PATIENT.matcher(patient.get()).matches()) {
      throw new FhirException(FhirCodes.PATIENT_REFERENCE_INVALID, "ReferralContext.patient",
          "must be a relative reference Patient/id, the id 1 to 64 letters, digits, dots and hyphens");
    }
  }

  /** {@return a context with nothing added: no urgency, the client by its pseudonymous id} */
  public static ReferralContext none() {
    return NONE;
  }

  /**
   * Returns this context with the need's urgency.
   *
   * @param urgency the urgency, not null
   * @return a context with the urgency; this instance is unaffected
   */
  public ReferralContext withUrgency(Urgency urgency) {
    return new ReferralContext(Optional.of(requireNonNull(urgency, "urgency")), patient);
  }

  /**
   * Returns this context pointing at the host's own {@code Patient} resource.
   *
   * @param reference a relative reference {@code Patient/<id>}, not null
   * @return a context with the patient; this instance is unaffected
   * @throws FhirException with {@link FhirCodes#PATIENT_REFERENCE_INVALID} if the reference has another form
   */
  public ReferralContext withPatient(String reference) {
    return new ReferralContext(urgency, Optional.of(requireNonNull(reference, "reference")));
  }

  /** Shows whether a patient reference is set, never the reference. */
  @Override
  public String toString() {
    return "ReferralContext[urgency=" + urgency.map(Urgency::code).orElse("none") + ", patient="
        + (patient.isPresent() ? "<set>" : "none") + "]";
  }
}
