package io.github.casework.check;

/**
 * One concern of the caseload check: it reads the run's snapshot and adds the findings of its concern. A rule
 * keeps no state between runs.
 *
 * <p>To add a kind of finding: a {@link FindingCode}; a {@link Facts} record whose {@code code()} is it; a
 * {@link NextStep} record if no existing kind of step fits (with a {@code KIND}); the rule here, added to
 * {@code CaseloadCheck.RULES} (or to the class of its concern); the texts in {@code FindingText_en.properties} and
 * {@code FindingText_nl.properties} and their branches in {@link FindingText}; a sample in the test-support
 * {@code FindingSamples}; and the wire shape in casework-json ({@code Shapes.FACTS}, {@code Shapes.NEXT_STEP},
 * {@code findings.schema.json}). The tests of {@code FindingTextTest} and the golden vectors fail until every
 * part is there.
 */
interface Rule {
  /**
   * Adds the findings of this rule's concern to the run.
   *
   * @param run the run, not null
   */
  void check(CheckRun run);
}
