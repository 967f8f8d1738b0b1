package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;

/**
 * The base of every deserializer of the format: it reads a value at a known JSON pointer, so that nested values
 * report exact pointers. Reached through Jackson, a value is read at pointer {@code ""}.
 *
 * @param <T> the value type
 */
public abstract class CaseworkDeserializer<T> extends StdDeserializer<T> implements ValueReader<T> {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a deserializer.
   *
   * @param type the value type
   */
  protected CaseworkDeserializer(Class<T> type) {
    super(type);
  }

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    try {
      return read(p, ctxt, Pointer.ROOT);
    } catch (IOException e) {
      throw Failures.fromParser(e, p, "");
    }
  }
}
