package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a value written as one string through its domain factory, such as an id ({@code CaseId::of}).
 *
 * @param <T> the value type
 */
public final class TextDeserializer<T> extends CaseworkDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ValueReader<T> reader;

  /**
   * Creates a deserializer.
   *
   * @param type the value type
   * @param factory the domain factory
   */
  public TextDeserializer(Class<T> type, Function<String, T> factory) {
    super(type);
    this.reader = Reading.text(factory);
  }

  @Override
  public T read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return reader.read(p, ctxt, pointer);
  }
}
