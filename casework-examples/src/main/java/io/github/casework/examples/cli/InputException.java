package io.github.casework.examples.cli;

import static java.util.Objects.requireNonNull;

import io.github.casework.CaseworkException;
import io.github.casework.json.CaseworkJsonException;
import java.util.Optional;

/**
 * Input the command cannot use: a file that cannot be opened, or a document or stream that is not valid. The message
 * names the file, the line and column or JSON path where known, the rule that was broken, and its stable code; it
 * never echoes the input (which may hold personal data). Exit code {@value ExitCodes#INVALID}.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;

  private InputException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  private InputException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** {@return the stable code of the rule that was broken, such as {@code json.malformed}} */
  String code() {
    return code;
  }

  /**
   * The file cannot be read at all.
   *
   * @param file the name the user gave, not null
   * @param code a stable code, such as {@code file.not-found}, not null
   * @param rule what is wrong, not null
   */
  static InputException unreadable(String file, String code, String rule) {
    return new InputException(code, file + ": " + rule + " [" + code + "]");
  }

  /**
   * The output file cannot be written: it exists (without {@code --force}), or its folder does not.
   *
   * @param file the name the user gave, not null
   * @param code a stable code, such as {@code file.exists}, not null
   * @param rule what is wrong, not null
   */
  static InputException unwritable(String file, String code, String rule) {
    return new InputException(code, file + ": " + rule + " [" + code + "]");
  }

  /**
   * The file holds something the command does not take, such as another kind of document.
   *
   * @param file the name the user gave, not null
   * @param code a stable code, not null
   * @param rule what is wrong, not null
   */
  static InputException wrongInput(String file, String code, String rule) {
    return new InputException(code, file + ": " + rule + " [" + code + "]");
  }

  /**
   * The reader rejected the document or a line of the stream.
   *
   * @param file the name the user gave, not null
   * @param e the reader's exception, not null
   */
  static InputException invalid(String file, CaseworkJsonException e) {
    StringBuilder sb = new StringBuilder(requireNonNull(file, "file"));
    if (e.line() > 0) {
      sb.append(':').append(e.line());
      if (e.column() > 0) {
        sb.append(':').append(e.column());
      }
    }
    sb.append(": ");
    if (!e.pointer().isEmpty()) {
      sb.append("at ").append(e.pointer()).append(": ");
    }
    sb.append(e.rule()).append(" [").append(e.code()).append(']');
    return new InputException(e.code(), sb.toString(), e);
  }

  /**
   * The domain rejected what was read, outside the reader (such as two cases with the same id in a snapshot).
   *
   * @param file the name the user gave, not null
   * @param where the line or JSON path, if known, not null
   * @param e the domain's exception, not null
   */
  static InputException rejected(String file, Optional<String> where, CaseworkException e) {
    return new InputException(e.code(), file + where.map(w -> ": " + w).orElse("") + ": " + e.getMessage() + " ["
        + e.code() + "]", e);
  }
}
