package io.github.casework.id;

/**
 * Identifies a case (casus): one client's file at one agency. A vendor-supplied string of 1 to 64 characters from {@code [A-Za-z0-9._:-]}, starting with a
 * letter or digit. Ordered by its text. Immutable and thread-safe.
 *
 * @param value the id text, not null
 */
public record CaseId(String value) implements AggregateId, Comparable<CaseId> {

  /**
   * Validates the value.
   *
   * @param value the id text, not null
   * @throws io.github.casework.InvalidValueException if the value breaks the id rule
   */
  public CaseId {
    value = IdRules.check("CaseId", value);
  }

  /**
   * Returns the id with this text, holding the text's canonical ({@link String#intern interned}) instance, so that
   * ids read many times from a file share one string; the constructor does not intern.
   *
   * @param value the id text, not null
   * @return the id
   * @throws io.github.casework.InvalidValueException if the value breaks the id rule
   */
  public static CaseId of(String value) {
    return new CaseId(IdRules.canonical("CaseId", value));
  }

  @Override
  public int compareTo(CaseId other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns whether the other object is an id of this kind with the same text: the record's own equality, written
   * out so that it compares by identity first and needs no method handle (ids are compared on every command).
   */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof CaseId other && value.equals(other.value));
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
