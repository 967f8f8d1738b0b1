package io.github.casework.json.deser;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.casework.json.JsonCodes;
import java.util.function.Function;

/**
 * The variants of a sealed hierarchy, selected by the stable type id in the {@code type} member (an event's or a
 * disposition's {@code TYPE} constant), never by a Java class name. Immutable and thread-safe.
 *
 * @param <T> the sealed type
 */
public final class Variants<T> {
  /** The member that holds the type id. */
  public static final String TYPE = "type";

  private record Variant<T>(ImmutableSet<String> members, Function<Members, T> factory) {}

  private final String family;
  private final ImmutableMap<String, Variant<T>> byType;

  private Variants(String family, ImmutableMap<String, Variant<T>> byType) {
    this.family = family;
    this.byType = byType;
  }

  /**
   * Starts a table of variants.
   *
   * @param family what the variants are, for messages, such as {@code "case event"}
   * @param <T> the sealed type
   * @return a builder
   */
  public static <T> Builder<T> of(String family) {
    return new Builder<>(family);
  }

  /**
   * Builds the variant the members' {@code type} names.
   *
   * @param m the members read
   * @param ctxt the context, for the strict flag
   * @return the value
   * @throws io.github.casework.json.CaseworkJsonException with {@link JsonCodes#UNKNOWN_TYPE} for an unknown type
   *     id, or as {@link Members#build} and {@link Members#allowOnly} describe
   */
  public T build(Members m, DeserializationContext ctxt) {
    String type = m.required(TYPE, String.class);
    Variant<T> v = byType.get(type);
    if (v == null) {
      throw m.fail(TYPE, JsonCodes.UNKNOWN_TYPE, "the type is not a known " + family + " type");
    }
    m.allowOnly(ctxt, v.members());
    return m.build(() -> v.factory().apply(m));
  }

  /** {@return the type ids, in the order they were added} */
  public ImmutableSet<String> types() {
    return byType.keySet();
  }

  /**
   * Collects the variants.
   *
   * @param <T> the sealed type
   */
  public static final class Builder<T> {
    private final String family;
    private final ImmutableMap.Builder<String, Variant<T>> byType = ImmutableMap.builder();

    private Builder(String family) {
      this.family = family;
    }

    /**
     * Adds a variant.
     *
     * @param type its stable type id
     * @param factory builds it from the members, through the domain's constructor
     * @param members the members it uses besides {@code type}, in canonical order
     * @return this builder
     */
    public Builder<T> add(String type, Function<Members, T> factory, String... members) {
      byType.put(type, new Variant<>(ImmutableSet.<String>builder().add(TYPE).add(members).build(), factory));
      return this;
    }

    /** {@return the table} */
    public Variants<T> build() {
      return new Variants<>(family, byType.buildOrThrow());
    }
  }
}
