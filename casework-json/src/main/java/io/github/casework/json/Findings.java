package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.check.Finding;
import java.time.Instant;
import java.util.Collection;

/**
 * What the caseload check found at an instant: the content of a {@link DocumentKind#FINDINGS findings document},
 * which carries the output of {@code io.github.casework.check.CaseloadCheck#run} to a host's work list, a team
 * lead's dashboard or another agency. Each finding keeps its code, severity, subjects, explanation and next step.
 * Order is kept as given (the check reports in {@link Finding#ORDER}). Immutable and thread-safe.
 *
 * @param checkedAt the instant the check ran for, not null
 * @param findings the findings, not null
 */
public record Findings(Instant checkedAt, ImmutableList<Finding> findings) {

  /**
   * Validates the components.
   *
   * @param checkedAt the instant the check ran for, not null
   * @param findings the findings, not null
   */
  public Findings {
    requireNonNull(checkedAt, "checkedAt");
    requireNonNull(findings, "findings");
  }

  /**
   * Returns the findings of a check.
   *
   * @param checkedAt the instant the check ran for, not null
   * @param findings the findings, in the order to report them, not null
   * @return the findings
   */
  public static Findings of(Instant checkedAt, Collection<Finding> findings) {
    return new Findings(checkedAt, ImmutableList.copyOf(findings));
  }
}
