package io.github.casework.fhir;

import static java.util.Objects.requireNonNull;

import io.github.casework.CaseworkException;

/**
 * A partner's {@code Task} that casework cannot take: it lacks an element, holds a code no mapping knows, sets a
 * status only the requesting side may set, or asks for a step the referral's rules forbid. Carries the stable
 * {@link #code()} (a {@link FhirCodes} code, or the domain's own code when the domain rejected a value) and the
 * {@link #element()} of the Task it is about as a FHIRPath such as {@code Task.statusReason}. The message names the
 * element and the rule; it never echoes the Task's content. Applying the Task changed nothing.
 */
public final class FhirException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /** The Task element the failure is about. */
  private final String element;

  /**
   * Creates an exception.
   *
   * @param code the stable code, not null
   * @param element the Task element, as a FHIRPath such as {@code Task.status}, not null
   * @param rule the rule that was broken, without personal data and without the input, not null
   */
  public FhirException(String code, String element, String rule) {
    super(code, requireNonNull(element, "element") + ": " + requireNonNull(rule, "rule"));
    this.element = element;
  }

  /**
   * Creates an exception for a domain rejection of a Task's content, keeping the domain's code.
   *
   * @param cause the domain's exception, not null
   * @param element the Task element, not null
   */
  FhirException(CaseworkException cause, String element) {
    super(cause.code(), requireNonNull(element, "element") + ": " + cause.getMessage());
    this.element = element;
    initCause(cause);
  }

  /** {@return the Task element the failure is about, as a FHIRPath such as {@code Task.statusReason}} */
  public String element() {
    return element;
  }
}
