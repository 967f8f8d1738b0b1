package io.github.casework.json.deser;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.CaseworkException;
import io.github.casework.InvalidValueException;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
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

  private final MemberTable table;
  private final Pointer pointer;
  private final long start;
  private final @Nullable Object[] values;
  private final long[] where;
  private final int @Nullable [] order;
  private final int count;

  private Members(MemberTable table, Pointer pointer, long start, @Nullable Object[] values, long[] where,
      int @Nullable [] order, int count) {
    this.table = table;
    this.pointer = pointer;
    this.start = start;
    this.values = values;
    this.where = where;
    this.order = order;
    this.count = count;
  }

  /**
   * Reads an object. Each member's value goes into its slot of the table, with where its name was (line and
   * column); the pointers of the members are built only for an error.
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
  public static Members read(JsonParser p, DeserializationContext ctxt, Pointer pointer, MemberTable table)
      throws IOException {
    Reading.expect(p, pointer, JsonToken.START_OBJECT, "an object");
    long start = Failures.where(p.currentTokenLocation());
    boolean strict = Reading.strict(ctxt);
    int n = table.size();
    @Nullable Object[] values = new Object[n];
    long[] where = new long[n];
    // The order members came in matters only to strict mode's report of a member the type does not use.
    int[] order = strict ? new int[n] : null;
    int count = 0;
    while (p.nextToken() != JsonToken.END_OBJECT) {
      String name = p.currentName();
      int slot = table.slot(name);
      if (slot < 0) {
        if (strict) {
          // The name is input, and may be anything: it is named only when it is a plain identifier.
          throw Failures.at(p.currentTokenLocation(), pointer, JsonCodes.UNKNOWN_MEMBER, Failures.unknownMember(name));
        }
        p.nextToken();
        Reading.skip(p);
        continue;
      }
      long at = Failures.where(p.currentTokenLocation());
      if (values[slot] != null) {
        // The parser's own duplicate detection reports a repeated name first; this holds for any other parser.
        throw Failures.at(at, pointer.member(name), JsonCodes.DUPLICATE_KEY,
            "an object must not hold the same member name twice");
      }
      p.nextToken();
      Object value;
      try {
        // A leaf reader makes the member's pointer only for an error (issue 16: a pointer per member was about
        // 1.8 KB of a referral read's 23.8 KB).
        value = table.reader(slot).readMember(p, ctxt, pointer, name);
      } catch (IOException e) {
        throw Failures.fromParser(e, p, pointer.member(name));
      }
      values[slot] = requireNonNull(value, "value");
      where[slot] = at;
      if (order != null) {
        order[count] = slot;
      }
      count++;
    }
    return new Members(table, pointer, start, values, where, order, count);
  }

  private @Nullable Object get(String name) {
    int slot = table.slot(name);
    return slot < 0 ? null : values[slot];
  }

  /** {@return the object's pointer} */
  public Pointer pointer() {
    return pointer;
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
    Object v = get(name);
    if (v == null) {
      throw Failures.at(start, pointer, JsonCodes.MISSING_MEMBER, "the member '" + name + "' is required");
    }
    return type.cast(v);
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
    Object v = get(name);
    return v == null ? Optional.empty() : Optional.of(type.cast(v));
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
    int[] read = requireNonNull(order, "bug: members read in tolerant mode checked as strict");
    for (int i = 0; i < count; i++) {
      String name = table.name(read[i]);
      if (!allowed.contains(name)) {
        throw Failures.at(where[read[i]], pointer.member(name), JsonCodes.UNKNOWN_MEMBER,
            "the member '" + name + "' is not defined for this type (strict mode)");
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
      String name = field.substring(field.lastIndexOf('.') + 1);
      int slot = table.slot(name);
      if (slot >= 0 && values[slot] != null) {
        return Failures.domain(where[slot], pointer.member(name), e);
      }
    }
    return Failures.domain(start, pointer, e);
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
    int slot = table.slot(name);
    return slot < 0 || values[slot] == null ? Failures.at(start, pointer, code, rule)
        : Failures.at(where[slot], pointer.member(name), code, rule);
  }
}
