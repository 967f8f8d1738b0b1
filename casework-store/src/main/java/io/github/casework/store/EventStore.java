package io.github.casework.store;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkCommand;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.VersionConflictException;
import io.github.casework.casefile.Case;
import io.github.casework.check.Caseload;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.AggregateId;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An event store for the four aggregates: one stream of events per aggregate, and one global feed of all events in
 * commit order. {@link JdbcEventStore} implements it on PostgreSQL and H2; another implementation proves itself
 * with the contract kit ({@code EventStoreContract} in this module's test-jar).
 *
 * <p><b>Invariants.</b> A stream's versions are 1, 2, 3... without gaps or doubles; an append either stores all its
 * events or none; {@link #appendAll} stores all of its appends or none; an append whose expected version does not
 * match stores nothing and throws a {@link VersionConflictException} naming the stream, the expected and the actual
 * version; an append with a message id that the store has seen is not stored again and returns the first append's
 * result; feed positions grow in commit order, so a reader that has read up to position {@code p} never later finds
 * a new event below {@code p}. Every event read back is equal to the event appended. Implementations are
 * thread-safe.
 */
public interface EventStore {

  /**
   * Appends events to one stream if it has the expected version, in one transaction.
   *
   * @param append the events, the expected version and optionally a message id, not null
   * @return what was stored, or what was stored the first time for a message id seen before
   * @throws VersionConflictException if the stream does not have the expected version; nothing is stored
   * @throws StoreException if the database fails; nothing is stored
   */
  AppendResult append(Append append);

  /**
   * Appends to several streams in one transaction: all appends are stored or none is. They are applied in order, so
   * a later append to the same stream sees the earlier one's events.
   *
   * @param appends the appends, at least one, not null
   * @return one result per append, in order
   * @throws VersionConflictException if a stream does not have its expected version; nothing is stored
   * @throws InvalidValueException with {@link StoreCodes#APPEND_EMPTY} if there are no appends
   * @throws StoreException if the database fails; nothing is stored
   */
  ImmutableList<AppendResult> appendAll(List<Append> appends);

  /**
   * Returns a stream's version.
   *
   * @param stream the aggregate, not null
   * @return the number of events in its stream; 0 if it has none
   * @throws StoreException if the database fails
   */
  long version(AggregateId stream);

  /**
   * Reads one stream in version order. The events are decoded, not replayed; {@link #load} replays them.
   *
   * @param stream the aggregate, not null
   * @return a cursor over its events, empty if it has none; close it
   * @throws StoreException if the database fails
   */
  default EventCursor readStream(AggregateId stream) {
    return readStream(stream, 0);
  }

  /**
   * Reads the events of one stream after a version, in version order: what a writer holding the state at that
   * version needs to catch up after a {@link VersionConflictException}.
   *
   * @param stream the aggregate, not null
   * @param afterVersion the version already known; 0 to read from the start
   * @return a cursor over the later events; close it
   * @throws IllegalArgumentException if the version is negative
   * @throws StoreException if the database fails
   */
  EventCursor readStream(AggregateId stream, long afterVersion);

  /**
   * Reads the global feed from a position on, in position order, which is commit order: events committed after the
   * cursor's read have higher positions than any it returns. Events are decoded, not replayed.
   *
   * @param afterPosition the position of the last event already read; 0 to read from the start
   * @return a cursor over the events with a higher position; close it
   * @throws IllegalArgumentException if the position is negative
   * @throws StoreException if the database fails
   */
  EventCursor readFeed(long afterPosition);

  /**
   * Reads the events of one stream into a list; for a long stream prefer {@link #readStream} or {@link #load}.
   *
   * @param stream the aggregate, not null
   * @return its events in version order
   * @throws StoredEventException if an event cannot be read
   * @throws StoreException if the database fails
   */
  default ImmutableList<CaseworkEvent> events(AggregateId stream) {
    ImmutableList.Builder<CaseworkEvent> b = ImmutableList.builder();
    try (EventCursor c = readStream(stream)) {
      c.forEachRemaining(e -> b.add(e.event()));
    }
    return b.build();
  }

  /**
   * Replays an aggregate's stream into its state, one event at a time, in memory that does not grow with the length
   * of the stream.
   *
   * @param <S> the aggregate type
   * @param <C> its command type
   * @param <E> its event type
   * @param type the kind of aggregate, not null
   * @param stream the aggregate, of that kind, not null
   * @return its state, or empty if the stream has no events
   * @throws IllegalArgumentException if the id is of another kind of aggregate
   * @throws StoredEventException if an event cannot be read, or the aggregate's rules forbid it at its version (the
   *     rule is the aggregate's code); no state is returned
   * @throws StoreException if the database fails
   */
  default <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent> Optional<S> load(
      AggregateType<S, C, E> type, AggregateId stream) {
    requireNonNull(type, "type");
    if (Streams.kindOf(requireNonNull(stream, "stream")) != type) {
      throw new IllegalArgumentException("the id is not of a " + type.name());
    }
    try (EventCursor c = readStream(stream)) {
      if (!c.hasNext()) {
        return Optional.empty();
      }
      Replaying<E> events = new Replaying<>(type, c);
      try {
        return Optional.of(type.replay(() -> events));
      } catch (StoredEventException e) {
        throw e;
      } catch (CaseworkException e) {
        throw StoredEventException.of(type.name(), stream.value(), events.version, events.position, e);
      }
    }
  }

  /**
   * Loads every aggregate in the store into a caseload for the check, reading the feed once: only the aggregates'
   * states are held, never their events. Aggregates are listed in the order their streams began.
   *
   * @param context the caseload whose agencies, professionals, mandates, areas, service directory and client profiles
   *     to use; its aggregates are ignored, not null
   * @return the caseload
   * @throws StoredEventException if an event cannot be read or its aggregate's rules forbid it; no caseload is
   *     returned
   * @throws StoreException if the database fails
   */
  default Caseload loadCaseload(Caseload context) {
    requireNonNull(context, "context");
    Map<AggregateId, Aggregate<?, ?, ?>> states = new LinkedHashMap<>();
    try (EventCursor c = readFeed(0)) {
      while (c.hasNext()) {
        StoredEvent stored = c.next();
        CaseworkEvent event = stored.event();
        try {
          Aggregate<?, ?, ?> before = states.get(event.aggregateId());
          states.put(event.aggregateId(),
              before == null ? AggregateType.startAny(event) : AggregateType.evolveAny(before, event));
        } catch (CaseworkException e) {
          throw StoredEventException.of(event.aggregateType().name(), event.aggregateId().value(), stored.version(),
              stored.position(), e);
        }
      }
    }
    List<Case> cases = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    List<Escalation> escalations = new ArrayList<>();
    List<Signal> signals = new ArrayList<>();
    for (Aggregate<?, ?, ?> a : states.values()) {
      if (a instanceof Case k) {
        cases.add(k);
      } else if (a instanceof Referral r) {
        referrals.add(r);
      } else if (a instanceof Escalation e) {
        escalations.add(e);
      } else if (a instanceof Signal s) {
        signals.add(s);
      }
    }
    return Caseload.builder().cases(cases).referrals(referrals).escalations(escalations).signals(signals)
        .agencies(context.agencies()).professionals(context.professionals()).mandates(context.mandates())
        .areas(context.areas()).directory(context.directory()).profiles(context.profiles()).build();
  }

  /**
   * Returns the expectation to append with after reading a stream at this version.
   *
   * @param version a stream's version; 0 for a stream without events
   * @return {@link ExpectedVersion#none()} for 0, else {@link ExpectedVersion#exactly(long)}
   */
  static ExpectedVersion expecting(long version) {
    return version == 0 ? ExpectedVersion.none() : ExpectedVersion.exactly(version);
  }
}
