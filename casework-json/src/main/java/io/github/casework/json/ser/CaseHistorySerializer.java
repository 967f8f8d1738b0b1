package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Need;
import io.github.casework.json.CaseHistory;
import io.github.casework.json.internal.CodeTable;
import java.io.IOException;

/**
 * Writes a {@link CaseHistory}: {@code state} (the case as its history leaves it, for readers that do not replay),
 * then {@code history} (the events, which are the truth).
 */
public final class CaseHistorySerializer extends CaseworkSerializer<CaseHistory> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final CaseHistorySerializer INSTANCE = new CaseHistorySerializer();

  private CaseHistorySerializer() {
    super(CaseHistory.class);
  }

  @Override
  public void serialize(CaseHistory value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeFieldName("state");
    writeState(value.state(), g, provider);
    g.writeArrayFieldStart("history");
    for (CaseEvent e : value.events()) {
      CaseEventSerializer.INSTANCE.serialize(e, g, provider);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeState(Case c, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id().value());
    g.writeStringField("client", c.client().value());
    g.writeStringField("agency", c.agency().value());
    g.writeStringField("owner", c.owner().value());
    Writing.code(g, "status", CodeTable.CASE_STATUS, c.status());
    if (c.closure().isPresent()) {
      Writing.code(g, "closure", CodeTable.CLOSURE_REASON, c.closure().get());
    }
    g.writeArrayFieldStart("needs");
    for (Need n : c.needs()) {
      NeedSerializer.INSTANCE.serialize(n, g, provider);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("assessments");
    for (Assessment a : c.assessments()) {
      AssessmentSerializer.INSTANCE.serialize(a, g, provider);
    }
    g.writeEndArray();
    Writing.instant(g, "openedAt", c.openedAt());
    Writing.instant(g, "lastChangedAt", c.lastChangedAt());
    g.writeNumberField("version", c.version());
    g.writeEndObject();
  }
}
