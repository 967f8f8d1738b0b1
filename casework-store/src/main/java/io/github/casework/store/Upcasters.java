package io.github.casework.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import io.github.casework.InvalidValueException;
import java.util.Map;

/**
 * The chain of {@link Upcaster}s that brings a stored event from any older payload format version to the
 * {@link #currentVersion()} that the store writes and the wire format reads: step {@code n} turns version {@code n}
 * into {@code n + 1}. Payload format version 1 is the wire format's version 1, which is all there is today, so the
 * default chain {@link #none()} has no steps.
 *
 * <p><b>Invariants.</b> The current version is at least 1, and there is exactly one step for each version from 1
 * to the one before the current. Immutable and thread-safe (the steps are pure).
 */
public final class Upcasters {
  private static final Upcasters NONE = new Upcasters(1, ImmutableMap.of());

  private final int currentVersion;
  private final ImmutableMap<Integer, Upcaster> steps;

  private Upcasters(int currentVersion, ImmutableMap<Integer, Upcaster> steps) {
    this.currentVersion = currentVersion;
    this.steps = steps;
  }

  /** {@return the chain without steps: the current version is 1} */
  public static Upcasters none() {
    return NONE;
  }

  /**
   * Returns a chain.
   *
   * @param currentVersion the payload format version the store writes, at least 1
   * @param steps the step from each older version {@code n} (the key) to {@code n + 1}, one for every version from 1
   *     to {@code currentVersion - 1}, not null
   * @return the chain
   * @throws InvalidValueException with {@link StoreCodes#UPCASTERS_INVALID} if the version is less than 1 or the
   *     steps do not match it
   */
  public static Upcasters of(int currentVersion, Map<Integer, ? extends Upcaster> steps) {
    requireNonNull(steps, "steps");
    if (currentVersion < 1) {
      throw new InvalidValueException(StoreCodes.UPCASTERS_INVALID, "Upcasters.currentVersion", "must be at least 1");
    }
    if (steps.size() != currentVersion - 1) {
      throw new InvalidValueException(StoreCodes.UPCASTERS_INVALID, "Upcasters.steps",
          "must hold one step for every version from 1 to the one before the current");
    }
    for (int v = 1; v < currentVersion; v++) {
      if (steps.get(v) == null) {
        throw new InvalidValueException(StoreCodes.UPCASTERS_INVALID, "Upcasters.steps",
            "must hold one step for every version from 1 to the one before the current");
      }
    }
    return new Upcasters(currentVersion, ImmutableMap.copyOf(steps));
  }

  /** {@return the payload format version the store writes} */
  public int currentVersion() {
    return currentVersion;
  }

  /**
   * Brings an event from a stored format version to the current one.
   *
   * @param from the stored format version, from 1 to {@link #currentVersion()}
   * @param eventType the stored type id, not null
   * @param payload the event's JSON object; not changed, not null
   * @return the event's JSON object in the current format; the payload itself when {@code from} is current
   * @throws IllegalArgumentException if {@code from} is outside 1 to the current version
   */
  ObjectNode upcast(int from, String eventType, ObjectNode payload) {
    if (from < 1 || from > currentVersion) {
      throw new IllegalArgumentException("bug: the caller checks the version range");
    }
    ObjectNode node = payload;
    for (int v = from; v < currentVersion; v++) {
      node = requireNonNull(steps.get(v).upcast(eventType, node.deepCopy()), "an upcaster returned null");
    }
    return node;
  }
}
