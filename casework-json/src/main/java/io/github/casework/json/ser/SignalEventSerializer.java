package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.internal.SignalShapes;
import io.github.casework.signal.SignalEvent;
import java.io.IOException;

/**
 * Writes a {@link SignalEvent}: {@code type} (the event's {@code TYPE}), then the record's components in order;
 * sets of professionals in their sorted order.
 */
public final class SignalEventSerializer extends CaseworkSerializer<SignalEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final SignalEventSerializer INSTANCE = new SignalEventSerializer();

  private SignalEventSerializer() {
    super(SignalEvent.class);
  }

  @Override
  public void serialize(SignalEvent value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", value.type());
    g.writeStringField("signalId", value.signalId().value());
    if (value instanceof SignalEvent.Raised e) {
      writeSet(g, "raisers", e.raisers());
      g.writeFieldName("addressee");
      SignalShapes.ADDRESSEE.write(e.addressee(), g, provider);
      g.writeFieldName("observation");
      SignalShapes.OBSERVATION.write(e.observation(), g, provider);
      Writing.instant(g, "responseDue", e.responseDue());
    } else if (value instanceof SignalEvent.Acknowledged e) {
      g.writeStringField("by", e.by().value());
    } else if (value instanceof SignalEvent.Responded e) {
      g.writeFieldName("response");
      SignalShapes.RESPONSE.write(e.response(), g, provider);
      g.writeStringField("by", e.by().value());
    } else if (value instanceof SignalEvent.FeedbackGiven e) {
      writeSet(g, "reached", e.reached());
    } else if (!(value instanceof SignalEvent.Closed)) {
      throw new AssertionError("bug: unhandled signal event " + value.type());
    }
    Writing.instant(g, "at", value.at());
    g.writeEndObject();
  }

  private static void writeSet(JsonGenerator g, String name, Iterable<ProfessionalId> ids) throws IOException {
    g.writeArrayFieldStart(name);
    for (ProfessionalId id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }
}
