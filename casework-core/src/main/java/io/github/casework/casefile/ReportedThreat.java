package io.github.casework.casefile;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.NeedId;
import java.time.Instant;

/**
 * An urgent threat reported for one of a case's needs, and when it was reported; the Wgs clock for a first
 * conversation within three working days starts then. Immutable and thread-safe.
 *
 * @param need the need the threat concerns, not null
 * @param threat the threat, not null
 * @param at when it was reported, not null
 */
public record ReportedThreat(NeedId need, UrgentThreat threat, Instant at) {

  /**
   * Validates the components.
   *
   * @param need the need the threat concerns, not null
   * @param threat the threat, not null
   * @param at when it was reported, not null
   */
  public ReportedThreat {
    requireNonNull(need, "need");
    requireNonNull(threat, "threat");
    requireNonNull(at, "at");
  }
}
