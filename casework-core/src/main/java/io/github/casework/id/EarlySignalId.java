package io.github.casework.id;

/**
 * Identifies an early signal (vroegsignaal) of payment arrears, as the signalling partner numbered it. A vendor-supplied string of 1 to 64 characters from {@code [A-Za-z0-9._:-]}, starting with a
 * letter or digit. Ordered by its text. Immutable and thread-safe.
 *
 * @param value the id text, not null
 */
public record EarlySignalId(String value) implements Comparable<EarlySignalId> {

  /**
   * Validates the value.
   *
   * @param value the id text, not null
   * @throws io.github.casework.InvalidValueException if the value breaks the id rule
   */
  public EarlySignalId {
    IdRules.check("EarlySignalId", value);
  }

  /**
   * Returns the id with this text, holding the text's canonical ({@link String#intern interned}) instance, so that
   * ids read many times from a file share one string; the constructor does not intern.
   *
   * @param value the id text, not null
   * @return the id
   * @throws io.github.casework.InvalidValueException if the value breaks the id rule
   */
  public static EarlySignalId of(String value) {
    return new EarlySignalId(IdRules.canonical("EarlySignalId", value));
  }

  @Override
  public int compareTo(EarlySignalId other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns whether the other object is an id of this kind with the same text: the record's own equality, written
   * out so that it compares by identity first and needs no method handle (ids are compared on every command).
   */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof EarlySignalId other && value.equals(other.value));
  }

  /** {@return the hash of the id text, as the record's own hash is for its one component} */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the id text, so that {@code of(id.toString())} equals {@code id}. */
  @Override
  public String toString() {
    return value;
  }
}
