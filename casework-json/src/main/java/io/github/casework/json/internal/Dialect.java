package io.github.casework.json.internal;

import com.fasterxml.jackson.core.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The few places where Jackson 2 and Jackson 3 differ in behaviour rather than in names: how an I/O failure under
 * the parser surfaces, how a failure becomes unchecked, and how the parser words a duplicate member. casework-json3
 * is rewritten from this module's sources (casework-json3/README.md) except for this class, whose Jackson 3 twin is
 * written by hand and pins this file's SHA-256: change one, port the change to the other, update the pin.
 */
public final class Dialect {
  private Dialect() {}

  /**
   * Returns the failure a Jackson exception stands for. Jackson 2 lets the input's own {@code IOException}s (a
   * limit, a malformed UTF-8 sequence) through as they are; Jackson 3 wraps them.
   *
   * @param e what Jackson threw
   * @return the failure to classify
   */
  public static Throwable underlying(IOException e) {
    return e;
  }

  /**
   * Returns a failure that is not a property of the input (the stream failed) as the unchecked exception the API
   * documents.
   *
   * @param e what Jackson threw
   * @return the exception to throw
   */
  public static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }

  /**
   * Tells whether a parse failure is the parser's duplicate-member check ({@code STRICT_DUPLICATE_DETECTION}).
   *
   * @param e the failure
   * @return true for a duplicate member
   */
  public static boolean isDuplicate(JsonParseException e) {
    String m = e.getOriginalMessage();
    return m != null && m.startsWith("Duplicate field");
  }
}
