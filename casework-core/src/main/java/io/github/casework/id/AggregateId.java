package io.github.casework.id;

/**
 * The id of one of the four aggregates: a {@link CaseId}, {@link ReferralId}, {@link EscalationId} or
 * {@link SignalId}. Code that works across aggregates (mixed event streams, stores, bridges) keys aggregates by
 * this type; ids of different aggregate kinds are never equal, even when their texts are, so a case and a
 * referral may share an id text. Implementations are immutable and thread-safe.
 */
public sealed interface AggregateId permits CaseId, ReferralId, EscalationId, SignalId {

  /** {@return the id text: 1 to 64 characters of {@code [A-Za-z0-9._:-]}, starting with a letter or digit} */
  String value();
}
