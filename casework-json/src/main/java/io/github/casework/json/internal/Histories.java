package io.github.casework.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.casefile.Case;
import io.github.casework.escalation.Escalation;
import io.github.casework.json.History;
import io.github.casework.json.deser.CaseEventDeserializer;
import io.github.casework.json.deser.EscalationEventDeserializer;
import io.github.casework.json.deser.HistoryDeserializer;
import io.github.casework.json.deser.ReferralEventDeserializer;
import io.github.casework.json.deser.SignalEventDeserializer;
import io.github.casework.json.deser.ValueReader;
import io.github.casework.json.ser.CaseEventSerializer;
import io.github.casework.json.ser.EscalationEventSerializer;
import io.github.casework.json.ser.HistorySerializer;
import io.github.casework.json.ser.ReferralEventSerializer;
import io.github.casework.json.ser.SignalEventSerializer;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Each aggregate's part of the wire format, keyed by its {@link AggregateType}: the members of its stated state and
 * the writer and reader of its events; and from these the one serializer of {@link History} and a deserializer per
 * aggregate type.
 */
public final class Histories {
  private Histories() {}

  /**
   * One aggregate's part of the wire format.
   *
   * @param <S> the aggregate type
   * @param <E> its event type
   * @param type the aggregate type
   * @param state the members of its stated state
   * @param eventWriter writes one event
   * @param eventReader reads one event
   */
  public record Shape<S extends Aggregate<S, ?, E>, E extends CaseworkEvent>(AggregateType<S, ?, E> type,
      ObjectCodec<S> state, JsonSerializer<E> eventWriter, ValueReader<E> eventReader) {}

  private static final ImmutableMap<AggregateType<?, ?, ?>, Shape<?, ?>> SHAPES = index(ImmutableList.of(
      new Shape<>(Case.TYPE, Shapes.CASE_STATE, CaseEventSerializer.INSTANCE, CaseEventDeserializer.INSTANCE),
      new Shape<>(Referral.TYPE, Shapes.REFERRAL_STATE, ReferralEventSerializer.INSTANCE,
          ReferralEventDeserializer.INSTANCE),
      new Shape<>(Escalation.TYPE, Shapes.ESCALATION_STATE, EscalationEventSerializer.INSTANCE,
          EscalationEventDeserializer.INSTANCE),
      new Shape<>(Signal.TYPE, Shapes.SIGNAL_STATE, SignalEventSerializer.INSTANCE,
          SignalEventDeserializer.INSTANCE)));

  private static final ImmutableMap<AggregateType<?, ?, ?>, HistoryDeserializer<?, ?>> READERS =
      SHAPES.values().stream().collect(ImmutableMap.toImmutableMap(Shape::type, HistoryDeserializer::of));

  /** Writes a {@link History} of any aggregate type. */
  public static final HistorySerializer WRITER = new HistorySerializer();

  private static ImmutableMap<AggregateType<?, ?, ?>, Shape<?, ?>> index(ImmutableList<Shape<?, ?>> shapes) {
    ImmutableMap<AggregateType<?, ?, ?>, Shape<?, ?>> byType =
        shapes.stream().collect(ImmutableMap.toImmutableMap(Shape::type, s -> s));
    if (!byType.keySet().asList().equals(AggregateType.values())) {
      throw new AssertionError("bug: the wire format describes other aggregate types than the core has");
    }
    return byType;
  }

  /**
   * Returns an aggregate type's part of the wire format.
   *
   * @param <S> the aggregate type
   * @param <E> its event type
   * @param type the aggregate type
   * @return its shape
   */
  @SuppressWarnings("unchecked")
  public static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> Shape<S, E> shape(
      AggregateType<S, ?, E> type) {
    // Each shape is keyed by its own type, so the key's type arguments are the shape's.
    return (Shape<S, E>) SHAPES.get(type);
  }

  /**
   * Returns the reader of an aggregate type's history.
   *
   * @param <S> the aggregate type
   * @param <E> its event type
   * @param type the aggregate type
   * @return the deserializer
   */
  @SuppressWarnings("unchecked")
  public static <S extends Aggregate<S, ?, E>, E extends CaseworkEvent> HistoryDeserializer<S, E> reader(
      AggregateType<S, ?, E> type) {
    return (HistoryDeserializer<S, E>) READERS.get(type);
  }

  /**
   * Finds the reader of a {@link History} by its type arguments, for Jackson: {@code History<Case, CaseEvent>} is
   * read by the case history reader. A history without them (the raw class, or {@code History<?, ?>}) names no
   * aggregate type and cannot be read. Stateless and thread-safe.
   */
  public static final class Lookup extends Deserializers.Base {
    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return valueType == History.class;
    }

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) throws InvalidDefinitionException {
      if (!type.hasRawClass(History.class)) {
        return null;
      }
      Class<?> state = type.containedTypeOrUnknown(0).getRawClass();
      Optional<AggregateType<?, ?, ?>> aggregate =
          AggregateType.values().stream().filter(t -> t.stateType() == state).findFirst();
      if (aggregate.isEmpty()) {
        throw InvalidDefinitionException.from((JsonParser) null,
            "a History is read with its type arguments, such as History<Case, CaseEvent>", type);
      }
      return READERS.get(aggregate.get());
    }
  }
}
