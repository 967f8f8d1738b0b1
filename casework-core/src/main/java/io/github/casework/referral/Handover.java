package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.ProfessionalId;
import java.time.Instant;

/**
 * A warm handover: a professional at the receiving agency explicitly accepted accountability for the referred
 * need. From then on that professional, not the referrer, is accountable. Immutable and thread-safe.
 *
 * @param to the professional who accepted accountability, not null
 * @param at when, not null
 */
public record Handover(ProfessionalId to, Instant at) {
  /**
   * Validates the components.
   *
   * @param to the professional who accepted accountability, not null
   * @param at when, not null
   */
  public Handover {
    requireNonNull(to, "to");
    requireNonNull(at, "at");
  }
}
