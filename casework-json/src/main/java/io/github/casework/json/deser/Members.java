package io.github.casework.json.deser;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.CaseworkException;
import io.github.casework.InvalidValueException;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Pointers;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The members of one JSON object, read in any order, each by the reader its name selects, and remembered with
 * where they were found, so that a later rule (a missing member, a value the domain rejects) can point at them.
 *
 * <p>The unknown-member policy lives here: in tolerant mode (the default) a member the object's table does not
 * define is skipped unread, in strict mode it is an error. A member that the table defines is always read and
 * validated, even when the object's {@code type} turns out not to use it; strict mode then rejects it too. Not
 * thread-safe; one instance per object read.
 */
public final class Members {

  /** A member read: its value, where its name was, and its pointer. */
  private record Found(Object value, @Nullable JsonLocation location, String pointer) {}

  private final String pointer;
  private final @Nullable JsonLocation location;
  private final Map<String, Found> found;

  private Members(String pointer, @Nullable JsonLocation location, Map<String, Found> found) {
    this.pointer = pointer;
    this.location = location;
    this.found = found;
  }

  /**
   * Reads an object.
   *
   * @param p the parser, on the object's first token
   * @param ctxt the context, for the strict flag
   * @param pointer the object's pointer
   * @param table the reader of each member the object may hold, by name
   * @return the members
   * @throws IOException if the parser fails
   * @throws CaseworkJsonException if the value is not an object, a member is repeated, a member's value is
   *     invalid, or (in strict mode) a member is unknown
   */
  public static Members read(JsonParser p, DeserializationContext ctxt, String pointer,
      ImmutableMap<String, ValueReader<?>> table) throws IOException {
    Reading.expect(p, pointer, JsonToken.START_OBJECT, "an object");
    JsonLocation start = p.currentTokenLocation();
    boolean strict = Reading.strict(ctxt);
    Map<String, Found> found = new LinkedHashMap<>();
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String name = p.currentName();
      JsonLocation at = p.currentTokenLocation();
      ValueReader<?> reader = table.get(name);
      if (reader == null) {
        if (strict) {
          // The name is input, and may be anything: it is named only when it is a plain identifier.
          throw Failures.at(at, pointer, JsonCodes.UNKNOWN_MEMBER, Failures.unknownMember(name));
        }
        p.nextToken();
        Reading.skip(p);
        continue;
      }
      String memberPointer = Pointers.member(pointer, name);
      if (found.containsKey(name)) {
        throw Failures.at(at, memberPointer, JsonCodes.DUPLICATE_KEY,
            "an object must not hold the same member name twice");
      }
      p.nextToken();
      Object value;
      try {
        value = reader.read(p, ctxt, memberPointer);
      } catch (IOException e) {
        throw Failures.fromParser(e, p, memberPointer);
      }
      found.put(name, new Found(requireNonNull(value, "value"), at, memberPointer));
    }
    return new Members(pointer, start, found);
  }

  /** {@return the object's pointer} */
  public String pointer() {
    return pointer;
  }

  /** {@return where the object starts, or null if not known} */
  public @Nullable JsonLocation location() {
    return location;
  }

  /**
   * Returns whether a member is present.
   *
   * @param name the member name
   * @return true if present
   */
  public boolean has(String name) {
    return found.containsKey(name);
  }

  /**
   * Returns a required member.
   *
   * @param name the member name
   * @param type its value type, as read by its reader
   * @param <T> the value type
   * @return the value
   * @throws CaseworkJsonException with {@link JsonCodes#MISSING_MEMBER} if absent
   */
  public <T> T required(String name, Class<T> type) {
    Found f = found.get(name);
    if (f == null) {
      throw Failures.at(location, pointer, JsonCodes.MISSING_MEMBER, "the member '" + name + "' is required");
    }
    return type.cast(f.value());
  }

  /**
   * Returns an optional member.
   *
   * @param name the member name
   * @param type its value type, as read by its reader
   * @param <T> the value type
   * @return the value, or empty if absent
   */
  public <T> Optional<T> optional(String name, Class<T> type) {
    Found f = found.get(name);
    return f == null ? Optional.empty() : Optional.of(type.cast(f.value()));
  }

  /**
   * Returns a required array member read as a list.
   *
   * @param name the member name
   * @param <T> the item type, as read by the member's reader
   * @return the list
   * @throws CaseworkJsonException with {@link JsonCodes#MISSING_MEMBER} if absent
   */
  @SuppressWarnings("unchecked")
  public <T> ImmutableList<T> list(String name) {
    return required(name, ImmutableList.class);
  }

  /**
   * Returns an array member that may be omitted when empty.
   *
   * @param name the member name
   * @param <T> the item type, as read by the member's reader
   * @return the list, empty if absent
   */
  @SuppressWarnings("unchecked")
  public <T> ImmutableList<T> listOrEmpty(String name) {
    return optional(name, ImmutableList.class).orElse(ImmutableList.of());
  }

  /**
   * Returns a required array member read as a sorted set.
   *
   * @param name the member name
   * @param <T> the item type, as read by the member's reader
   * @return the set
   * @throws CaseworkJsonException with {@link JsonCodes#MISSING_MEMBER} if absent
   */
  @SuppressWarnings("unchecked")
  public <T> ImmutableSortedSet<T> sortedSet(String name) {
    return required(name, ImmutableSortedSet.class);
  }

  /**
   * Returns a required array member read as a set.
   *
   * @param name the member name
   * @param <T> the item type, as read by the member's reader
   * @return the set
   * @throws CaseworkJsonException with {@link JsonCodes#MISSING_MEMBER} if absent
   */
  @SuppressWarnings("unchecked")
  public <T> ImmutableSet<T> set(String name) {
    return required(name, ImmutableSet.class);
  }

  /**
   * Returns an array member read as a set that may be omitted when empty.
   *
   * @param name the member name
   * @param <T> the item type, as read by the member's reader
   * @return the set, empty if absent
   */
  @SuppressWarnings("unchecked")
  public <T> ImmutableSet<T> setOrEmpty(String name) {
    return optional(name, ImmutableSet.class).orElse(ImmutableSet.of());
  }

  /**
   * In strict mode, rejects members the table defines but this object's type does not use.
   *
   * @param ctxt the context, for the strict flag
   * @param allowed the members this object's type uses
   * @throws CaseworkJsonException with {@link JsonCodes#UNKNOWN_MEMBER} in strict mode
   */
  public void allowOnly(DeserializationContext ctxt, Set<String> allowed) {
    if (!Reading.strict(ctxt)) {
      return;
    }
    for (Map.Entry<String, Found> e : found.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw Failures.at(e.getValue().location(), e.getValue().pointer(), JsonCodes.UNKNOWN_MEMBER,
            "the member '" + e.getKey() + "' is not defined for this type (strict mode)");
      }
    }
  }

  /**
   * Builds the value through the domain, turning its rejections into the module's exception. An
   * {@link InvalidValueException} whose field ({@code Type.component}; the last segment counts) names a member of
   * this object points at that member; any other rejection points at the object.
   *
   * @param factory calls the domain's factory or constructor
   * @param <T> the value type
   * @return the value
   * @throws CaseworkJsonException if the domain rejects it
   */
  public <T> T build(Supplier<T> factory) {
    try {
      return factory.get();
    } catch (CaseworkJsonException e) {
      throw e;
    } catch (CaseworkException e) {
      throw rejected(e);
    }
  }

  /**
   * Returns the module's exception for a domain rejection of this object or one of its members.
   *
   * @param e the domain's exception
   * @return the exception, located as {@link #build} describes
   */
  public CaseworkJsonException rejected(CaseworkException e) {
    if (e instanceof InvalidValueException invalid) {
      String field = invalid.field();
      Found f = found.get(field.substring(field.lastIndexOf('.') + 1));
      if (f != null) {
        return Failures.domain(f.location(), f.pointer(), e);
      }
    }
    return Failures.domain(location, pointer, e);
  }

  /**
   * Returns an exception located at a member (or the object, if the member is absent).
   *
   * @param name the member name
   * @param code the code
   * @param rule the rule
   * @return the exception
   */
  public CaseworkJsonException fail(String name, String code, String rule) {
    Found f = found.get(name);
    return f == null ? Failures.at(location, pointer, code, rule) : Failures.at(f.location(), f.pointer(), code, rule);
  }
}
