package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;

/**
 * Reads an enum constant written as its stable lower-case code.
 *
 * @param <E> the enum
 */
public final class CodeDeserializer<E extends Enum<E>> extends CaseworkDeserializer<E> {
  private static final long serialVersionUID = 1L;

  private final transient ValueReader<E> reader;

  /**
   * Creates a deserializer.
   *
   * @param table the enum's codes
   */
  public CodeDeserializer(CodeTable<E> table) {
    super(table.type());
    this.reader = Reading.code(table);
  }

  @Override
  public E read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return reader.read(p, ctxt, pointer);
  }
}
