package io.github.casework.id;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes fresh id texts. Use {@link #random()} in production and {@link #seeded(long)} in simulations and tests,
 * where the same seed must give the same ids in the same order. Implementations are thread-safe.
 */
@FunctionalInterface
public interface IdSource {

  /**
   * Returns a fresh id text that satisfies the id rule (see {@link CaseId}).
   *
   * @return the text, not null
   */
  String next();

  /** {@return a fresh case id} */
  default CaseId nextCaseId() {
    return new CaseId(next());
  }

  /** {@return a fresh need id} */
  default NeedId nextNeedId() {
    return new NeedId(next());
  }

  /** {@return a fresh client id} */
  default ClientId nextClientId() {
    return new ClientId(next());
  }

  /** {@return a fresh agency id} */
  default AgencyId nextAgencyId() {
    return new AgencyId(next());
  }

  /** {@return a fresh professional id} */
  default ProfessionalId nextProfessionalId() {
    return new ProfessionalId(next());
  }

  /** {@return a fresh referral id} */
  default ReferralId nextReferralId() {
    return new ReferralId(next());
  }

  /** {@return a fresh escalation id} */
  default EscalationId nextEscalationId() {
    return new EscalationId(next());
  }

  /** {@return a fresh signal id} */
  default SignalId nextSignalId() {
    return new SignalId(next());
  }

  /**
   * Returns a source of random (version 4) UUID texts from a cryptographically strong generator.
   *
   * @return the source
   */
  static IdSource random() {
    return () -> UUID.randomUUID().toString();
  }

  /**
   * Returns a deterministic source: the n-th call returns a UUID-shaped text that depends only on the seed and
   * n. Thread-safe; under concurrent use the order of calls decides which caller gets which id.
   *
   * @param seed the seed
   * @return the source
   */
  static IdSource seeded(long seed) {
    AtomicLong counter = new AtomicLong();
    return () -> {
      long n = counter.getAndIncrement();
      long hi = mix(seed + n * 0x9E3779B97F4A7C15L);
      long lo = mix(hi ^ 0xD1B54A32D192ED03L);
      return new UUID(hi, lo).toString();
    };
  }

  /**
   * Returns a deterministic source of readable ids: the prefix followed by 1, 2, … — so {@code sequential("case-")}
   * gives {@code case-1}, {@code case-2}, … and {@code sequential("r")} gives {@code r1}, {@code r2}, …
   * Thread-safe.
   *
   * @param prefix the prefix, a valid id text of at most 40 characters (it may end in a separator such as
   *     {@code -}), not null
   * @return the source
   * @throws io.github.casework.InvalidValueException if the prefix breaks the id rule or is longer than 40
   *     characters
   */
  static IdSource sequential(String prefix) {
    requireNonNull(prefix, "prefix");
    IdRules.check("IdSource.prefix", prefix);
    if (prefix.length() > 40) {
      throw new io.github.casework.InvalidValueException(
          IdCodes.TOO_LONG, "IdSource.prefix", "must be at most 40 characters");
    }
    AtomicLong counter = new AtomicLong();
    return () -> prefix + counter.incrementAndGet();
  }

  /** SplitMix64's finaliser (Steele, Lea and Flood, 2014). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
