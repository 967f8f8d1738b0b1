package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.party.AgencyKind;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape by which the {@link SignalDetector} groups incidents: incidents with equal shapes are "the same
 * thing happening again". An escalation has an escalation reason; a refusal has a refusal reason, by its stable
 * code (such as {@code not-eligible}), so that this package does not depend on how referrals model it.
 *
 * <p>Ordered by reason, life domain, refusal reason, target agency kind and area (absent reasons first); the
 * order is consistent with {@code equals} and makes the detector's output deterministic. Immutable and
 * thread-safe.
 *
 * @param reason the escalation reason, if an escalation, not null
 * @param domain the life domain of the blocked need, not null
 * @param refusalReason the refusal reason code, if a refusal: lower-case letters, digits and hyphens, not null
 * @param targetKind the kind of agency that refused or was escalated to, not null
 * @param area the area the client's case belongs to, not null
 */
public record IncidentShape(Optional<EscalationReason> reason, LifeDomain domain, Optional<String> refusalReason,
    AgencyKind targetKind, Area area) implements Comparable<IncidentShape> {
  private static final Pattern REASON_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private static final Comparator<IncidentShape> ORDER = Comparator
      .comparing((IncidentShape s) -> s.reason().map(r -> r.ordinal() + 1).orElse(0))
      .thenComparing(IncidentShape::domain)
      .thenComparing(s -> s.refusalReason().orElse(""))
      .thenComparing(IncidentShape::targetKind)
      .thenComparing(IncidentShape::area);

  /**
   * Validates the components.
   *
   * @param reason the escalation reason, if an escalation, not null
   * @param domain the life domain of the blocked need, not null
   * @param refusalReason the refusal reason code, if a refusal: lower-case letters, digits and hyphens, not null
   * @param targetKind the kind of agency that refused or was escalated to, not null
   * @param area the area the client's case belongs to, not null
   * @throws InvalidValueException if neither reason is present or the refusal reason is not a code
   */
  public IncidentShape {
    requireNonNull(reason, "reason");
    requireNonNull(domain, "domain");
    requireNonNull(refusalReason, "refusalReason");
    requireNonNull(targetKind, "targetKind");
    requireNonNull(area, "area");
    if (reason.isEmpty() && refusalReason.isEmpty()) {
      throw new InvalidValueException(SignalCodes.INCIDENT_SHAPE_NO_REASON, "IncidentShape.reason",
          "an incident has an escalation reason, a refusal reason, or both");
    }
    if (refusalReason.isPresent() && !REASON_CODE.matcher(refusalReason.get()).matches()) {
      throw new InvalidValueException(SignalCodes.INCIDENT_SHAPE_INVALID_REFUSAL_REASON, "IncidentShape.refusalReason",
          "must be a code of 1 to 64 lower-case letters, digits and hyphens");
    }
  }

  /**
   * Returns the shape of an escalation.
   *
   * @param reason why it was escalated, not null
   * @param domain the life domain, not null
   * @param targetKind the kind of agency escalated to, not null
   * @param area the area, not null
   * @return the shape
   */
  public static IncidentShape escalation(EscalationReason reason, LifeDomain domain, AgencyKind targetKind,
      Area area) {
    return new IncidentShape(Optional.of(requireNonNull(reason, "reason")), domain, Optional.empty(), targetKind,
        area);
  }

  /**
   * Returns the shape of a refusal.
   *
   * @param refusalReason the refusal reason's code, such as {@code not-eligible}, not null
   * @param domain the life domain, not null
   * @param targetKind the kind of agency that refused, not null
   * @param area the area, not null
   * @return the shape
   * @throws InvalidValueException if the refusal reason is not a code
   */
  public static IncidentShape refusal(String refusalReason, LifeDomain domain, AgencyKind targetKind, Area area) {
    return new IncidentShape(Optional.empty(), domain, Optional.of(requireNonNull(refusalReason, "refusalReason")),
        targetKind, area);
  }

  @Override
  public int compareTo(IncidentShape other) {
    return ORDER.compare(this, other);
  }
}
