package io.github.casework;

/**
 * The version a command expects its aggregate to have: any version, no version yet (the aggregate must not
 * exist), or exactly {@code n} events applied. Immutable and thread-safe.
 *
 * <p>An aggregate's version is the number of events applied to it, so a freshly opened aggregate has version 1
 * and one that does not exist yet has version 0. {@link #none()} is what creating an aggregate expects: see
 * {@link AggregateType#create}, and an event store's append to a new stream; a command on an existing aggregate
 * with {@code none()} is always a conflict.
 */
public sealed interface ExpectedVersion {

  /**
   * Returns whether an aggregate at the given version satisfies this expectation.
   *
   * @param actual the aggregate's version; 0 means the aggregate does not exist yet
   * @return true if the command may proceed
   */
  boolean matches(long actual);

  /**
   * Throws a {@link VersionConflictException} unless {@link #matches(long)}.
   *
   * @param aggregateId the aggregate's id, for the message, not null
   * @param actual the aggregate's version
   * @throws VersionConflictException if the version does not match
   */
  default void check(String aggregateId, long actual) {
    if (!matches(actual)) {
      throw new VersionConflictException(aggregateId, this, actual);
    }
  }

  /** {@return the expectation that accepts any version} */
  static ExpectedVersion any() {
    return Any.INSTANCE;
  }

  /** {@return the expectation that the aggregate does not exist yet (version 0)} */
  static ExpectedVersion none() {
    return NoneYet.INSTANCE;
  }

  /**
   * Returns the expectation of exactly this version.
   *
   * @param version the expected number of events applied, at least 1
   * @return the expectation
   * @throws InvalidValueException if the version is less than 1
   */
  static ExpectedVersion exactly(long version) {
    return new Exactly(version);
  }

  /** Accepts any version. */
  enum Any implements ExpectedVersion {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean matches(long actual) {
      return true;
    }

    @Override
    public String toString() {
      return "any";
    }
  }

  /** Accepts only an aggregate that does not exist yet. */
  enum NoneYet implements ExpectedVersion {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean matches(long actual) {
      return actual == 0;
    }

    @Override
    public String toString() {
      return "none";
    }
  }

  /**
   * Accepts exactly one version.
   *
   * @param version the expected version, at least 1
   */
  record Exactly(long version) implements ExpectedVersion {
    /**
     * Validates the version.
     *
     * @param version the expected version, at least 1
     */
    public Exactly {
      if (version < 1) {
        throw new InvalidValueException(
            CoreCodes.VERSION_INVALID, "ExpectedVersion.version", "must be at least 1");
      }
    }

    @Override
    public boolean matches(long actual) {
      return actual == version;
    }

    @Override
    public String toString() {
      return Long.toString(version);
    }
  }
}
