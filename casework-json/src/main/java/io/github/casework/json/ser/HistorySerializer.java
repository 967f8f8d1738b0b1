package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.Aggregate;
import io.github.casework.CaseworkEvent;
import io.github.casework.json.History;
import io.github.casework.json.internal.Histories;
import java.io.IOException;

/**
 * Writes an aggregate with its history, whatever its aggregate type: {@code state} (the aggregate as its history
 * leaves it, for readers that do not replay), then {@code history} (the events, which are the truth), each through
 * its aggregate type's {@link Histories.Shape}.
 */
public final class HistorySerializer extends CaseworkSerializer<History<?, ?>> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer; {@link Histories#WRITER} is the shared instance. */
  @SuppressWarnings("unchecked")
  public HistorySerializer() {
    super((Class<History<?, ?>>) (Class<?>) History.class);
  }

  @Override
  public void serialize(History<?, ?> value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(value, g, provider);
  }

  private static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> void write(History<S, E> value,
      JsonGenerator g, SerializerProvider provider) throws IOException {
    Histories.Shape<S, E> shape = Histories.shape(value.type());
    g.writeStartObject();
    g.writeFieldName("state");
    shape.state().write(value.state(), g, provider);
    g.writeArrayFieldStart("history");
    for (E e : value.events()) {
      shape.eventWriter().serialize(e, g, provider);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
