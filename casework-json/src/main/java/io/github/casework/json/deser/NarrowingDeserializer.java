package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.google.common.collect.ImmutableMap;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Pointer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one variant of a sealed hierarchy (such as {@code CaseEvent.Opened}) through the hierarchy's deserializer,
 * rejecting a value of another variant.
 *
 * @param <T> the variant
 */
public final class NarrowingDeserializer<T> extends CaseworkDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** The deserializer of the whole hierarchy. */
  private final CaseworkDeserializer<? super T> whole;

  /**
   * Creates a deserializer.
   *
   * @param type the variant
   * @param whole the deserializer of the hierarchy
   */
  public NarrowingDeserializer(Class<T> type, CaseworkDeserializer<? super T> whole) {
    super(type);
    this.whole = whole;
  }

  @Override
  public T read(JsonParser p, DeserializationContext ctxt, Pointer pointer) throws IOException {
    long start = Failures.whereToken(p);
    Object value = whole.read(p, ctxt, pointer);
    if (!handledType().isInstance(value)) {
      throw Failures.at(start, pointer, JsonCodes.WRONG_TYPE, "the value is of another type than the one expected");
    }
    @SuppressWarnings("unchecked")
    T variant = (T) value;
    return variant;
  }

  /**
   * Finds the deserializer of a variant of the registered sealed hierarchies, for Jackson: a class whose direct
   * supertype is one of them, which for a sealed type is exactly one of its permitted subclasses. Found when Jackson
   * first asks for the variant rather than registered per variant, so that registering the module loads no variant
   * class. Where a class is a variant of two hierarchies, the one registered last reads it, as with a module's own
   * mappings. Immutable and thread-safe.
   */
  public static final class Lookup extends Deserializers.Base {
    /** Each hierarchy's deserializer, in the order the hierarchies were registered. */
    private final ImmutableMap<Class<?>, CaseworkDeserializer<?>> hierarchies;

    /**
     * Creates the lookup.
     *
     * @param hierarchies each sealed hierarchy's deserializer, in the order they were registered
     */
    public Lookup(Map<Class<?>, CaseworkDeserializer<?>> hierarchies) {
      this.hierarchies = ImmutableMap.copyOf(hierarchies);
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return hierarchyOf(valueType) != null;
    }

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      return narrowing(type.getRawClass());
    }

    private <T> @Nullable NarrowingDeserializer<T> narrowing(Class<T> variant) {
      Class<?> hierarchy = hierarchyOf(variant);
      if (hierarchy == null) {
        return null;
      }
      // The hierarchy's deserializer reads every T, since T is one of its variants.
      @SuppressWarnings("unchecked")
      CaseworkDeserializer<? super T> whole = (CaseworkDeserializer<? super T>) hierarchies.get(hierarchy);
      return new NarrowingDeserializer<>(variant, whole);
    }

    private @Nullable Class<?> hierarchyOf(Class<?> type) {
      Class<?> found = null;
      for (Class<?> hierarchy : hierarchies.keySet()) {
        if (type.getSuperclass() == hierarchy || Arrays.asList(type.getInterfaces()).contains(hierarchy)) {
          found = hierarchy;
        }
      }
      return found;
    }
  }
}
