package io.github.casework.testing;

import io.github.casework.CaseworkException;

/** Helpers for asserting on rejected commands. */
public final class Rejections {
  private Rejections() {}

  /**
   * The stable code of a {@link CaseworkException}; for use as
   * {@code assertThatThrownBy(...).extracting(Rejections::code).isEqualTo("case.closed")}.
   */
  public static Object code(Throwable t) {
    if (!(t instanceof CaseworkException e)) {
      throw new AssertionError("expected a CaseworkException but got " + t, t);
    }
    return e.code();
  }
}
