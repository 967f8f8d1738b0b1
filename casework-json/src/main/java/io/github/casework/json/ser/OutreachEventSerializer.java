package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.json.internal.OutreachShapes;
import java.io.IOException;

/**
 * Writes an {@link OutreachEvent}: {@code type} (the event's {@code TYPE}), then the record's components in order,
 * as {@link OutreachShapes#EVENT} lists them.
 */
public final class OutreachEventSerializer extends CaseworkSerializer<OutreachEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final OutreachEventSerializer INSTANCE = new OutreachEventSerializer();

  private OutreachEventSerializer() {
    super(OutreachEvent.class);
  }

  @Override
  public void serialize(OutreachEvent value, JsonGenerator g, SerializerProvider provider) throws IOException {
    OutreachShapes.EVENT.writer().write(g, provider, value);
  }
}
