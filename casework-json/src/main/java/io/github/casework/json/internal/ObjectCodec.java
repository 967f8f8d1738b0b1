package io.github.casework.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.deser.MemberTable;
import io.github.casework.json.deser.Members;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.deser.ValueReader;
import io.github.casework.json.ser.ValueWriter;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a value appears as a JSON object: its members in canonical order, each with the value's accessor, the reader
 * and the writer of its JSON value, and whether it is required, optional (an {@link Optional} component, omitted
 * when empty) or omitted when empty (a collection or a map). One table drives writing, reading (through a factory that
 * calls the domain's constructor) and, for an aggregate's stated state, the comparison with the replayed state.
 * Immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class ObjectCodec<T> {

  private enum Presence { REQUIRED, OPTIONAL, NON_EMPTY }

  private record Member<T>(String name, Presence presence, Function<T, ?> value, ValueReader<?> reader,
      ValueWriter<Object> writer) {}

  private final ImmutableList<Member<T>> members;
  private final ImmutableMap<String, ValueReader<?>> readers;
  private final MemberTable table;
  private final @Nullable Function<Members, T> factory;

  private ObjectCodec(ImmutableList<Member<T>> members, ImmutableMap<String, ValueReader<?>> refused,
      @Nullable Function<Members, T> factory) {
    this.members = members;
    ImmutableMap.Builder<String, ValueReader<?>> b = ImmutableMap.builder();
    for (Member<T> m : members) {
      b.put(m.name(), m.reader());
    }
    b.putAll(refused);
    this.readers = b.buildOrThrow();
    this.table = MemberTable.of(readers);
    this.factory = factory;
  }

  /**
   * Starts a table.
   *
   * @param <T> the value type
   * @return a builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** {@return the reader of each member, by name, in canonical order} */
  public ImmutableMap<String, ValueReader<?>> readers() {
    return readers;
  }

  /** {@return the members as {@link Members#read} reads them} */
  public MemberTable table() {
    return table;
  }

  /**
   * Writes the value as an object.
   *
   * @param value the value
   * @param g the generator
   * @param provider the provider
   * @throws IOException if writing fails
   */
  public void write(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    writeMembers(value, g, provider);
    g.writeEndObject();
  }

  /**
   * Writes the value's members into the object being written, in canonical order.
   *
   * @param value the value
   * @param g the generator, inside an object
   * @param provider the provider
   * @throws IOException if writing fails
   */
  public void writeMembers(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    for (Member<T> m : members) {
      Object v = m.value().apply(value);
      switch (m.presence()) {
        case OPTIONAL -> {
          Optional<?> o = (Optional<?>) v;
          if (o.isEmpty()) {
            continue;
          }
          v = o.get();
        }
        case NON_EMPTY -> {
          if (isEmpty(v)) {
            continue;
          }
        }
        default -> { }
      }
      g.writeFieldName(m.name());
      m.writer().write(g, provider, requireNonNull(v, "v"));
    }
  }

  /**
   * Reads the value: its members, then the domain's factory.
   *
   * @param p the parser, on the object's first token
   * @param ctxt the context
   * @param pointer the object's pointer
   * @return the value
   * @throws IOException if the parser fails
   * @throws CaseworkJsonException if a member is missing or invalid, or the domain rejects the value
   */
  public T read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    Function<Members, T> f = factory;
    if (f == null) {
      throw new IllegalStateException("bug: a state table has no factory");
    }
    Members m = Members.read(p, ctxt, pointer, table);
    return m.build(() -> f.apply(m));
  }

  /** {@return a reader of the value} */
  public ValueReader<T> reader() {
    return this::read;
  }

  /** {@return a writer of the value} */
  public ValueWriter<T> writer() {
    return (g, p, v) -> write(v, g, p);
  }

  /**
   * Compares an aggregate's stated state with the state its history replays to: every required member must be
   * present, then each member in canonical order must equal the replayed one (an absent optional member stands for
   * an empty value). The stated state is never used otherwise.
   *
   * @param stated the members of the stated state, as read with {@link #readers()}
   * @param replayed the replayed state
   * @throws CaseworkJsonException with {@link JsonCodes#MISSING_MEMBER} or {@link JsonCodes#STATE_MISMATCH}
   */
  public void compare(Members stated, T replayed) {
    for (Member<T> m : members) {
      if (m.presence() == Presence.REQUIRED) {
        stated.required(m.name(), Object.class);
      }
    }
    for (Member<T> m : members) {
      Object actual = m.value().apply(replayed);
      boolean same = switch (m.presence()) {
        case REQUIRED -> Objects.equals(stated.required(m.name(), Object.class), actual);
        case OPTIONAL -> stated.optional(m.name(), Object.class).equals(actual);
        case NON_EMPTY -> stated.optional(m.name(), Object.class)
            .map(s -> Objects.equals(s, actual)).orElse(isEmpty(actual));
      };
      if (!same) {
        throw stated.fail(m.name(), JsonCodes.STATE_MISMATCH,
            "the stated " + m.name() + " differs from the state the history replays to");
      }
    }
  }

  private static boolean isEmpty(Object collectionOrMap) {
    return collectionOrMap instanceof Map<?, ?> m ? m.isEmpty() : ((Collection<?>) collectionOrMap).isEmpty();
  }

  /**
   * Collects the members of a table, in canonical order.
   *
   * @param <T> the value type
   */
  public static final class Builder<T> {
    private final ImmutableList.Builder<Member<T>> members = ImmutableList.builder();
    private final ImmutableMap.Builder<String, ValueReader<?>> refused = ImmutableMap.builder();

    private Builder() {}

    @SuppressWarnings("unchecked")
    private <V> Builder<T> add(String name, Presence presence, Function<T, ?> value, ValueReader<?> reader,
        ValueWriter<? super V> writer) {
      members.add(new Member<>(name, presence, value, reader, (ValueWriter<Object>) writer));
      return this;
    }

    /**
     * Adds a required member.
     *
     * @param name the member name
     * @param value the value's component
     * @param reader reads it
     * @param writer writes it
     * @param <V> the component type
     * @return this builder
     */
    public <V> Builder<T> required(String name, Function<T, V> value, ValueReader<? extends V> reader,
        ValueWriter<? super V> writer) {
      return add(name, Presence.REQUIRED, value, reader, writer);
    }

    /**
     * Adds an optional member: an {@link Optional} component, omitted when empty.
     *
     * @param name the member name
     * @param value the value's component
     * @param reader reads the value inside the optional
     * @param writer writes the value inside the optional
     * @param <V> the type inside the optional
     * @return this builder
     */
    public <V> Builder<T> optional(String name, Function<T, Optional<V>> value, ValueReader<? extends V> reader,
        ValueWriter<? super V> writer) {
      return add(name, Presence.OPTIONAL, value, reader, writer);
    }

    /**
     * Adds a collection member that is omitted when empty (and read as empty when absent).
     *
     * @param name the member name
     * @param value the value's component
     * @param reader reads the collection
     * @param writer writes the collection
     * @param <C> the collection type
     * @return this builder
     */
    public <C extends Collection<?>> Builder<T> nonEmpty(String name, Function<T, C> value,
        ValueReader<? extends C> reader, ValueWriter<? super C> writer) {
      return add(name, Presence.NON_EMPTY, value, reader, writer);
    }

    /**
     * Adds a map member (a JSON object) that is omitted when empty (and read as empty when absent).
     *
     * @param name the member name
     * @param value the value's component
     * @param reader reads the map
     * @param writer writes the map
     * @param <M> the map type
     * @return this builder
     */
    public <M extends Map<?, ?>> Builder<T> nonEmptyMap(String name, Function<T, M> value,
        ValueReader<? extends M> reader, ValueWriter<? super M> writer) {
      return add(name, Presence.NON_EMPTY, value, reader, writer);
    }

    /**
     * Refuses a member in tolerant mode too: one that is never written here but that, skipped, would silently drop
     * data (such as a document's aggregates in a stream's header). Strict mode reports it as any unknown member.
     *
     * @param name the member name
     * @param code the code of the refusal
     * @param rule the rule, without input
     * @return this builder
     */
    public Builder<T> refused(String name, String code, String rule) {
      refused.put(name, (p, ctxt, pointer) -> {
        if (Reading.strict(ctxt)) {
          // As for any member the table does not define, so that strict mode reports what it always reported.
          throw Reading.fail(p, pointer.parent(), JsonCodes.UNKNOWN_MEMBER,
              Failures.unknownMember(name));
        }
        throw Reading.fail(p, pointer, code, rule);
      });
      return this;
    }

    /**
     * Builds a table that reads values through a factory.
     *
     * @param factory builds the value from the members read, through the domain's constructor or factory
     * @return the table
     */
    public ObjectCodec<T> build(Function<Members, T> factory) {
      return new ObjectCodec<>(members.build(), refused.buildOrThrow(), requireNonNull(factory, "factory"));
    }

    /** {@return a table of an aggregate's state, which is compared, never built} */
    public ObjectCodec<T> buildState() {
      return new ObjectCodec<>(members.build(), refused.buildOrThrow(), null);
    }
  }
}
