package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.ProfessionalId;
import java.time.Instant;

/**
 * The closing of a referral's loop on the referrer's side: the referrer acknowledged the outcome reported back
 * (completed, refused or failed), or withdrew the referral. Until then the referrer stays accountable for the
 * need. Immutable and thread-safe.
 *
 * @param by the professional who closed the loop, not null
 * @param at when, not null
 */
public record LoopClosure(ProfessionalId by, Instant at) {
  /**
   * Validates the components.
   *
   * @param by the professional who closed the loop, not null
   * @param at when, not null
   */
  public LoopClosure {
    requireNonNull(by, "by");
    requireNonNull(at, "at");
  }
}
