package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.FindingText;
import io.github.casework.check.Severity;
import io.github.casework.check.SubjectRef;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * What the caseload check found at an instant: the content of a {@link DocumentKind#FINDINGS findings document},
 * which carries the output of {@code io.github.casework.check.CaseloadCheck#run} to a host's work list, a team
 * lead's dashboard or another agency. Each entry keeps the finding's code, severity, subjects and its texts (an
 * explanation and a next step, rendered in one language for readers that only show text); an entry written from a
 * {@link Finding} also keeps the finding itself — its facts and structured next step — so reading it back gives an
 * equal finding. Documents written before the structure existed read as {@link Entry.TextOnly} entries. Order is
 * kept as given (the check reports in {@link Finding#ORDER}). Immutable and thread-safe.
 *
 * @param checkedAt the instant the check ran for, not null
 * @param entries the findings, not null
 */
public record Findings(Instant checkedAt, ImmutableList<Entry> entries) {

  /**
   * Validates the components.
   *
   * @param checkedAt the instant the check ran for, not null
   * @param entries the findings, not null
   */
  public Findings {
    requireNonNull(checkedAt, "checkedAt");
    requireNonNull(entries, "entries");
  }

  /**
   * Returns the findings of a check with English texts.
   *
   * @param checkedAt the instant the check ran for, not null
   * @param findings the findings, in the order to report them, not null
   * @return the findings
   */
  public static Findings of(Instant checkedAt, Collection<Finding> findings) {
    return of(checkedAt, findings, FindingText.english());
  }

  /**
   * Returns the findings of a check with texts in the language of {@code text}.
   *
   * @param checkedAt the instant the check ran for, not null
   * @param findings the findings, in the order to report them, not null
   * @param text renders the texts, not null
   * @return the findings
   */
  public static Findings of(Instant checkedAt, Collection<Finding> findings, FindingText text) {
    requireNonNull(text, "text");
    return new Findings(checkedAt, findings.stream().map(f -> (Entry) new Entry.Structured(f, text.render(f)))
        .collect(ImmutableList.toImmutableList()));
  }

  /** {@return the structured findings of the entries that carry them, in order} */
  public ImmutableList<Finding> findings() {
    return entries.stream().map(Entry::structure).flatMap(Optional::stream)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * One finding of a findings document: its code, severity, subjects and texts, and — when it was written from a
   * {@link Finding} — the finding itself. Immutable and thread-safe.
   */
  public sealed interface Entry {
    /** {@return what was found} */
    FindingCode code();

    /** {@return how serious it is} */
    Severity severity();

    /** {@return the ids it concerns, at least one, sorted} */
    ImmutableList<SubjectRef> subjects();

    /** {@return the explanation and the next step, as text} */
    FindingText.Rendered text();

    /** {@return the finding with its facts and structured next step, if the entry carries them} */
    Optional<Finding> structure();

    /**
     * An entry that carries its finding: code, severity and subjects are the finding's.
     *
     * @param finding the finding, not null
     * @param text its texts, not null
     */
    record Structured(Finding finding, FindingText.Rendered text) implements Entry {
      /**
       * Validates the components.
       *
       * @param finding the finding, not null
       * @param text its texts, not null
       */
      public Structured {
        requireNonNull(finding, "finding");
        requireNonNull(text, "text");
      }

      @Override
      public FindingCode code() {
        return finding.code();
      }

      @Override
      public Severity severity() {
        return finding.severity();
      }

      @Override
      public ImmutableList<SubjectRef> subjects() {
        return finding.subjects();
      }

      @Override
      public Optional<Finding> structure() {
        return Optional.of(finding);
      }
    }

    /**
     * An entry of text only, as documents written before findings had structure carry them.
     *
     * @param code what was found, not null
     * @param severity how serious it is, not null
     * @param subjects the ids it concerns, at least one, sorted, not null
     * @param text the explanation and next step, not null
     */
    record TextOnly(FindingCode code, Severity severity, ImmutableList<SubjectRef> subjects, FindingText.Rendered text)
        implements Entry {
      /**
       * Validates the components.
       *
       * @param code what was found, not null
       * @param severity how serious it is, not null
       * @param subjects the ids it concerns, at least one, sorted, not null
       * @param text the explanation and next step, not null
       * @throws InvalidValueException if there is no subject or the subjects are not sorted
       */
      public TextOnly {
        requireNonNull(code, "code");
        requireNonNull(severity, "severity");
        requireNonNull(subjects, "subjects");
        requireNonNull(text, "text");
        Finding.checkSubjects(subjects);
      }

      @Override
      public Optional<Finding> structure() {
        return Optional.empty();
      }
    }
  }
}
