package io.github.casework.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.CaseworkEvent;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.id.AggregateId;
import java.util.List;
import java.util.Optional;

/**
 * What to append to one stream: the events, the version the writer expects the stream to have, and optionally the
 * id of the message (command, iWmo message, signal feed item) they come from, so that a re-sent message is stored
 * once.
 *
 * <p><b>Invariants.</b> At least one event; every event names {@link #stream()}; a message id is 1 to
 * {@value #MAX_MESSAGE_ID_LENGTH} characters without control characters. Immutable and thread-safe.
 *
 * @param stream the aggregate whose stream the events go to
 * @param expected the version the writer read; {@link ExpectedVersion#none()} for a new stream
 * @param events the events, in order
 * @param messageId the id of the message the events come from, if the writer wants the append idempotent
 */
public record Append(AggregateId stream, ExpectedVersion expected, ImmutableList<CaseworkEvent> events,
    Optional<String> messageId) {

  /** The longest message id the store keeps. */
  public static final int MAX_MESSAGE_ID_LENGTH = 128;

  /**
   * Validates the components.
   *
   * @param stream the aggregate, not null
   * @param expected the expected version, not null
   * @param events the events, not null
   * @param messageId the message id or empty, not null
   * @throws InvalidValueException with {@link StoreCodes#APPEND_EMPTY}, {@link StoreCodes#APPEND_WRONG_STREAM} or
   *     {@link StoreCodes#MESSAGE_ID_INVALID}
   */
  public Append {
    requireNonNull(stream, "stream");
    requireNonNull(expected, "expected");
    requireNonNull(events, "events");
    requireNonNull(messageId, "messageId");
    if (events.isEmpty()) {
      throw new InvalidValueException(StoreCodes.APPEND_EMPTY, "Append.events", "must hold at least one event");
    }
    for (CaseworkEvent e : events) {
      if (!e.aggregateId().equals(stream)) {
        throw new InvalidValueException(StoreCodes.APPEND_WRONG_STREAM, "Append.events",
            "every event must name the stream's aggregate");
      }
    }
    messageId.ifPresent(Append::checkMessageId);
  }

  private static void checkMessageId(String id) {
    if (id.isBlank() || id.length() > MAX_MESSAGE_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidValueException(StoreCodes.MESSAGE_ID_INVALID, "Append.messageId",
          "must be 1 to " + MAX_MESSAGE_ID_LENGTH + " characters, not blank, without control characters");
    }
  }

  /**
   * Returns an append of events to the stream they name.
   *
   * @param expected the version the writer read, not null
   * @param events the events, at least one, all of one aggregate, not null
   * @return the append, without a message id
   * @throws InvalidValueException if there are no events or they name different aggregates
   */
  public static Append of(ExpectedVersion expected, List<? extends CaseworkEvent> events) {
    requireNonNull(expected, "expected");
    requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new InvalidValueException(StoreCodes.APPEND_EMPTY, "Append.events", "must hold at least one event");
    }
    return new Append(events.get(0).aggregateId(), expected, ImmutableList.copyOf(events), Optional.empty());
  }

  /**
   * Returns an append of one event to the stream it names.
   *
   * @param expected the version the writer read, not null
   * @param event the event, not null
   * @return the append, without a message id
   */
  public static Append of(ExpectedVersion expected, CaseworkEvent event) {
    return of(expected, ImmutableList.of(requireNonNull(event, "event")));
  }

  /**
   * Returns the append of a decision's events to its aggregate's stream.
   *
   * @param decision what a command decided, not null
   * @param expected the version the decision was made against, not null
   * @return the append, without a message id
   */
  public static Append of(Decision<?, ? extends CaseworkEvent> decision, ExpectedVersion expected) {
    return of(expected, requireNonNull(decision, "decision").events());
  }

  /**
   * Returns this append with a message id: a second append with the same id is not stored again, and returns the
   * first one's result.
   *
   * @param id the message id, not null
   * @return the append with the id
   * @throws InvalidValueException with {@link StoreCodes#MESSAGE_ID_INVALID} if the id is blank, too long or holds a
   *     control character
   */
  public Append withMessageId(String id) {
    return new Append(stream, expected, events, Optional.of(requireNonNull(id, "id")));
  }
}
