package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One thing the {@link CaseloadCheck} found, as structure: a severity, the subjects it concerns (in a fixed
 * order), the {@link Facts} of what was found (which fix its {@link #code()}) and the {@link NextStep} to take.
 * It holds no sentences: a {@link FindingText} renders the explanation and the next step in Dutch or English when
 * they are read. It holds ids, codes, agency names and dates only, never personal data. Immutable and thread-safe.
 *
 * <p>{@link #ORDER} is the order the check reports in: most severe first, then by code, subjects, facts and next
 * step.
 *
 * @param severity how serious it is, not null
 * @param subjects the ids it concerns, at least one, sorted, not null
 * @param facts what was found, not null
 * @param nextStep what to do about it and with whom, not null
 */
public record Finding(Severity severity, ImmutableList<SubjectRef> subjects, Facts facts, NextStep nextStep) {

  /**
   * The reporting order: severity descending, then code, subjects, and (for findings equal in all of these) the
   * text forms of the facts and of the next step.
   */
  public static final Comparator<Finding> ORDER = Finding::compareForReport;

  /**
   * Validates the components.
   *
   * @param severity how serious it is, not null
   * @param subjects the ids it concerns, at least one, sorted, not null
   * @param facts what was found, not null
   * @param nextStep what to do about it, not null
   * @throws InvalidValueException if there is no subject or the subjects are not sorted
   */
  public Finding {
    requireNonNull(severity, "severity");
    requireNonNull(subjects, "subjects");
    requireNonNull(facts, "facts");
    requireNonNull(nextStep, "nextStep");
    checkSubjects(subjects);
  }

  /**
   * Checks the rule a finding's subjects keep, for types that carry a finding in another form (such as a findings
   * document's text-only entry): at least one, distinct and sorted.
   *
   * @param subjects the subjects, not null
   * @throws InvalidValueException if there is no subject ({@link CheckCodes#FINDING_NO_SUBJECT}) or the subjects
   *     are not distinct and sorted ({@link CheckCodes#FINDING_SUBJECTS_UNSORTED})
   */
  public static void checkSubjects(List<SubjectRef> subjects) {
    if (subjects.isEmpty()) {
      throw new InvalidValueException(CheckCodes.FINDING_NO_SUBJECT, "Finding.subjects",
          "a finding concerns at least one subject");
    }
    if (!isStrictlyOrdered(subjects)) {
      throw new InvalidValueException(CheckCodes.FINDING_SUBJECTS_UNSORTED, "Finding.subjects",
          "subjects must be distinct and sorted");
    }
  }

  /**
   * Returns a finding with its subjects sorted and deduplicated.
   *
   * @param severity how serious it is, not null
   * @param subjects the ids it concerns, in any order, not null
   * @param facts what was found, not null
   * @param nextStep what to do about it, not null
   * @return the finding
   * @throws InvalidValueException if there is no subject
   */
  public static Finding of(Severity severity, Collection<SubjectRef> subjects, Facts facts, NextStep nextStep) {
    // One array, sorted (ImmutableList.sortedCopyOf keeps the array it sorts) and deduplicated by neighbours only
    // if a subject repeats: the check makes a finding per stale referral, and a stream's distinct() (a hash set per
    // finding) and a sorted copy were a quarter of its allocation.
    ImmutableList<SubjectRef> refs = ImmutableList.sortedCopyOf(subjects);
    for (int i = 1; i < refs.size(); i++) {
      if (refs.get(i).equals(refs.get(i - 1))) {
        refs = ImmutableList.copyOf(new LinkedHashSet<>(refs));
        break;
      }
    }
    return new Finding(severity, refs, facts, nextStep);
  }

  /** The strict order by index: the check sorts every finding by {@link #ORDER}, an iterator per call adds up. */
  private static boolean isStrictlyOrdered(List<SubjectRef> subjects) {
    for (int i = 1; i < subjects.size(); i++) {
      if (subjects.get(i - 1).compareTo(subjects.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #ORDER} written out: a chain of key-extracting comparators (and a lexicographical ordering that makes two
   * iterators per comparison) took a tenth of the check's time on a large caseload, sorting its findings.
   */
  private static int compareForReport(Finding a, Finding b) {
    int c = b.severity.compareTo(a.severity);
    if (c != 0) {
      return c;
    }
    c = a.code().compareTo(b.code());
    return c != 0 ? c : compareAfterCode(a, b);
  }

  /** {@link #ORDER} for two findings of the same severity and code: subjects, then the facts' and step's texts. */
  static int compareAfterCode(Finding a, Finding b) {
    ImmutableList<SubjectRef> x = a.subjects;
    ImmutableList<SubjectRef> y = b.subjects;
    int common = Math.min(x.size(), y.size());
    int c;
    for (int i = 0; i < common; i++) {
      c = x.get(i).compareTo(y.get(i));
      if (c != 0) {
        return c;
      }
    }
    c = Integer.compare(x.size(), y.size());
    if (c != 0) {
      return c;
    }
    c = a.facts.toString().compareTo(b.facts.toString());
    return c != 0 ? c : a.nextStep.toString().compareTo(b.nextStep.toString());
  }

  /** {@return what was found: the code its facts fix} */
  public FindingCode code() {
    return facts.code();
  }
}
