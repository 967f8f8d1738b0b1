package io.github.casework;

import static java.util.Objects.requireNonNull;

/**
 * The root of every exception this library throws for input or commands that the domain forbids.
 *
 * <p>Each instance carries a stable, machine-readable {@link #code()} (lower-case words separated by dots and
 * hyphens, such as {@code case.need-still-open}) that callers may switch on; codes never change meaning
 * between releases, and {@link ErrorCatalogue} lists them all with the rule each stands for. The message quotes the rule that was broken and names the field or subject id, but it
 * never contains personal data (names, BSNs, addresses) nor echoes the rejected input verbatim.
 *
 * <p>A rejected command leaves the aggregate it was given unchanged: aggregates are immutable.
 */
public class CaseworkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stable machine-readable code; see {@link #code()}. */
  private final String code;

  /**
   * Creates an exception.
   *
   * @param code the stable machine-readable code, not null
   * @param message the rule that was broken, without personal data, not null
   */
  public CaseworkException(String code, String message) {
    super(requireNonNull(message, "message"));
    this.code = requireNonNull(code, "code");
  }

  /**
   * Returns the stable machine-readable code of the rule that was broken.
   *
   * @return the code, never blank
   */
  public final String code() {
    return code;
  }
}
