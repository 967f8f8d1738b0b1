package io.github.casework.store;

import io.github.casework.AggregateType;
import io.github.casework.casefile.Case;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.AggregateId;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;

/** The stream of an aggregate: its kind and its id, as the store keeps them in two columns. */
final class Streams {
  private Streams() {}

  /** {@return the kind of aggregate an id names: ids of different kinds are different types} */
  static AggregateType<?, ?, ?> kindOf(AggregateId id) {
    if (id instanceof CaseId) {
      return Case.TYPE;
    }
    if (id instanceof ReferralId) {
      return Referral.TYPE;
    }
    if (id instanceof EscalationId) {
      return Escalation.TYPE;
    }
    if (id instanceof SignalId) {
      return Signal.TYPE;
    }
    throw new AssertionError("bug: an aggregate id of no known kind");
  }

  /** {@return the text the store writes for a stream, such as {@code case c-1}} */
  static String describe(AggregateId id) {
    return kindOf(id).name() + " " + id.value();
  }

  /** {@return the id of an aggregate of a kind, from its stored text} */
  static AggregateId idOf(AggregateType<?, ?, ?> type, String value) {
    if (type == Case.TYPE) {
      return CaseId.of(value);
    }
    if (type == Referral.TYPE) {
      return ReferralId.of(value);
    }
    if (type == Escalation.TYPE) {
      return EscalationId.of(value);
    }
    if (type == Signal.TYPE) {
      return SignalId.of(value);
    }
    throw new AssertionError("bug: an aggregate kind of no known id type");
  }
}
