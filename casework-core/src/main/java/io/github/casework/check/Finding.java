package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import io.github.casework.InvalidValueException;
import java.util.Collection;
import java.util.Comparator;

/**
 * One thing the {@link CaseloadCheck} found: a stable {@link FindingCode}, a severity, the subjects it concerns
 * (in a fixed order), a plain-language explanation and a suggested next step that names whom to go to. The texts
 * hold ids, codes, agency names and dates only, never personal data. Immutable and thread-safe.
 *
 * <p>{@link #ORDER} is the order the check reports in: most severe first, then by code, subjects and text.
 *
 * @param code what was found, not null
 * @param severity how serious it is, not null
 * @param subjects the ids it concerns, at least one, sorted, not null
 * @param explanation what is wrong, in a sentence or two, not blank
 * @param nextStep what to do about it and with whom, not blank
 */
public record Finding(FindingCode code, Severity severity, ImmutableList<SubjectRef> subjects, String explanation,
    String nextStep) {

  /** The reporting order: severity descending, then code, subjects, explanation and next step. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).reversed()
      .thenComparing(Finding::code)
      .thenComparing(Finding::subjects, Ordering.<SubjectRef>natural().lexicographical())
      .thenComparing(Finding::explanation)
      .thenComparing(Finding::nextStep);

  /**
   * Validates the components.
   *
   * @param code what was found, not null
   * @param severity how serious it is, not null
   * @param subjects the ids it concerns, at least one, sorted, not null
   * @param explanation what is wrong, not blank
   * @param nextStep what to do about it, not blank
   * @throws InvalidValueException if there is no subject, the subjects are not sorted, or a text is blank
   */
  public Finding {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(subjects, "subjects");
    requireNonNull(explanation, "explanation");
    requireNonNull(nextStep, "nextStep");
    if (subjects.isEmpty()) {
      throw new InvalidValueException(CheckCodes.FINDING_NO_SUBJECT, "Finding.subjects",
          "a finding concerns at least one subject");
    }
    if (!Ordering.natural().isStrictlyOrdered(subjects)) {
      throw new InvalidValueException(CheckCodes.FINDING_SUBJECTS_UNSORTED, "Finding.subjects",
          "subjects must be distinct and sorted");
    }
    if (explanation.isBlank() || nextStep.isBlank()) {
      throw new InvalidValueException(CheckCodes.FINDING_BLANK_TEXT, "Finding.explanation", "texts must not be blank");
    }
  }

  /**
   * Returns a finding with its subjects sorted and deduplicated.
   *
   * @param code what was found, not null
   * @param severity how serious it is, not null
   * @param subjects the ids it concerns, in any order, not null
   * @param explanation what is wrong, not blank
   * @param nextStep what to do about it, not blank
   * @return the finding
   */
  public static Finding of(FindingCode code, Severity severity, Collection<SubjectRef> subjects, String explanation,
      String nextStep) {
    return new Finding(code, severity, ImmutableList.sortedCopyOf(
        subjects.stream().distinct().collect(ImmutableList.toImmutableList())), explanation, nextStep);
  }
}
