package io.github.casework.examples.simulation;

import org.jspecify.annotations.Nullable;

/**
 * A precondition an agency sets: while the client has another open need in {@code domain}, the agency refuses
 * with probability {@code probability}, naming that need's life domain and the agency expected to solve it
 * ({@link io.github.casework.referral.Refusal.PreconditionUnmet}). Two agencies whose preconditions point at each
 * other form a precondition deadlock for a client with both needs (the clinic that wants housing first, and the
 * housing service that wants detox first). Immutable and thread-safe.
 *
 * @param domain the life-domain code of the need that must be solved first, not null
 * @param solvedBy the id of the agency expected to solve it, not null
 * @param probability the probability of refusing when the precondition applies, from 0 to 1
 */
public record PreconditionConfig(String domain, String solvedBy, double probability) {
  /**
   * Validates the components.
   *
   * @param domain the life-domain code of the need that must be solved first, not null
   * @param solvedBy the id of the agency expected to solve it, not null
   * @param probability the probability of refusing when the precondition applies, from 0 to 1
   * @throws io.github.casework.InvalidValueException if a component is out of range
   */
  public PreconditionConfig(@Nullable String domain, @Nullable String solvedBy, double probability) {
    this.domain = ConfigChecks.domain(domain, "PreconditionConfig.domain").code();
    this.solvedBy = ConfigChecks.agencyId(solvedBy, "PreconditionConfig.solvedBy");
    this.probability = ConfigChecks.probability(probability, "PreconditionConfig.probability");
  }
}
