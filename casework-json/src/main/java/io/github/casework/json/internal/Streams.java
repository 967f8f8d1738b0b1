package io.github.casework.json.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The I/O of the caller's own streams, kept out of the files that import Jackson so that their catch clauses are
 * Jackson's alone (casework-json3 reads them as Jackson 3's unchecked failures; see its README).
 */
public final class Streams {
  private Streams() {}

  /**
   * Closes a stream.
   *
   * @param c the stream
   * @throws UncheckedIOException if it cannot be closed
   */
  public static void close(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
