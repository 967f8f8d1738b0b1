package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;

/**
 * Reads one variant of a sealed hierarchy (such as {@code CaseEvent.Opened}) through the hierarchy's deserializer,
 * rejecting a value of another variant.
 *
 * @param <T> the variant
 */
public final class NarrowingDeserializer<T> extends CaseworkDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** The deserializer of the whole hierarchy. */
  private final CaseworkDeserializer<? super T> whole;

  /**
   * Creates a deserializer.
   *
   * @param type the variant
   * @param whole the deserializer of the hierarchy
   */
  public NarrowingDeserializer(Class<T> type, CaseworkDeserializer<? super T> whole) {
    super(type);
    this.whole = whole;
  }

  @Override
  public T read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    var start = p.currentTokenLocation();
    Object value = whole.read(p, ctxt, pointer);
    if (!handledType().isInstance(value)) {
      throw Failures.at(start, pointer, JsonCodes.WRONG_TYPE, "the value is of another type than the one expected");
    }
    @SuppressWarnings("unchecked")
    T variant = (T) value;
    return variant;
  }
}
