package io.github.casework.store;

import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The events of one stream as its aggregate kind's events, remembering where the replay is. */
final class Replaying<E extends CaseworkEvent> implements Iterator<E> {
  private final AggregateType<?, ?, E> type;
  private final EventCursor cursor;
  long version;
  long position;

  Replaying(AggregateType<?, ?, E> type, EventCursor cursor) {
    this.type = type;
    this.cursor = cursor;
  }

  @Override
  public boolean hasNext() {
    return cursor.hasNext();
  }

  @Override
  public E next() {
    if (!cursor.hasNext()) {
      throw new NoSuchElementException();
    }
    StoredEvent e = cursor.next();
    version = e.version();
    position = e.position();
    return type.eventType().cast(e.event());
  }
}
