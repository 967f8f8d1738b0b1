package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.json.internal.OutreachShapes;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;

/** Reads an {@link OutreachEvent}: {@code type} (the event's {@code TYPE}), then the record's components by name. */
public final class OutreachEventDeserializer extends CaseworkDeserializer<OutreachEvent> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final OutreachEventDeserializer INSTANCE = new OutreachEventDeserializer();

  private OutreachEventDeserializer() {
    super(OutreachEvent.class);
  }

  @Override
  public OutreachEvent read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return OutreachShapes.EVENT.reader().read(p, ctxt, pointer);
  }

  /** {@return the type ids of the outreach events} */
  public static Iterable<String> types() {
    return OutreachShapes.EVENT.types();
  }
}
