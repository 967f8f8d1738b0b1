package io.github.casework;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a value (an id, a score, a BSN, a duration) does not satisfy the rules of its type.
 *
 * <p>Carries the {@link #field()} that was rejected, such as {@code CaseId.value} or {@code Bsn.value}. The
 * message states the rule, never the rejected input, because that input may be personal data.
 */
public final class InvalidValueException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /** The field whose value was rejected; see {@link #field()}. */
  private final String field;

  /**
   * Creates an exception.
   *
   * @param code the stable code, not null
   * @param field the type and component that was rejected, not null
   * @param rule the rule that was broken, without the rejected value, not null
   */
  public InvalidValueException(String code, String field, String rule) {
    super(code, requireNonNull(field, "field") + ": " + requireNonNull(rule, "rule"));
    this.field = field;
  }

  /**
   * Returns the field that was rejected, as {@code Type.component}.
   *
   * @return the field, not null
   */
  public String field() {
    return field;
  }
}
