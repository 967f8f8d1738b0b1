package io.github.casework.check;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rules of a {@link Caseload}, the {@link CaseloadCheck} and its {@link Finding}s, as
 * carried by {@link io.github.casework.CaseworkException#code()}. These are error codes; the codes of what the
 * check finds are the {@link FindingCode}s. Codes never change meaning between releases.
 */
public final class CheckCodes {
  /** An id occurs twice within one list of a caseload, or a case is given two areas. */
  public static final String CASELOAD_DUPLICATE_ID = "caseload.duplicate-id";
  /** The instant a check judges at falls outside the years 0001 to 9999 in the norms' zone. */
  public static final String AT_OUT_OF_RANGE = "check.at-out-of-range";
  /** The check's ping-pong threshold is less than 1 return. */
  public static final String THRESHOLD = "check.threshold";
  /** A finding concerns no subject. */
  public static final String FINDING_NO_SUBJECT = "finding.no-subject";
  /** A finding's subjects are not distinct and sorted. */
  public static final String FINDING_SUBJECTS_UNSORTED = "finding.subjects-unsorted";
  /** A finding's explanation or next step is blank. */
  public static final String FINDING_BLANK_TEXT = "finding.blank-text";
  /**
   * A finding's facts or next step break a rule of their kind: a blank agency name, a count that does not match,
   * hand-offs out of order, a cycle that does not close.
   */
  public static final String FINDING_FACTS_INVALID = "finding.facts-invalid";
  /** A code names no known finding code. */
  public static final String FINDING_UNKNOWN_CODE = "finding.unknown-code";
  /** A code names no known severity. */
  public static final String SEVERITY_UNKNOWN = "severity.unknown";
  /** A subject reference has a blank id. */
  public static final String SUBJECT_BLANK = "subject.blank";
  /** A subject reference to a need does not name it as {@code caseId/needId}. */
  public static final String SUBJECT_NEED_UNQUALIFIED = "subject.need-unqualified";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(CASELOAD_DUPLICATE_ID, "An id occurs twice within one list of a caseload, or a case is given two areas."),
      code(AT_OUT_OF_RANGE, "The instant a check judges at falls outside the years 0001 to 9999 in the norms' zone."),
      code(THRESHOLD, "The check's ping-pong threshold is less than 1 return."),
      code(FINDING_NO_SUBJECT, "A finding concerns no subject."),
      code(FINDING_SUBJECTS_UNSORTED, "A finding's subjects are not distinct and sorted."),
      code(FINDING_BLANK_TEXT, "A finding's explanation or next step is blank."),
      code(FINDING_FACTS_INVALID, "A finding's facts or next step break a rule of their kind: a blank agency name, a "
          + "count that does not match, hand-offs out of order, a cycle that does not close."),
      code(FINDING_UNKNOWN_CODE, "A code names no known finding code."),
      code(SEVERITY_UNKNOWN, "A code names no known severity."),
      code(SUBJECT_BLANK, "A subject reference has a blank id."),
      code(SUBJECT_NEED_UNQUALIFIED, "A subject reference to a need does not name it as caseId/needId."));

  private CheckCodes() {}

  /**
   * Returns every code of this class with the rule it stands for, in declaration order; the
   * {@link io.github.casework.ErrorCatalogue} joins these lists.
   *
   * @return the codes, immutable
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, CheckCodes.class.getPackageName());
  }
}
