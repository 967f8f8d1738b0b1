package io.github.casework.check;

/**
 * What a rule of the {@link CaseloadCheck} must see to find what it finds, so that a check of a caseload too large
 * for one machine can be split: each client's part checked on its own, in parallel, and only what needs the whole
 * caseload checked once, in a second stage ({@link CaseloadCheck#run(Caseload, java.time.Instant, RuleScope)}).
 *
 * <p>A <em>client's part</em> of a caseload holds the client's cases and referrals and the escalations about the
 * client's cases, with every agency, professional, mandate and area of the caseload, and no signals. Clients whose
 * records point at each other (a referral of one client that names a case of another) share one part, so that
 * every referral finds its case. The check of the whole caseload then equals, as a set, the {@link #CLIENT} findings
 * of every part plus the {@link #CASELOAD} findings of the whole caseload; and the {@link #CASELOAD} rules need of
 * each part only {@link CaseloadCheck#caseloadPart(Caseload)}, plus the signals.
 */
public enum RuleScope {
  /**
   * The rule's findings about a client follow from that client's part alone: the accountability, consistency,
   * referral-network, capacity, Wgs-norm and escalation rules.
   */
  CLIENT,
  /**
   * The rule counts or compares across clients, or reads signals (which belong to no client): structural signals
   * and mandate proposals count cases of many clients. A rule that does not say otherwise is of this scope, which is
   * always right, if not always cheap.
   */
  CASELOAD
}
