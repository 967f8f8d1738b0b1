package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value as one string, such as an id as its text.
 *
 * @param <T> the value type
 */
public final class TextSerializer<T> extends CaseworkSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<T, String> text;

  /**
   * Creates a serializer.
   *
   * @param type the value type
   * @param text the value's text
   */
  public TextSerializer(Class<T> type, Function<T, String> text) {
    super(type);
    this.text = text;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    Writing.string(g, text.apply(value));
  }
}
