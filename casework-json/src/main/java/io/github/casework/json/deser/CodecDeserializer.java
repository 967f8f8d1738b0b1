package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.casework.json.internal.ObjectCodec;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Reads a value as its {@link ObjectCodec} describes: its members, then the domain's factory.
 *
 * @param <T> the value type
 */
public final class CodecDeserializer<T> extends CaseworkDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Supplier<ObjectCodec<T>> codec;

  /**
   * Creates a deserializer.
   *
   * @param type the value type
   * @param codec the value's members, asked for on each use (a holder class's constant, so that registering the
   *     deserializer builds no table)
   */
  public CodecDeserializer(Class<T> type, Supplier<ObjectCodec<T>> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return codec.get().read(p, ctxt, pointer);
  }
}
