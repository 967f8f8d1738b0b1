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

  /**
   * Every deserializer of the format is immutable, so Jackson may keep the one it found for a type. Jackson keeps
   * none by default: the envelope's {@code data} was looked up again for every document read, introspecting the
   * data type each time (issue 16: about 2.5% of a referral read's allocation, and the look-ups of the module's
   * {@code Deserializers}).
   *
   * @return true
   */
  @Override
  public boolean isCachable() {
    return true;
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
