package io.github.casework.fhir;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the FHIR module: those of {@link FhirException}s raised because a partner's {@code Task} does
 * not say something casework can take, or says something the referral's rules forbid from its current state. When
 * the Task is readable but the domain rejects one of its values (a text too long, a date out of order), the
 * exception carries the domain's own code instead (for example {@code referral.out-of-order}). Codes never change
 * meaning between releases; {@link CaseworkFhir#errorCodes()} lists them with the domain's.
 */
public final class FhirCodes {
  /**
   * A Task lacks an element its status needs: status, lastModified, a reason coding, an outcome or an expected
   * start.
   */
  public static final String MISSING_ELEMENT = "fhir.missing-element";
  /** A coded element of a Task (statusReason, output, owner) holds no code or identifier this module maps. */
  public static final String UNKNOWN_CODE = "fhir.unknown-code";
  /** A partner's Task sets a status only the requesting side sets: draft, requested, cancelled or entered-in-error. */
  public static final String REQUESTER_STATUS = "fhir.requester-status";
  /** A partner's Task sets a status casework has no counterpart for: ready or on-hold. */
  public static final String UNSUPPORTED_STATUS = "fhir.unsupported-status";
  /** A partner's Task moves the referral through a step the referral's transition table forbids from its state. */
  public static final String FORBIDDEN_TRANSITION = "fhir.forbidden-transition";
  /** A Task's identifier names another referral than the one it is applied to. */
  public static final String WRONG_REFERRAL = "fhir.wrong-referral";
  /** A patient reference passed by the host is not a relative literal reference of the form Patient/id. */
  public static final String PATIENT_REFERENCE_INVALID = "fhir.patient-reference-invalid";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(MISSING_ELEMENT,
          "A Task lacks an element its status needs: status, lastModified, a reason coding, an outcome or an expected"
          + " start."),
      code(UNKNOWN_CODE,
          "A coded element of a Task (statusReason, output, owner) holds no code or identifier this module maps."),
      code(REQUESTER_STATUS,
          "A partner's Task sets a status only the requesting side sets: draft, requested, cancelled or"
          + " entered-in-error."),
      code(UNSUPPORTED_STATUS, "A partner's Task sets a status casework has no counterpart for: ready or on-hold."),
      code(FORBIDDEN_TRANSITION,
          "A partner's Task moves the referral through a step the referral's transition table forbids from its"
          + " state."),
      code(WRONG_REFERRAL, "A Task's identifier names another referral than the one it is applied to."),
      code(PATIENT_REFERENCE_INVALID,
          "A patient reference passed by the host is not a relative literal reference of the form Patient/id."));

  private FhirCodes() {}

  /**
   * Returns this module's codes with their meanings, in declaration order.
   *
   * @return the codes, immutable, not empty
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, FhirCodes.class.getPackageName());
  }
}
