package io.github.casework.json.internal;

import java.nio.charset.CharacterCodingException;

/** Raised when the input starts with a byte-order mark; translated to {@code json.invalid-encoding}. */
public final class ByteOrderMarkException extends CharacterCodingException {
  private static final long serialVersionUID = 1L;

  @Override
  public String getMessage() {
    return "the input must not start with a byte-order mark";
  }
}
