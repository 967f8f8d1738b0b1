package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.json.internal.Envelope;
import io.github.casework.json.internal.Wire;
import java.io.IOException;

/**
 * Writes a document: {@code format}, {@code version}, {@code kind}, then {@code data} (omitted for an event-stream
 * header).
 */
public final class EnvelopeSerializer extends CaseworkSerializer<Envelope> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final EnvelopeSerializer INSTANCE = new EnvelopeSerializer();

  private EnvelopeSerializer() {
    super(Envelope.class);
  }

  @Override
  public void serialize(Envelope value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", Wire.FORMAT);
    g.writeNumberField("version", Wire.VERSION);
    g.writeStringField("kind", value.kind());
    if (value.data() != Envelope.NO_DATA) {
      g.writeFieldName("data");
      provider.findValueSerializer(value.data().getClass()).serialize(value.data(), g, provider);
    }
    g.writeEndObject();
  }
}
