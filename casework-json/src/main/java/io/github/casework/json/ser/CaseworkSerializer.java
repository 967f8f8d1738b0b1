package io.github.casework.json.ser;

import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The base of every serializer of the format.
 *
 * @param <T> the value type
 */
public abstract class CaseworkSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /**
   * Creates a serializer.
   *
   * @param type the value type
   */
  protected CaseworkSerializer(Class<T> type) {
    super(type);
  }
}
