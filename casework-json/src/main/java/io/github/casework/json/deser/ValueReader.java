package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;

/**
 * Reads one JSON value, whose first token is the parser's current token, and leaves the parser on its last token.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ValueReader<T> {

  /**
   * Reads the value.
   *
   * @param p the parser, on the value's first token
   * @param ctxt the context; {@code FAIL_ON_UNKNOWN_PROPERTIES} selects strict mode
   * @param pointer the value's JSON pointer, whose text is built only for an error
   * @return the value, never null
   * @throws IOException if the parser fails
   * @throws io.github.casework.json.CaseworkJsonException if the value breaks a rule of the format or the domain
   */
  T read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException;

  /**
   * Reads the value of a member, as {@link #read} does at the member's pointer. A {@link LeafReader} builds that
   * pointer only for an error.
   *
   * @param p the parser, on the value's first token
   * @param ctxt the context
   * @param object the pointer of the object that holds the member
   * @param name the member's name
   * @return the value, never null
   * @throws IOException if the parser fails
   * @throws io.github.casework.json.CaseworkJsonException if the value breaks a rule of the format or the domain
   */
  default T readMember(JsonParser p, DeserializationContext ctxt, Pointer object, String name) throws IOException {
    return read(p, ctxt, object.member(name));
  }
}
