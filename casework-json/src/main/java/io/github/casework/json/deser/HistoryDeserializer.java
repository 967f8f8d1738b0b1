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

  /**
   * The events as read, with where each one stands in the input, so that a replay failure can be located without
   * replaying the history while it is read (the history's own factory replays it once).
   */
  private record Parsed<E>(String pointer, ImmutableList<E> events, ImmutableList<String> pointers,
      ImmutableList<JsonLocation> locations, JsonLocation end) {}

  private final transient Aggregate<E, S> aggregate;
  private final transient ValueReader<E> eventReader;
  private final transient ObjectCodec<S> stateCodec;
  private final transient Function<List<E>, H> factory;
  private final transient Function<H, S> stateOf;
  private final transient ImmutableMap<String, ValueReader<?>> members;

  /**
   * Creates a deserializer.
   *
   * @param type the history type
   * @param aggregate how the events replay
   * @param eventReader reads one event
   * @param stateCodec the members of the aggregate's state
   * @param factory builds the history from its events, through its public factory (which replays them)
   * @param stateOf the state of a history
   */
  public HistoryDeserializer(Class<H> type, Aggregate<E, S> aggregate, ValueReader<E> eventReader,
      ObjectCodec<S> stateCodec, Function<List<E>, H> factory, Function<H, S> stateOf) {
    super(type);
    this.aggregate = aggregate;
    this.eventReader = eventReader;
    this.stateCodec = stateCodec;
    this.factory = factory;
    this.stateOf = stateOf;
    this.members = ImmutableMap.<String, ValueReader<?>>builder()
        .put("state", (p, ctxt, pointer) -> Members.read(p, ctxt, pointer, stateCodec.readers()))
        .put("history", this::readHistory)
        .buildOrThrow();
  }

  private Parsed<E> readHistory(JsonParser p, DeserializationContext ctxt, String pointer) throws IOException {
    Reading.expect(p, pointer, JsonToken.START_ARRAY, "an array");
    ImmutableList.Builder<E> events = ImmutableList.builder();
    ImmutableList.Builder<String> pointers = ImmutableList.builder();
    ImmutableList.Builder<JsonLocation> locations = ImmutableList.builder();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String itemPointer = Pointers.item(pointer, i++);
      locations.add(p.currentTokenLocation());
      pointers.add(itemPointer);
      events.add(eventReader.read(p, ctxt, itemPointer));
    }
    return new Parsed<>(pointer, events.build(), pointers.build(), locations.build(), p.currentTokenLocation());
  }

  @Override
  @SuppressWarnings("unchecked")
  public H read(JsonParser p, DeserializationContext ctxt, String pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, members);
    Parsed<E> parsed = m.required("history", Parsed.class);
    H history;
    try {
      history = factory.apply(parsed.events());
    } catch (CaseworkException e) {
      throw locate(parsed);
    }
    Optional<Members> stated = m.optional("state", Members.class);
    if (stated.isPresent()) {
      stateCodec.compare(stated.get(), stateOf.apply(history));
    }
    return history;
  }

  /** Replays the history event by event to find, and point at, the event the aggregate's rules reject. */
  private RuntimeException locate(Parsed<E> parsed) {
    @Nullable S state = null;
    for (int i = 0; i < parsed.events().size(); i++) {
      E event = parsed.events().get(i);
      try {
        state = state == null ? aggregate.start(event) : aggregate.evolve(state, event);
      } catch (CaseworkException e) {
        return Failures.domain(parsed.locations().get(i), parsed.pointers().get(i), e);
      }
    }
    if (state == null) {
      try {
        aggregate.replay(ImmutableList.of());
      } catch (CaseworkException e) {
        return Failures.domain(parsed.end(), parsed.pointer(), e);
      }
    }
    throw new AssertionError(
        "bug: the " + aggregate.family() + " history failed to replay as a whole but not event by event");
  }
}
