package io.github.casework.json.internal;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.json.CaseHistory;
import io.github.casework.json.EscalationHistory;
import io.github.casework.json.ReferralHistory;
import io.github.casework.json.SignalHistory;
import io.github.casework.json.deser.CaseEventDeserializer;
import io.github.casework.json.deser.EscalationEventDeserializer;
import io.github.casework.json.deser.HistoryDeserializer;
import io.github.casework.json.deser.ReferralEventDeserializer;
import io.github.casework.json.deser.SignalEventDeserializer;
import io.github.casework.json.ser.CaseEventSerializer;
import io.github.casework.json.ser.EscalationEventSerializer;
import io.github.casework.json.ser.HistorySerializer;
import io.github.casework.json.ser.ReferralEventSerializer;
import io.github.casework.json.ser.SignalEventSerializer;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;

/** The serializer and deserializer of each aggregate's history document ({@code state} and {@code history}). */
public final class Histories {
  private Histories() {}

  /** Writes a {@link CaseHistory}. */
  public static final HistorySerializer<CaseHistory, CaseEvent, Case> CASE_WRITER = new HistorySerializer<>(
      CaseHistory.class, Shapes.CASE_STATE, CaseEventSerializer.INSTANCE, CaseHistory::state, CaseHistory::events);

  /** Reads a {@link CaseHistory}. */
  public static final HistoryDeserializer<CaseHistory, CaseEvent, Case> CASE_READER = new HistoryDeserializer<>(
      CaseHistory.class, Aggregate.CASE, CaseEventDeserializer.INSTANCE, Shapes.CASE_STATE, CaseHistory::of,
          CaseHistory::state);

  /** Writes a {@link ReferralHistory}. */
  public static final HistorySerializer<ReferralHistory, ReferralEvent, Referral> REFERRAL_WRITER =
      new HistorySerializer<>(ReferralHistory.class, Shapes.REFERRAL_STATE, ReferralEventSerializer.INSTANCE,
          ReferralHistory::state, ReferralHistory::events);

  /** Reads a {@link ReferralHistory}. */
  public static final HistoryDeserializer<ReferralHistory, ReferralEvent, Referral> REFERRAL_READER =
      new HistoryDeserializer<>(ReferralHistory.class, Aggregate.REFERRAL, ReferralEventDeserializer.INSTANCE,
          Shapes.REFERRAL_STATE, ReferralHistory::of,
          ReferralHistory::state);

  /** Writes an {@link EscalationHistory}. */
  public static final HistorySerializer<EscalationHistory, EscalationEvent, Escalation> ESCALATION_WRITER =
      new HistorySerializer<>(EscalationHistory.class, Shapes.ESCALATION_STATE, EscalationEventSerializer.INSTANCE,
          EscalationHistory::state, EscalationHistory::events);

  /** Reads an {@link EscalationHistory}. */
  public static final HistoryDeserializer<EscalationHistory, EscalationEvent, Escalation> ESCALATION_READER =
      new HistoryDeserializer<>(EscalationHistory.class, Aggregate.ESCALATION, EscalationEventDeserializer.INSTANCE,
          Shapes.ESCALATION_STATE, EscalationHistory::of,
          EscalationHistory::state);

  /** Writes a {@link SignalHistory}. */
  public static final HistorySerializer<SignalHistory, SignalEvent, Signal> SIGNAL_WRITER =
      new HistorySerializer<>(SignalHistory.class, Shapes.SIGNAL_STATE, SignalEventSerializer.INSTANCE,
          SignalHistory::state, SignalHistory::events);

  /** Reads a {@link SignalHistory}. */
  public static final HistoryDeserializer<SignalHistory, SignalEvent, Signal> SIGNAL_READER =
      new HistoryDeserializer<>(SignalHistory.class, Aggregate.SIGNAL, SignalEventDeserializer.INSTANCE,
          Shapes.SIGNAL_STATE, SignalHistory::of,
          SignalHistory::state);
}
