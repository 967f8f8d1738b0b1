package io.github.casework.id;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;

/**
 * Identifies a professional working at an agency. A vendor-supplied string of 1 to 64 characters from {@code [A-Za-z0-9._:-]}, starting with a
 * letter or digit. Ordered by its text. Immutable and thread-safe.
 *
 * @param value the id text, not null
 */
public record ProfessionalId(String value) implements Comparable<ProfessionalId> {
  /** Weak: an id nobody refers to any more is dropped. */
  private static final Interner<ProfessionalId> SHARED = Interners.newWeakInterner();

  /**
   * Validates the value.
   *
   * @param value the id text, not null
   * @throws io.github.casework.InvalidValueException if the value breaks the id rule
   */
  public ProfessionalId {
    value = IdRules.check("ProfessionalId", value);
  }

  /**
   * Returns the id with this text: a shared instance while one is in use (a caseload names few professionals many
   * times), so do not synchronize on it or compare it by identity.
   *
   * @param value the id text, not null
   * @return the id
   * @throws io.github.casework.InvalidValueException if the value breaks the id rule
   */
  public static ProfessionalId of(String value) {
    return SHARED.intern(new ProfessionalId(IdRules.canonical("ProfessionalId", value)));
  }

  @Override
  public int compareTo(ProfessionalId other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns whether the other object is an id of this kind with the same text: the record's own equality, written
   * out so that it compares by identity first and needs no method handle (ids are compared on every command).
   */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof ProfessionalId other && value.equals(other.value));
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
