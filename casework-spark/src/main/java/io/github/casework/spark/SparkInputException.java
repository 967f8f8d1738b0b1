package io.github.casework.spark;

import io.github.casework.CaseworkException;

/**
 * An input of a Spark job that cannot be read: the message names the file and, for a line, its byte offset, and the
 * rule it breaks; it never quotes the input. The code is the one of the underlying rule ({@link SparkCodes}, the wire
 * format's or the domain's).
 */
public final class SparkInputException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param code the stable code, not null
   * @param message where and which rule, not null
   */
  public SparkInputException(String code, String message) {
    super(code, message);
  }
}
