package io.github.casework.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.casework.json.deser.MemberTable;
import io.github.casework.json.deser.Members;
import io.github.casework.json.deser.Reading;
import io.github.casework.json.deser.ValueReader;
import io.github.casework.json.deser.Variants;
import io.github.casework.json.ser.ValueWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How the records of a sealed type appear as JSON objects: a {@code type} member with the record's stable id,
 * then the record's members as its {@link ObjectCodec} lists them. One table per variant drives both writing and
 * reading (through {@link Variants}). Members of the same name must have the same JSON shape in every variant.
 * Immutable and thread-safe.
 *
 * @param <T> the sealed type
 */
public final class SealedCodec<T> {
  private record Variant<T>(String type, ObjectCodec<T> codec) {}

  private final ImmutableMap<Class<?>, Variant<?>> byClass;
  private final MemberTable members;
  private final Variants<T> variants;

  private SealedCodec(ImmutableMap<Class<?>, Variant<?>> byClass, MemberTable members,
      Variants<T> variants) {
    this.byClass = byClass;
    this.members = members;
    this.variants = variants;
  }

  /**
   * Starts a table.
   *
   * @param family what the variants are, for messages, such as {@code "next step"}
   * @param <T> the sealed type
   * @return a builder
   */
  public static <T> Builder<T> of(String family) {
    return new Builder<>(family);
  }

  /** {@return the type ids, in the order they were added} */
  public Iterable<String> types() {
    return variants.types();
  }

  /** {@return a reader of the sealed type} */
  public ValueReader<T> reader() {
    return (p, ctxt, pointer) -> variants.build(Members.read(p, ctxt, pointer, members), ctxt);
  }

  /** {@return a writer of the sealed type} */
  public ValueWriter<T> writer() {
    return (g, provider, value) -> {
      @SuppressWarnings("unchecked")
      Variant<T> v = (Variant<T>) byClass.get(value.getClass());
      if (v == null) {
        throw new AssertionError("bug: no wire shape for " + value.getClass().getSimpleName());
      }
      g.writeStartObject();
      g.writeStringField(Variants.TYPE, v.type());
      v.codec().writeMembers(value, g, provider);
      g.writeEndObject();
    };
  }

  /**
   * Collects the variants.
   *
   * @param <T> the sealed type
   */
  public static final class Builder<T> {
    private final Variants.Builder<T> variants;
    private final ImmutableMap.Builder<Class<?>, Variant<?>> byClass = ImmutableMap.builder();
    private final Map<String, ValueReader<?>> members = new LinkedHashMap<>();

    private Builder(String family) {
      this.variants = Variants.of(family);
      members.put(Variants.TYPE, Reading.STRING);
    }

    /**
     * Adds a variant.
     *
     * @param type its stable type id
     * @param variant the record class
     * @param codec its members in canonical order, built with the factory that reads it
     * @param factory builds it from the members read, through the domain's constructor
     * @param <S> the record type
     * @return this builder
     */
    public <S extends T> Builder<T> add(String type, Class<S> variant, ObjectCodec.Builder<S> codec,
        Function<Members, S> factory) {
      requireNonNull(factory, "factory");
      ObjectCodec<S> built = codec.build(factory::apply);
      byClass.put(variant, new Variant<>(type, built));
      members.putAll(built.readers());
      variants.add(type, factory::apply, built.readers().keySet().toArray(String[]::new));
      return this;
    }

    /** {@return the table} */
    public SealedCodec<T> build() {
      return new SealedCodec<>(byClass.buildOrThrow(), MemberTable.of(ImmutableMap.copyOf(members)), variants.build());
    }
  }
}
