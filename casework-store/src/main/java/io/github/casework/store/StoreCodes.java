package io.github.casework.store;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the event store. A {@link StoredEventException} carries {@link #STORED_EVENT_INVALID} and, as
 * its {@link StoredEventException#rule() rule}, the code of what is wrong with the row: one of the wire format's
 * codes, one of the aggregate's own, or one of the {@code store.stored-*} codes below. Codes never change meaning
 * between releases.
 */
public final class StoreCodes {
  /** A stored event cannot be read or replayed: its JSON, format version, stream or the aggregate's rules forbid it. */
  public static final String STORED_EVENT_INVALID = "store.stored-event-invalid";
  /** A stored event's payload names another aggregate or event type than its row, or its row an unknown kind. */
  public static final String STORED_STREAM_MISMATCH = "store.stored-stream-mismatch";
  /** A stored event's format version is newer than the store reads, or older with no upcaster to bring it on. */
  public static final String STORED_FORMAT_UNSUPPORTED = "store.stored-format-unsupported";
  /** An append holds no events. */
  public static final String APPEND_EMPTY = "store.append-empty";
  /** An event of an append names another aggregate than the append's stream. */
  public static final String APPEND_WRONG_STREAM = "store.append-wrong-stream";
  /** A message id is blank, longer than 128 characters, or holds a control character. */
  public static final String MESSAGE_ID_INVALID = "store.message-id-invalid";
  /** An upcaster chain does not lead from format version 1 to the current one in steps of one. */
  public static final String UPCASTERS_INVALID = "store.upcasters-invalid";
  /** The database is neither PostgreSQL nor H2. */
  public static final String DATABASE_UNSUPPORTED = "store.database-unsupported";
  /** The database failed a statement or a connection; the exception's cause is the driver's. */
  public static final String DATABASE_FAILED = "store.database-failed";

  private static final String PACKAGE = "io.github.casework.store";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      new ErrorCode(STORED_EVENT_INVALID, "A stored event cannot be read or replayed: its JSON, format version, stream"
          + " or the aggregate's rules forbid it.", PACKAGE),
      new ErrorCode(STORED_STREAM_MISMATCH, "A stored event's payload names another aggregate or event type than its"
          + " row, or its row an unknown kind.", PACKAGE),
      new ErrorCode(STORED_FORMAT_UNSUPPORTED, "A stored event's format version is newer than the store reads, or"
          + " older with no upcaster to bring it on.", PACKAGE),
      new ErrorCode(APPEND_EMPTY, "An append holds no events.", PACKAGE),
      new ErrorCode(APPEND_WRONG_STREAM, "An event of an append names another aggregate than the append's stream.",
          PACKAGE),
      new ErrorCode(MESSAGE_ID_INVALID, "A message id is blank, longer than 128 characters, or holds a control"
          + " character.", PACKAGE),
      new ErrorCode(UPCASTERS_INVALID, "An upcaster chain does not lead from format version 1 to the current one in"
          + " steps of one.", PACKAGE),
      new ErrorCode(DATABASE_UNSUPPORTED, "The database is neither PostgreSQL nor H2.", PACKAGE),
      new ErrorCode(DATABASE_FAILED, "The database failed a statement or a connection; the exception's cause is the"
          + " driver's.", PACKAGE));

  private StoreCodes() {}

  /** {@return every code of this module with its meaning, in declaration order} */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }
}
