package io.github.casework;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a command states an {@link ExpectedVersion} that the aggregate does not have: another change was
 * made since the caller read it (optimistic concurrency). The code is always {@value #CODE}.
 */
public final class VersionConflictException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /** The code of every version conflict: {@link CoreCodes#VERSION_CONFLICT}. */
  public static final String CODE = CoreCodes.VERSION_CONFLICT;

  /** The aggregate whose version did not match. */
  private final String aggregateId;
  /** The version the command expected. */
  private final ExpectedVersion expected;
  /** The version the aggregate had. */
  private final long actual;

  /**
   * Creates an exception.
   *
   * @param aggregateId the id of the aggregate, not null
   * @param expected the version the command expected, not null
   * @param actual the version the aggregate has
   */
  public VersionConflictException(String aggregateId, ExpectedVersion expected, long actual) {
    super(CODE, requireNonNull(aggregateId, "aggregateId") + ": expected version "
        + requireNonNull(expected, "expected") + " but the aggregate is at version " + actual);
    this.aggregateId = aggregateId;
    this.expected = expected;
    this.actual = actual;
  }

  /** {@return the id of the aggregate whose version did not match} */
  public String aggregateId() {
    return aggregateId;
  }

  /** {@return the version the command expected} */
  public ExpectedVersion expected() {
    return expected;
  }

  /** {@return the version the aggregate actually has} */
  public long actual() {
    return actual;
  }
}
