package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.EscalationShapes;
import java.io.IOException;

/**
 * Writes an {@link EscalationEvent}: {@code type} (the event's {@code TYPE}), then the record's components in
 * order; optional components ({@code beyondMandateReason} of a step) are omitted when absent.
 */
public final class EscalationEventSerializer extends CaseworkSerializer<EscalationEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final EscalationEventSerializer INSTANCE = new EscalationEventSerializer();

  private EscalationEventSerializer() {
    super(EscalationEvent.class);
  }

  @Override
  public void serialize(EscalationEvent value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", value.type());
    g.writeStringField("escalationId", value.escalationId().value());
    if (value instanceof EscalationEvent.Raised e) {
      g.writeFieldName("subject");
      EscalationShapes.SUBJECT.write(e.subject(), g, provider);
      Writing.code(g, "reason", CodeTable.ESCALATION_REASON, e.reason());
      g.writeFieldName("target");
      EscalationShapes.TARGET.write(e.target(), g, provider);
      g.writeStringField("raisedBy", e.raisedBy().value());
      g.writeFieldName("mandate");
      EscalationShapes.MANDATE.write(e.mandate(), g, provider);
      Writing.code(g, "route", CodeTable.ROUTE, e.route());
    } else if (value instanceof EscalationEvent.Climbed e) {
      Writing.code(g, "level", CodeTable.LADDER_LEVEL, e.level());
      g.writeStringField("addressed", e.addressed().value());
      if (e.beyondMandateReason().isPresent()) {
        Writing.code(g, "beyondMandateReason", CodeTable.BEYOND_MANDATE_REASON, e.beyondMandateReason().get());
      }
    } else if (value instanceof EscalationEvent.Resolved e) {
      Writing.code(g, "outcome", CodeTable.ESCALATION_OUTCOME, e.outcome());
    } else if (!(value instanceof EscalationEvent.ManagerInformed)) {
      throw new AssertionError("bug: unhandled escalation event " + value.type());
    }
    Writing.instant(g, "at", value.at());
    g.writeEndObject();
  }
}
