package io.github.casework.json.internal;

import java.io.IOException;

/** Raised by the input layer when a byte limit is exceeded; translated to {@code json.limit-exceeded}. */
public final class LimitExceededException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param rule which limit, with its value, without input
   */
  public LimitExceededException(String rule) {
    super(rule);
  }
}
