package io.github.casework.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.casework.json.internal.CodeTable;
import java.io.IOException;

/**
 * Writes an enum constant as its stable lower-case code.
 *
 * @param <E> the enum
 */
public final class CodeSerializer<E extends Enum<E>> extends CaseworkSerializer<E> {
  private static final long serialVersionUID = 1L;

  private final transient CodeTable<E> table;

  /**
   * Creates a serializer.
   *
   * @param table the enum's codes
   */
  public CodeSerializer(CodeTable<E> table) {
    super(table.type());
    this.table = table;
  }

  @Override
  public void serialize(E value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeString(table.code(value));
  }
}
