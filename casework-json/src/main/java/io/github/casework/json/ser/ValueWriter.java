package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * Writes one JSON value (its member name, if any, has been written already).
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ValueWriter<T> {

  /**
   * Writes the value.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the value, not null
   * @throws IOException if writing fails
   * @throws io.github.casework.json.CaseworkJsonException if the value cannot be represented
   */
  void write(JsonGenerator g, SerializerProvider provider, T value) throws IOException;
}
