package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * One escalation or refusal, as the {@link SignalDetector} sees it: what it is (kind and id), the case it
 * concerns, its {@link IncidentShape} and when it happened. Holds pseudonymous ids only. Build one with
 * {@link #of(Escalation, Area)}, {@link #escalation} or {@link #refusal}.
 *
 * <p>Two incidents are equal when all components are equal; the detector treats two unequal incidents with the
 * same kind and id as a conflict. Immutable and thread-safe.
 *
 * @param kind escalation or refusal, not null
 * @param id the escalation's id or the refused referral's id, as text valid for that id type, not null
 * @param caseId the case the incident concerns, not null
 * @param shape its shape: an escalation's has an escalation reason, a refusal's a refusal reason, not null
 * @param at when it happened, not null
 */
public record Incident(IncidentKind kind, String id, CaseId caseId, IncidentShape shape, Instant at) {

  /** Orders incidents by time, then kind, then id: the order in which a proposal lists them. */
  static final Comparator<Incident> ORDER = Comparator.comparing(Incident::at)
      .thenComparing(Incident::kind).thenComparing(Incident::id);

  /**
   * Validates the components.
   *
   * @param kind escalation or refusal, not null
   * @param id the escalation's id or the refused referral's id, as text valid for that id type, not null
   * @param caseId the case the incident concerns, not null
   * @param shape its shape: an escalation's has an escalation reason, a refusal's a refusal reason, not null
   * @param at when it happened, not null
   * @throws InvalidValueException if the id is not valid for the kind, or the shape lacks the reason the kind
   *     requires
   */
  public Incident {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(caseId, "caseId");
    requireNonNull(shape, "shape");
    requireNonNull(at, "at");
    if (kind == IncidentKind.ESCALATION) {
      EscalationId.of(id);
      if (shape.reason().isEmpty()) {
        throw new InvalidValueException(SignalCodes.INCIDENT_REASON_REQUIRED, "Incident.shape",
            "an escalation's shape names the escalation reason");
      }
    } else {
      ReferralId.of(id);
      if (shape.refusalReason().isEmpty()) {
        throw new InvalidValueException(SignalCodes.INCIDENT_REASON_REQUIRED, "Incident.shape",
            "a refusal's shape names the refusal reason");
      }
    }
  }

  /**
   * Returns the incident of an escalation.
   *
   * @param escalation the escalation, not null
   * @param caseId the case it concerns, not null
   * @param shape its shape, with an escalation reason, not null
   * @param at when it happened, not null
   * @return the incident
   * @throws InvalidValueException if the shape has no escalation reason
   */
  public static Incident escalation(EscalationId escalation, CaseId caseId, IncidentShape shape, Instant at) {
    return new Incident(IncidentKind.ESCALATION, requireNonNull(escalation, "escalation").value(), caseId, shape,
        at);
  }

  /**
   * Returns the incident of a refused referral.
   *
   * @param referral the referral that was refused, not null
   * @param caseId the case it concerns, not null
   * @param shape its shape, with a refusal reason, not null
   * @param at when it was refused, not null
   * @return the incident
   * @throws InvalidValueException if the shape has no refusal reason
   */
  public static Incident refusal(ReferralId referral, CaseId caseId, IncidentShape shape, Instant at) {
    return new Incident(IncidentKind.REFUSAL, requireNonNull(referral, "referral").value(), caseId, shape, at);
  }

  /**
   * Returns the incident of an escalation: its reason, the need's life domain, the target agency's kind, the
   * given area, and the instant it was raised (when the blockage showed, whatever its outcome).
   *
   * @param escalation the escalation, open or resolved, not null
   * @param area the area of the client's case, which the escalation does not know, not null
   * @return the incident
   */
  public static Incident of(Escalation escalation, Area area) {
    requireNonNull(escalation, "escalation");
    IncidentShape shape = IncidentShape.escalation(escalation.reason(), escalation.subject().domain(),
        escalation.target().kind(), area);
    return escalation(escalation.id(), escalation.subject().caseId(), shape, escalation.raisedAt());
  }

  /**
   * Returns the escalation's id, if this is an escalation.
   *
   * @return the escalation's id, if this is an escalation
   */
  public Optional<EscalationId> escalationId() {
    return kind == IncidentKind.ESCALATION ? Optional.of(EscalationId.of(id)) : Optional.empty();
  }

  /**
   * Returns the refused referral's id, if this is a refusal.
   *
   * @return the refused referral's id, if this is a refusal
   */
  public Optional<ReferralId> referralId() {
    return kind == IncidentKind.REFUSAL ? Optional.of(ReferralId.of(id)) : Optional.empty();
  }
}
