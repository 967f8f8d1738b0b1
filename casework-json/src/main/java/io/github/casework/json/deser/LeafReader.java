package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A reader of a value that holds no other value (a string, number, boolean, code, id or instant). It needs its
 * pointer only to report an error, so as a member of an object it receives the object's pointer and its own name,
 * and builds its pointer only when it fails: {@link Members} reads most members without making a pointer for each.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface LeafReader<T> extends ValueReader<T> {

  /**
   * Reads the value.
   *
   * @param p the parser, on the value's token
   * @param ctxt the context
   * @param pointer the value's JSON pointer or, when {@code member} is given, the pointer of its object
   * @param member the value's name in the object at {@code pointer}, or null when {@code pointer} is the value's
   * @return the value, never null
   * @throws IOException if the parser fails
   * @throws io.github.casework.json.CaseworkJsonException if the value breaks a rule of the format or the domain
   */
  T read(JsonParser p, DeserializationContext ctxt, Pointer pointer, @Nullable String member) throws IOException;

  @Override
  default T read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    return read(p, ctxt, pointer, null);
  }

  @Override
  default T readMember(JsonParser p, DeserializationContext ctxt, Pointer object, String name) throws IOException {
    return read(p, ctxt, object, name);
  }

  /**
   * Returns the pointer a leaf reader was given, as one pointer.
   *
   * @param pointer the value's pointer, or its object's
   * @param member the value's name in that object, or null
   * @return the value's pointer
   */
  static Pointer at(Pointer pointer, @Nullable String member) {
    return member == null ? pointer : pointer.member(member);
  }
}
