package io.github.casework.escalation;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.AgencyId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;

/**
 * The agency whose ladder an escalation climbs, with its kind (so that escalations at, say, every housing service
 * can be compared). Immutable and thread-safe.
 *
 * @param agency the target agency, not null
 * @param kind what kind of agency it is, not null
 */
public record Target(AgencyId agency, AgencyKind kind) {

  /**
   * Validates the components.
   *
   * @param agency the target agency, not null
   * @param kind what kind of agency it is, not null
   */
  public Target {
    requireNonNull(agency, "agency");
    requireNonNull(kind, "kind");
  }

  /**
   * Returns the target for an agency.
   *
   * @param agency the agency, not null
   * @return its id and kind
   */
  public static Target of(Agency agency) {
    requireNonNull(agency, "agency");
    return new Target(agency.id(), agency.kind());
  }
}
