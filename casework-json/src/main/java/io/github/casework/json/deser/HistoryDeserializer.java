package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.CaseworkException;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Aggregate;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.ObjectCodec;
import io.github.casework.json.internal.Pointers;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads an aggregate with its history: the {@code history} is replayed event by event through the aggregate's own
 * rules (an event the rules forbid is reported at its pointer); the optional {@code state} is then compared with
 * the replayed aggregate, member by member, and any difference is {@link JsonCodes#STATE_MISMATCH}. The stated
 * state is never trusted.
 *
 * @param <H> the history type, such as {@code CaseHistory}
 * @param <E> the event type
 * @param <S> the aggregate type
 */
public final class HistoryDeserializer<H, E, S> extends CaseworkDeserializer<H> {
  private static final long serialVersionUID = 1L;

  /** The events and the state they replay to. */
  private record Replayed<E, S>(ImmutableList<E> events, S state) {}

  private final transient Aggregate<E, S> aggregate;
  private final transient ValueReader<E> eventReader;
  private final transient ObjectCodec<S> stateCodec;
  private final transient Function<List<E>, H> factory;
  private final transient ImmutableMap<String, ValueReader<?>> members;

  /**
   * Creates a deserializer.
   *
   * @param type the history type
   * @param aggregate how the events replay
   * @param eventReader reads one event
   * @param stateCodec the members of the aggregate's state
   * @param factory builds the history from its events, through its public factory
   */
  public HistoryDeserializer(Class<H> type, Aggregate<E, S> aggregate, ValueReader<E> eventReader,
      ObjectCodec<S> stateCodec, Function<List<E>, H> factory) {
    super(type);
    this.aggregate = aggregate;
    this.eventReader = eventReader;
    this.stateCodec = stateCodec;
    this.factory = factory;
    this.members = ImmutableMap.<String, ValueReader<?>>builder()
        .put("state", (p, ctxt, pointer) -> Members.read(p, ctxt, pointer, stateCodec.readers()))
        .put("history", this::readHistory)
        .buildOrThrow();
  }

  private Replayed<E, S> readHistory(JsonParser p, DeserializationContext ctxt, String pointer) throws IOException {
    Reading.expect(p, pointer, JsonToken.START_ARRAY, "an array");
    ImmutableList.Builder<E> events = ImmutableList.builder();
    @Nullable S state = null;
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String itemPointer = Pointers.item(pointer, i++);
      JsonLocation at = p.currentTokenLocation();
      E event = eventReader.read(p, ctxt, itemPointer);
      try {
        state = state == null ? aggregate.start(event) : aggregate.evolve(state, event);
      } catch (CaseworkException e) {
        throw Failures.domain(at, itemPointer, e);
      }
      events.add(event);
    }
    if (state == null) {
      try {
        aggregate.replay(ImmutableList.of());
      } catch (CaseworkException e) {
        throw Failures.domain(p.currentTokenLocation(), pointer, e);
      }
      throw new AssertionError("bug: an empty " + aggregate.family() + " history replayed");
    }
    return new Replayed<>(events.build(), state);
  }

  @Override
  @SuppressWarnings("unchecked")
  public H read(JsonParser p, DeserializationContext ctxt, String pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, members);
    Replayed<E, S> replayed = m.required("history", Replayed.class);
    Optional<Members> stated = m.optional("state", Members.class);
    if (stated.isPresent()) {
      stateCodec.compare(stated.get(), replayed.state());
    }
    return m.build(() -> factory.apply(replayed.events()));
  }
}
