package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.json.History;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Histories;
import io.github.casework.json.internal.ObjectCodec;
import io.github.casework.json.internal.Pointer;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads an aggregate with its history: the {@code history} is replayed once, through {@link History#of}, by the
 * aggregate type's rules, and only when that fails again event by event, to report the event the rules forbid at
 * its pointer; the optional {@code state} is then compared with the replayed aggregate, member by member, and any
 * difference is {@link JsonCodes#STATE_MISMATCH}. The stated state is never trusted. One instance per aggregate
 * type, from its {@link Histories.Shape}.
 *
 * @param <S> the aggregate type
 * @param <E> its event type
 */
public final class HistoryDeserializer<S extends Aggregate<S, ?, E>, E extends CaseworkEvent>
    extends CaseworkDeserializer<History<S, E>> {
  private static final long serialVersionUID = 1L;

  /**
   * The events as read, with where each one stands in the input, so that a replay failure can be located without
   * replaying the history while it is read (the history's own factory replays it once).
   */
  private record Parsed<E>(Pointer pointer, ImmutableList<E> events, long[] where, long end) {}

  private final transient AggregateType<S, ?, E> type;
  private final transient ValueReader<E> eventReader;
  private final transient ObjectCodec<S> stateCodec;
  private final transient MemberTable members;

  @SuppressWarnings("unchecked")
  private HistoryDeserializer(Histories.Shape<S, E> shape) {
    super((Class<History<S, E>>) (Class<?>) History.class);
    this.type = shape.type();
    this.eventReader = shape.eventReader();
    this.stateCodec = shape.state();
    this.members = MemberTable.of(ImmutableMap.<String, ValueReader<?>>builder()
        .put("state", (p, ctxt, pointer) -> Members.read(p, ctxt, pointer, stateCodec.table()))
        .put("history", this::readHistory)
        .buildOrThrow());
  }

  /**
   * Creates the deserializer of an aggregate type's histories; {@link Histories#reader} holds one per type.
   *
   * @param <S> the aggregate type
   * @param <E> its event type
   * @param shape the aggregate type's part of the wire format
   * @return the deserializer
   */
  public static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> HistoryDeserializer<S, E> of(
      Histories.Shape<S, E> shape) {
    return new HistoryDeserializer<>(shape);
  }

  private Parsed<E> readHistory(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    Reading.expect(p, pointer, JsonToken.START_ARRAY, "an array");
    ImmutableList.Builder<E> events = ImmutableList.builder();
    long[] where = new long[16];
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (i == where.length) {
        where = Arrays.copyOf(where, 2 * i);
      }
      where[i] = Failures.whereToken(p);
      events.add(eventReader.read(p, ctxt, pointer.item(i++)));
    }
    return new Parsed<>(pointer, events.build(), where, Failures.whereToken(p));
  }

  @Override
  @SuppressWarnings("unchecked")
  public History<S, E> read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, members);
    Parsed<E> parsed = m.required("history", Parsed.class);
    History<S, E> history;
    try {
      history = History.of(type, parsed.events());
    } catch (CaseworkException e) {
      throw locate(parsed);
    }
    Optional<Members> stated = m.optional("state", Members.class);
    if (stated.isPresent()) {
      stateCodec.compare(stated.get(), history.state());
    }
    return history;
  }

  /** Replays the history event by event to find, and point at, the event the aggregate's rules reject. */
  private RuntimeException locate(Parsed<E> parsed) {
    @Nullable S state = null;
    for (int i = 0; i < parsed.events().size(); i++) {
      E event = parsed.events().get(i);
      try {
        state = state == null ? type.start(event) : type.evolve(state, event);
      } catch (CaseworkException e) {
        return Failures.domain(parsed.where()[i], parsed.pointer().item(i), e);
      }
    }
    if (state == null) {
      try {
        type.replay(ImmutableList.of());
      } catch (CaseworkException e) {
        return Failures.domain(parsed.end(), parsed.pointer(), e);
      }
    }
    throw new AssertionError(
        "bug: the " + type.name() + " history failed to replay as a whole but not event by event");
  }
}
