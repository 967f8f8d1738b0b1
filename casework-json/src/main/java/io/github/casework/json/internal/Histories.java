package io.github.casework.json.internal;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.json.CaseHistory;
import io.github.casework.json.deser.CaseEventDeserializer;
import io.github.casework.json.deser.HistoryDeserializer;
import io.github.casework.json.ser.CaseEventSerializer;
import io.github.casework.json.ser.HistorySerializer;

/** The serializer and deserializer of each aggregate's history document ({@code state} and {@code history}). */
public final class Histories {
  private Histories() {}

  /** Writes a {@link CaseHistory}. */
  public static final HistorySerializer<CaseHistory, CaseEvent, Case> CASE_WRITER = new HistorySerializer<>(
      CaseHistory.class, Shapes.CASE_STATE, CaseEventSerializer.INSTANCE, CaseHistory::state, CaseHistory::events);

  /** Reads a {@link CaseHistory}. */
  public static final HistoryDeserializer<CaseHistory, CaseEvent, Case> CASE_READER = new HistoryDeserializer<>(
      CaseHistory.class, Aggregate.CASE, CaseEventDeserializer.INSTANCE, Shapes.CASE_STATE, CaseHistory::of);
}
