package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One attempt of the municipality to reach the resident about an outreach case (contactpoging): how, on which day
 * and, where recorded, in which part of the day, and whether it reached the resident. Immutable and thread-safe.
 *
 * @param kind how the attempt was made, not null
 * @param reached whether it reached the resident
 * @param on the day of the attempt, not null
 * @param partOfDay the part of the day, if recorded, not null
 */
public record ContactAttempt(ContactKind kind, boolean reached, LocalDate on, Optional<PartOfDay> partOfDay) {

  /**
   * Validates the components.
   *
   * @param kind how the attempt was made, not null
   * @param reached whether it reached the resident
   * @param on the day of the attempt, not null
   * @param partOfDay the part of the day, if recorded, not null
   */
  public ContactAttempt {
    requireNonNull(kind, "kind");
    requireNonNull(on, "on");
    requireNonNull(partOfDay, "partOfDay");
  }

  /**
   * Returns an attempt with its part of the day.
   *
   * @param kind how the attempt was made, not null
   * @param reached whether it reached the resident
   * @param on the day, not null
   * @param partOfDay the part of the day, not null
   * @return the attempt
   */
  public static ContactAttempt of(ContactKind kind, boolean reached, LocalDate on, PartOfDay partOfDay) {
    return new ContactAttempt(kind, reached, on, Optional.of(partOfDay));
  }
}
