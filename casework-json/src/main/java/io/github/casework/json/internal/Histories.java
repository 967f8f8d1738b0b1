package io.github.casework.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationEvent;
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
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;
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

  /*
   * One holder per aggregate type: Java initialises a class on its first use, so the shape and reader of a type, and
   * the tables they hold, are built when a history of that type is first read or written, not when the module is
   * registered, and reading a referral builds nothing of a case.
   */

  private static final class CaseHistories {
    static final Shape<Case, CaseEvent> SHAPE = new Shape<>(Case.TYPE, CaseShapes.STATE,
        CaseEventSerializer.INSTANCE, CaseEventDeserializer.INSTANCE);
    static final HistoryDeserializer<Case, CaseEvent> READER = HistoryDeserializer.of(SHAPE);
  }

  private static final class ReferralHistories {
    static final Shape<Referral, ReferralEvent> SHAPE = new Shape<>(Referral.TYPE, ReferralShapes.STATE,
        ReferralEventSerializer.INSTANCE, ReferralEventDeserializer.INSTANCE);
    static final HistoryDeserializer<Referral, ReferralEvent> READER = HistoryDeserializer.of(SHAPE);
  }

  private static final class EscalationHistories {
    static final Shape<Escalation, EscalationEvent> SHAPE = new Shape<>(Escalation.TYPE, EscalationShapes.STATE,
        EscalationEventSerializer.INSTANCE, EscalationEventDeserializer.INSTANCE);
    static final HistoryDeserializer<Escalation, EscalationEvent> READER = HistoryDeserializer.of(SHAPE);
  }

  private static final class SignalHistories {
    static final Shape<Signal, SignalEvent> SHAPE = new Shape<>(Signal.TYPE, SignalShapes.STATE,
        SignalEventSerializer.INSTANCE, SignalEventDeserializer.INSTANCE);
    static final HistoryDeserializer<Signal, SignalEvent> READER = HistoryDeserializer.of(SHAPE);
  }

  /** Writes a {@link History} of any aggregate type. */
  public static final HistorySerializer WRITER = new HistorySerializer();

  private static Shape<?, ?> anyShape(AggregateType<?, ?, ?> type) {
    if (type == Case.TYPE) {
      return CaseHistories.SHAPE;
    } else if (type == Referral.TYPE) {
      return ReferralHistories.SHAPE;
    } else if (type == Escalation.TYPE) {
      return EscalationHistories.SHAPE;
    } else if (type == Signal.TYPE) {
      return SignalHistories.SHAPE;
    }
    throw unknown(type);
  }

  private static HistoryDeserializer<?, ?> anyReader(AggregateType<?, ?, ?> type) {
    if (type == Case.TYPE) {
      return CaseHistories.READER;
    } else if (type == Referral.TYPE) {
      return ReferralHistories.READER;
    } else if (type == Escalation.TYPE) {
      return EscalationHistories.READER;
    } else if (type == Signal.TYPE) {
      return SignalHistories.READER;
    }
    throw unknown(type);
  }

  private static AssertionError unknown(AggregateType<?, ?, ?> type) {
    return new AssertionError("bug: the wire format does not describe the aggregate type " + type.name());
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
    // Each holder's shape is built for its own type, so the type's type arguments are the shape's.
    return (Shape<S, E>) anyShape(type);
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
    // As for shape: each holder's reader is built for its own type.
    return (HistoryDeserializer<S, E>) anyReader(type);
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
      // A loop rather than a stream: this runs before the first history is read, where a stream's classes count.
      for (AggregateType<?, ?, ?> aggregate : AggregateType.values()) {
        if (aggregate.stateType() == state) {
          return anyReader(aggregate);
        }
      }
      throw InvalidDefinitionException.from((JsonParser) null,
          "a History is read with its type arguments, such as History<Case, CaseEvent>", type);
    }
  }
}
