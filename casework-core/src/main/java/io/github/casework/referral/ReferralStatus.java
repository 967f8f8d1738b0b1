package io.github.casework.referral;

/**
 * Where a referral is in its lifecycle, modelled on the states of the FHIR {@code Task} resource. The allowed
 * steps between them are the transition table in {@link Referral}. Each status has a stable lower-case
 * {@link #code()} used in the wire format.
 */
public enum ReferralStatus {
  /** Being prepared by the referrer; nothing has left the referring agency (FHIR {@code draft}). */
  DRAFT("draft", false),
  /** Sent to the receiving agency (FHIR {@code requested}); the response clock runs. */
  SENT("sent", false),
  /** The receiving agency confirmed receipt (FHIR {@code received}). */
  RECEIVED("received", false),
  /** The receiving agency agreed to help (FHIR {@code accepted}). */
  ACCEPTED("accepted", false),
  /** The service to the client has started (FHIR {@code in-progress}). */
  IN_PROGRESS("in-progress", false),
  /** The service ended and its outcome was reported back (FHIR {@code completed}). */
  COMPLETED("completed", true),
  /** The receiving agency declined, for a stated {@link Refusal} (FHIR {@code rejected}). */
  REFUSED("refused", true),
  /** The receiving agency put the client on its waiting list (wachtlijst), with an expected date. */
  WAITLISTED("waitlisted", false),
  /** The referrer withdrew the referral (FHIR {@code cancelled}). */
  CANCELLED("cancelled", true),
  /** The service could not be delivered, for example because the client dropped out (FHIR {@code failed}). */
  FAILED("failed", true);

  private final String code;
  private final boolean terminal;

  ReferralStatus(String code, boolean terminal) {
    this.code = code;
    this.terminal = terminal;
  }

  /** {@return the stable lower-case code, such as {@code in-progress}} */
  public String code() {
    return code;
  }

  /** {@return true for the statuses no lifecycle step leaves: completed, refused, cancelled, failed} */
  public boolean isTerminal() {
    return terminal;
  }
}
