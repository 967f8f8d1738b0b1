package io.github.casework.directory;

import io.github.casework.CaseworkException;

/**
 * Thrown when an eligibility rule's text is not a rule of the language (see the package description): one line
 * naming the 1-based {@link #position()} of the first character that does not fit and what the grammar expects
 * there. The message describes what was found (a word, a number, a symbol of the language, the end) and never
 * quotes the text, which a directory's author may have filled with anything.
 */
public final class EligibilitySyntaxException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /** The 1-based position of the character where the text stops being a rule; see {@link #position()}. */
  private final int position;

  /**
   * Creates an exception.
   *
   * @param code the stable code, one of the {@code eligibility.*} codes of {@link DirectoryCodes}, not null
   * @param position the 1-based position in the text, at least 1
   * @param rule what the grammar expects there and a description of what was found, not null
   */
  public EligibilitySyntaxException(String code, int position, String rule) {
    super(code, "eligibility rule, position " + position + ": " + rule);
    this.position = position;
  }

  /** {@return the 1-based position of the character where the text stops being a rule} */
  public int position() {
    return position;
  }
}
