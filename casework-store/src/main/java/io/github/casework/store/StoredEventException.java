package io.github.casework.store;

import static java.util.Objects.requireNonNull;

import io.github.casework.CaseworkException;

/**
 * Thrown when a stored event cannot be read or replayed: invalid JSON, a payload the wire format rejects, a format
 * version without an upcaster, a payload that names another stream than its row, or an event the aggregate's rules
 * forbid at its version (an edit by hand, or a bug). The code is always {@link StoreCodes#STORED_EVENT_INVALID}; the
 * {@link #rule()} is the code of what is wrong, and the stream, version and feed position say where. Nothing half
 * built is returned with it; a feed cursor that throws it has moved past the row, so the rest of the feed stays
 * readable.
 */
public final class StoredEventException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /** The stream's aggregate kind as stored. */
  private final String streamType;
  /** The stream's aggregate id as stored. */
  private final String streamId;
  /** The event's version in its stream. */
  private final long version;
  /** The event's position in the global feed. */
  private final long position;
  /** The code of what is wrong. */
  private final String rule;

  /**
   * Creates an exception.
   *
   * @param streamType the stream's aggregate kind as stored, such as {@code case}, not null
   * @param streamId the stream's aggregate id as stored, not null
   * @param version the event's version in its stream
   * @param position the event's position in the global feed
   * @param rule the code of what is wrong, not null
   * @param detail the rule in words, without the data, not null
   */
  public StoredEventException(String streamType, String streamId, long version, long position, String rule,
      String detail) {
    super(StoreCodes.STORED_EVENT_INVALID, "stored event " + requireNonNull(streamType, "streamType") + " "
        + requireNonNull(streamId, "streamId") + " version " + version + " (feed position " + position + ") is invalid: "
        + requireNonNull(rule, "rule") + ": " + requireNonNull(detail, "detail"));
    this.streamType = streamType;
    this.streamId = streamId;
    this.version = version;
    this.position = position;
    this.rule = rule;
  }

  /**
   * Creates an exception for a domain or wire-format failure, whose code becomes the rule.
   *
   * @param streamType the stream's aggregate kind as stored, not null
   * @param streamId the stream's aggregate id as stored, not null
   * @param version the event's version in its stream
   * @param position the event's position in the global feed
   * @param cause the failure, whose code is the rule, not null
   * @return the exception, with the failure as its cause
   */
  static StoredEventException of(String streamType, String streamId, long version, long position,
      CaseworkException cause) {
    StoredEventException e = new StoredEventException(streamType, streamId, version, position, cause.code(),
        cause.getMessage());
    e.initCause(cause);
    return e;
  }

  /** {@return the stream's aggregate kind as stored, such as {@code case}} */
  public String streamType() {
    return streamType;
  }

  /** {@return the stream's aggregate id as stored} */
  public String streamId() {
    return streamId;
  }

  /** {@return the event's version in its stream} */
  public long version() {
    return version;
  }

  /** {@return the event's position in the global feed} */
  public long position() {
    return position;
  }

  /** {@return the code of what is wrong: a wire-format, aggregate or {@code store.stored-*} code} */
  public String rule() {
    return rule;
  }
}
