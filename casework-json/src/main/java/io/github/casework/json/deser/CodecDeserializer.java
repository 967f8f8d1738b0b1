package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.casework.json.internal.ObjectCodec;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;

/**
 * Reads a value as its {@link ObjectCodec} describes: its members, then the domain's factory.
 *
 * @param <T> the value type
 */
public final class CodecDeserializer<T> extends CaseworkDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ObjectCodec<T> codec;

  /**
   * Creates a deserializer.
   *
   * @param type the value type
   * @param codec the value's members
   */
  public CodecDeserializer(Class<T> type, ObjectCodec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return codec.read(p, ctxt, pointer);
  }
}
