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
 * part is there. A rule that needs only one client's part of the caseload says so with {@link #scope()}, and a
 * caseload-wide rule that reads only some aggregates with {@link #reads}, so that a check split by client (such as
 * casework-spark's) runs it where it belongs; {@code RuleScopeProperties} fails if a declaration is wrong.
 */
interface Rule {
  /**
   * Adds the findings of this rule's concern to the run.
   *
   * @param run the run, not null
   */
  void check(CheckRun run);

  /**
   * Returns what the rule must see; see {@link RuleScope}. A rule that reads only one client's part declares
   * {@link RuleScope#CLIENT}; the default is the scope that is right for any rule.
   *
   * @return the scope
   */
  default RuleScope scope() {
    return RuleScope.CASELOAD;
  }

  /**
   * Returns, for a {@link RuleScope#CASELOAD} rule, the part of a client's part of the caseload the rule reads: its
   * cases, referrals and escalations that the rule may need (agencies, professionals, mandates and areas are kept
   * whole). The default keeps everything, which is always right; a rule that reads less says so, and less is
   * gathered for the check of the whole caseload.
   *
   * @param clientPart a client's part of a caseload, not null
   * @return the part of it the rule reads
   */
  default Caseload reads(Caseload clientPart) {
    return clientPart;
  }
}
