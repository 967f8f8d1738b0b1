package io.github.casework.escalation;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.AgencyId;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;

/**
 * A mandate (mandaat): the highest level of another agency's ladder that an agency lets professionals in one
 * role address on their own, such as "our social workers may go to a frontline official", and how firmly it holds
 * them to it (its {@link MandatePolicy}).
 *
 * <p><b>Within, above and beyond.</b> A step up to a level at or below {@link #highestDirect()} is within the
 * mandate. A step to a level above it is within the arrangement too when the professional's own manager is in the
 * loop <em>before</em> the step is taken: the escalation runs {@link Route#VIA_OWN_MANAGER}, or the own manager
 * was informed at or before the moment of that step (informing afterwards does not count; informing is enough,
 * approval is not needed). Any other step above it is <em>beyond the mandate</em> ({@link #isBeyond}). What then
 * happens is the policy's:
 * <ul>
 *   <li>{@link MandatePolicy#ADVISORY} (the default): the step is accepted and recorded as a
 *       {@link BeyondMandateStep} with the professional's {@link BeyondMandateReason}, and the professional owes the
 *       own manager word of it within a norm — the seed article's Maartje, who takes the risk and goes higher
 *       herself, and its plea for "a broader mandate" with accountability "on broad lines";</li>
 *   <li>{@link MandatePolicy#STRICT}: the step is refused with {@link EscalationCodes#BEYOND_MANDATE}.</li>
 * </ul>
 * The rule is enforced by {@link Escalation} on every step, and again when a history is replayed: the policy is
 * part of the mandate recorded when the escalation is raised, so replay decides as the original decision did.
 *
 * <p>Two mandates are equal when agency, role, level and policy are equal. Immutable and thread-safe.
 *
 * @param agency the professional's own agency that grants the mandate, not null
 * @param role the role it applies to, not null
 * @param highestDirect the highest level that may be addressed without the own manager, not null
 * @param policy whether a step beyond it is accepted (advisory) or refused (strict), not null
 */
public record Mandate(AgencyId agency, Role role, LadderLevel highestDirect, MandatePolicy policy) {

  /**
   * Validates the components.
   *
   * @param agency the professional's own agency that grants the mandate, not null
   * @param role the role it applies to, not null
   * @param highestDirect the highest level that may be addressed without the own manager, not null
   * @param policy whether a step beyond it is accepted or refused, not null
   */
  public Mandate {
    requireNonNull(agency, "agency");
    requireNonNull(role, "role");
    requireNonNull(highestDirect, "highestDirect");
    requireNonNull(policy, "policy");
  }

  /**
   * Creates an {@linkplain MandatePolicy#ADVISORY advisory} mandate.
   *
   * @param agency the professional's own agency that grants the mandate, not null
   * @param role the role it applies to, not null
   * @param highestDirect the highest level that may be addressed without the own manager, not null
   */
  public Mandate(AgencyId agency, Role role, LadderLevel highestDirect) {
    this(agency, role, highestDirect, MandatePolicy.ADVISORY);
  }

  /**
   * Returns an {@linkplain MandatePolicy#ADVISORY advisory} mandate.
   *
   * @param agency the granting agency, not null
   * @param role the role, not null
   * @param highestDirect the highest level reachable directly, not null
   * @return the mandate
   */
  public static Mandate of(AgencyId agency, Role role, LadderLevel highestDirect) {
    return new Mandate(agency, role, highestDirect, MandatePolicy.ADVISORY);
  }

  /**
   * Returns a mandate.
   *
   * @param agency the granting agency, not null
   * @param role the role, not null
   * @param highestDirect the highest level reachable directly, not null
   * @param policy whether a step beyond it is accepted or refused, not null
   * @return the mandate
   */
  public static Mandate of(AgencyId agency, Role role, LadderLevel highestDirect, MandatePolicy policy) {
    return new Mandate(agency, role, highestDirect, policy);
  }

  /**
   * Returns this mandate with another policy.
   *
   * @param newPolicy the policy, not null
   * @return the mandate; this instance, unaffected, if the policy is the same
   */
  public Mandate withPolicy(MandatePolicy newPolicy) {
    return requireNonNull(newPolicy, "newPolicy") == policy ? this
        : new Mandate(agency, role, highestDirect, newPolicy);
  }

  /**
   * Returns whether this mandate applies to a professional: same agency and same role.
   *
   * @param professional the professional, not null
   * @return true if the professional works at {@link #agency()} in {@link #role()}
   */
  public boolean appliesTo(Professional professional) {
    requireNonNull(professional, "professional");
    return professional.agency().equals(agency) && professional.role() == role;
  }

  /**
   * Returns whether a step to this level is within the mandate without the own manager.
   *
   * @param level the level to be addressed, not null
   * @return true if {@code level} is not above {@link #highestDirect()}
   */
  public boolean allowsDirect(LadderLevel level) {
    return !requireNonNull(level, "level").isAbove(highestDirect);
  }

  /**
   * Returns whether a step is within the arrangement described on this type without going beyond the mandate:
   * within it, or above it with the own manager in the loop. The policy plays no part.
   *
   * @param level the level to be addressed, not null
   * @param route the escalation's route, not null
   * @param managerInformed whether the own manager was informed at or before the step
   * @return true if the step is not beyond the mandate
   */
  public boolean permits(LadderLevel level, Route route, boolean managerInformed) {
    requireNonNull(route, "route");
    return allowsDirect(level) || route == Route.VIA_OWN_MANAGER || managerInformed;
  }

  /**
   * Returns whether a step would go beyond the mandate: above it without the own manager in the loop. Under
   * {@link MandatePolicy#STRICT} such a step is refused; under {@link MandatePolicy#ADVISORY} it is recorded.
   *
   * @param level the level to be addressed, not null
   * @param route the escalation's route, not null
   * @param managerInformed whether the own manager was informed at or before the step
   * @return true if the step goes beyond the mandate; the negation of {@link #permits}
   */
  public boolean isBeyond(LadderLevel level, Route route, boolean managerInformed) {
    return !permits(level, route, managerInformed);
  }
}
