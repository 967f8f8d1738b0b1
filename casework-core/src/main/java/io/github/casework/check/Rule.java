package io.github.casework.check;

/**
 * One concern of the caseload check: it reads the run's snapshot and adds the findings of its concern. A rule
 * keeps no state between runs.
 */
interface Rule {
  /**
   * Adds the findings of this rule's concern to the run.
   *
   * @param run the run, not null
   */
  void check(CheckRun run);
}
