package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.json.internal.ObjectCodec;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Writes an aggregate with its history: {@code state} (the aggregate as its history leaves it, for readers that
 * do not replay), then {@code history} (the events, which are the truth).
 *
 * @param <H> the history type, such as {@code CaseHistory}
 * @param <E> the event type
 * @param <S> the aggregate type
 */
public final class HistorySerializer<H, E, S> extends CaseworkSerializer<H> {
  private static final long serialVersionUID = 1L;

  private final transient ObjectCodec<S> stateCodec;
  private final transient JsonSerializer<E> eventSerializer;
  private final transient Function<H, S> state;
  private final transient Function<H, List<E>> events;

  /**
   * Creates a serializer.
   *
   * @param type the history type
   * @param stateCodec the members of the aggregate's state
   * @param eventSerializer writes one event
   * @param state the history's state
   * @param events the history's events
   */
  public HistorySerializer(Class<H> type, ObjectCodec<S> stateCodec, JsonSerializer<E> eventSerializer,
      Function<H, S> state, Function<H, List<E>> events) {
    super(type);
    this.stateCodec = stateCodec;
    this.eventSerializer = eventSerializer;
    this.state = state;
    this.events = events;
  }

  @Override
  public void serialize(H value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    g.writeFieldName("state");
    stateCodec.write(state.apply(value), g, provider);
    g.writeArrayFieldStart("history");
    for (E e : events.apply(value)) {
      eventSerializer.serialize(e, g, provider);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
