package io.github.casework.store;

import java.util.Iterator;

/**
 * A forward-only read of stored events that holds one database cursor open, fetching rows in batches so that memory
 * does not grow with the number of events. Close it (try-with-resources) to give the connection back. A row that
 * cannot be read throws a {@link StoredEventException} from {@link #hasNext()} or {@link #next()}; the cursor has
 * then moved past that row, so reading on gives the events after it. Not thread-safe.
 */
public interface EventCursor extends Iterator<StoredEvent>, AutoCloseable {

  /**
   * {@inheritDoc}
   *
   * @throws StoredEventException if the next row cannot be read; the cursor has moved past it
   * @throws StoreException if the database fails
   */
  @Override
  boolean hasNext();

  /**
   * {@inheritDoc}
   *
   * @throws StoredEventException if the next row cannot be read; the cursor has moved past it
   * @throws StoreException if the database fails
   */
  @Override
  StoredEvent next();

  /**
   * Closes the cursor and gives its connection back. Closing twice has no effect.
   *
   * @throws StoreException if the database fails
   */
  @Override
  void close();
}
