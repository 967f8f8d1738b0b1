package io.github.casework.json3.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;

/*
 * Mirrors casework-json Dialect.java sha256=bbb67c1bec928b9c7ce71ebc3d9de12db57e686846c860b5692122faaf20be70
 * (the Jackson 2 side; the rewrite fails when that file changes and this pin does not).
 */

/**
 * The few places where Jackson 3 differs from Jackson 2 in behaviour rather than in names: how an I/O failure under
 * the parser surfaces, how a failure becomes unchecked, and how the parser words a duplicate member. The only
 * hand-written class of this module's codec; everything else is rewritten from casework-json (see the module's
 * README).
 */
public final class Dialect {
  private Dialect() {}

  /**
   * Returns the failure a Jackson exception stands for. Jackson 3 wraps the input's own {@code IOException}s (a
   * limit, a malformed UTF-8 sequence) in a {@link JacksonIOException}; this unwraps them, so that they are
   * classified as in Jackson 2.
   *
   * @param e what Jackson threw
   * @return the failure to classify
   */
  public static Throwable underlying(JacksonException e) {
    return e instanceof JacksonIOException && e.getCause() instanceof IOException cause ? cause : e;
  }

  /**
   * Returns a failure that is not a property of the input (the stream failed) as the unchecked exception the API
   * documents, with the stream's own {@code IOException} as its cause where Jackson kept one.
   *
   * @param e what Jackson threw
   * @return the exception to throw
   */
  public static UncheckedIOException unchecked(JacksonException e) {
    if (e.getCause() instanceof IOException cause) {
      return new UncheckedIOException(cause);
    }
    return new UncheckedIOException(new IOException(e));
  }

  /**
   * Tells whether a parse failure is the parser's duplicate-member check ({@code STRICT_DUPLICATE_DETECTION}).
   *
   * @param e the failure
   * @return true for a duplicate member
   */
  public static boolean isDuplicate(StreamReadException e) {
    String m = e.getOriginalMessage();
    return m != null && m.startsWith("Duplicate Object property");
  }
}
