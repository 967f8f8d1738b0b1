package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.json.internal.ObjectCodec;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Writes a value as its {@link ObjectCodec} describes: its members in canonical order.
 *
 * @param <T> the value type
 */
public final class CodecSerializer<T> extends CaseworkSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Supplier<ObjectCodec<T>> codec;

  /**
   * Creates a serializer.
   *
   * @param type the value type
   * @param codec the value's members, asked for on each use (a holder class's constant, so that registering the
   *     serializer builds no table)
   */
  public CodecSerializer(Class<T> type, Supplier<ObjectCodec<T>> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    codec.get().write(value, g, provider);
  }
}
