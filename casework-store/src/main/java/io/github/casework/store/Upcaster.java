package io.github.casework.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of schema evolution: rewrites a stored event's JSON from payload format version {@code n} to
 * {@code n + 1}. The store calls the steps in a chain ({@link Upcasters}) when it reads a row written in an older
 * format, and never rewrites the row itself.
 *
 * <p>An upcaster must be <b>pure</b>: its result depends only on its arguments, it does no I/O, reads no clock,
 * keeps no state, and does not change the node it is given (it receives a copy; return a new node or that copy).
 * It may be called any number of times for the same row, from any thread.
 */
@FunctionalInterface
public interface Upcaster {

  /**
   * Rewrites one event.
   *
   * @param eventType the event's stored type id, such as {@code case.opened}, not null
   * @param payload the event's JSON object in the older format (a copy), not null
   * @return the event's JSON object in the next format version, not null
   */
  ObjectNode upcast(String eventType, ObjectNode payload);
}
