package io.github.casework;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a command (or an event being replayed) would break a rule of an aggregate, for example closing
 * a case while a need is still open.
 *
 * <p>Carries the id of the aggregate it concerns in {@link #subject()}; ids are pseudonymous and may be logged.
 * The aggregate the command was given is unchanged.
 */
public final class RuleViolationException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /** The id of the subject whose rule was broken; see {@link #subject()}. */
  private final String subject;

  /**
   * Creates an exception.
   *
   * @param code the stable code, not null
   * @param subject the id of the aggregate (or part) the rule protects, not null
   * @param rule the rule that was broken, not null
   */
  public RuleViolationException(String code, String subject, String rule) {
    super(code, requireNonNull(subject, "subject") + ": " + requireNonNull(rule, "rule"));
    this.subject = subject;
  }

  /**
   * Returns the id of the aggregate (or part of it) whose rule was broken.
   *
   * @return the subject id, not null
   */
  public String subject() {
    return subject;
  }
}
