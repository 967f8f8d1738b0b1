package io.github.casework.escalation;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.AgencyId;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;

/**
 * A mandate (mandaat): the highest level of another agency's ladder that an agency lets professionals in one
 * role address on their own, such as "our social workers may go to a frontline official or a supervisor".
 *
 * <p><b>The rule for going beyond it.</b> A step up to a level at or below {@link #highestDirect()} is always
 * within the mandate. A step to a level above it is allowed only if the professional's own manager is in the
 * loop <em>before</em> the step is taken: either the escalation runs {@link Route#VIA_OWN_MANAGER}, or the own
 * manager was informed at or before the moment of that step. Informing afterwards does not count, and
 * informing is enough: the professional need not wait for the manager's approval. This resolves the dilemma of
 * the seed article — going via the manager "can take much longer or vanish among other priorities", going alone
 * risks being "rapped on the knuckles afterwards" — by keeping the manager informed without the delay. The rule
 * is enforced by {@link Escalation} on every step, and again when a history is replayed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agency the professional's own agency that grants the mandate, not null
 * @param role the role it applies to, not null
 * @param highestDirect the highest level that may be addressed without the own manager, not null
 */
public record Mandate(AgencyId agency, Role role, LadderLevel highestDirect) {

  /**
   * Validates the components.
   *
   * @param agency the professional's own agency that grants the mandate, not null
   * @param role the role it applies to, not null
   * @param highestDirect the highest level that may be addressed without the own manager, not null
   */
  public Mandate {
    requireNonNull(agency, "agency");
    requireNonNull(role, "role");
    requireNonNull(highestDirect, "highestDirect");
  }

  /**
   * Returns a mandate.
   *
   * @param agency the granting agency, not null
   * @param role the role, not null
   * @param highestDirect the highest level reachable directly, not null
   * @return the mandate
   */
  public static Mandate of(AgencyId agency, Role role, LadderLevel highestDirect) {
    return new Mandate(agency, role, highestDirect);
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
   * Applies the rule described on this type to one step.
   *
   * @param level the level to be addressed, not null
   * @param route the escalation's route, not null
   * @param managerInformed whether the own manager was informed at or before the step
   * @return true if the step is allowed
   */
  public boolean permits(LadderLevel level, Route route, boolean managerInformed) {
    requireNonNull(route, "route");
    return allowsDirect(level) || route == Route.VIA_OWN_MANAGER || managerInformed;
  }
}
