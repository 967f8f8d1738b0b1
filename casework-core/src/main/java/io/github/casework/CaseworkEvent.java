package io.github.casework;

import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.id.AggregateId;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.SignalEvent;
import java.time.Instant;

/**
 * A fact that happened to one of the four aggregates: the supertype of {@link CaseEvent}, {@link ReferralEvent},
 * {@link EscalationEvent} and {@link SignalEvent}. Code that handles the events of every aggregate (a mixed event
 * stream, an event store's global feed, a bridge to another system) takes this type and asks the event for its
 * {@link #aggregateType()}, instead of testing classes or routing by the prefix of the type id.
 *
 * <p>Every event names the aggregate it belongs to, the instant it happened and its stable wire type id; the type
 * id starts with the aggregate's {@link AggregateType#name() name} and a dot ({@code case.opened},
 * {@code referral.sent}). Implementations are records: immutable and thread-safe.
 */
public sealed interface CaseworkEvent permits CaseEvent, ReferralEvent, EscalationEvent, SignalEvent {

  /** {@return the id of the aggregate this event belongs to} */
  AggregateId aggregateId();

  /** {@return when it happened} */
  Instant at();

  /** {@return the stable type id, such as {@code case.opened}} */
  String type();

  /** {@return the descriptor of the aggregate this event belongs to} */
  AggregateType<?, ?, ?> aggregateType();
}
