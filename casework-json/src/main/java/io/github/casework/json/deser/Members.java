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
import java.util.Arrays;
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

  /**
   * Tables up to this size keep an entry per member of the table, indexed by slot. A larger table (a sealed
   * hierarchy's, which holds the members of every variant: 19 for a case event, of which an event holds four or
   * five) keeps entries only for the members read, in the order read, and a byte per slot to find them: sized to
   * the table, the two arrays were about a sixth of a referral read's allocation (issue 16). Each slot's index is
   * kept in a byte, so a table of more than {@link #COMPACT} members keeps an entry per member.
   */
  private static final int DIRECT = 8;
  private static final int COMPACT = 255;

  private final MemberTable table;
  private final Pointer pointer;
  private final long start;
  /** The values: by slot, or (with {@link #indexes}) in the order read. */
  private final @Nullable Object[] values;
  /** Where each value's name was, packed as {@link Failures#where} packs it, at the value's index. */
  private final long[] where;
  /** By slot, 1 + the index of the slot's value, 0 if absent; null when values are indexed by slot. */
  private final byte @Nullable [] indexes;
  /** The slots in the order read, in strict mode. */
  private final int @Nullable [] order;
  private final int count;

  private Members(MemberTable table, Pointer pointer, long start, @Nullable Object[] values, long[] where,
      byte @Nullable [] indexes, int @Nullable [] order, int count) {
    this.table = table;
    this.pointer = pointer;
    this.start = start;
    this.values = values;
    this.where = where;
    this.indexes = indexes;
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
    long start = Failures.whereToken(p);
    boolean strict = Reading.strict(ctxt);
    int n = table.size();
    boolean direct = n <= DIRECT || n > COMPACT;
    int capacity = direct ? n : DIRECT;
    @Nullable Object[] values = new Object[capacity];
    long[] where = new long[capacity];
    byte[] indexes = direct ? null : new byte[n];
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
      long at = Failures.whereToken(p);
      if (indexes == null ? values[slot] != null : indexes[slot] != 0) {
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
      requireNonNull(value, "value");
      int index = slot;
      if (indexes != null) {
        if (count == values.length) {
          // No name repeats, so a table of n members never holds more than n.
          int grown = Math.min(n, count * 2);
          values = Arrays.copyOf(values, grown);
          where = Arrays.copyOf(where, grown);
        }
        index = count;
        indexes[slot] = (byte) (index + 1);
      }
      values[index] = value;
      where[index] = at;
      if (order != null) {
        order[count] = slot;
      }
      count++;
    }
    return new Members(table, pointer, start, values, where, indexes, order, count);
  }

  /** {@return the index of the value of the member in a slot, or -1 if the object does not hold it} */
  private int index(int slot) {
    if (slot < 0) {
      return -1;
    }
    if (indexes == null) {
      return values[slot] == null ? -1 : slot;
    }
    return (indexes[slot] & 0xFF) - 1;
  }

  private @Nullable Object get(String name) {
    int index = index(table.slot(name));
    return index < 0 ? null : values[index];
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
      int index = index(read[i]);
      String name = table.name(read[i]);
      if (!allowed.contains(name)) {
        throw Failures.at(where[index], pointer.member(name), JsonCodes.UNKNOWN_MEMBER,
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
      int index = index(table.slot(name));
      if (index >= 0) {
        return Failures.domain(where[index], pointer.member(name), e);
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
    int index = index(table.slot(name));
    return index < 0 ? Failures.at(start, pointer, code, rule)
        : Failures.at(where[index], pointer.member(name), code, rule);
  }
}
