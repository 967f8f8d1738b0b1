package io.github.casework.escalation;

import static java.util.Objects.requireNonNull;

import io.github.casework.LifeDomain;
import io.github.casework.id.CaseId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import java.util.Optional;

/**
 * What an escalation is about: a need in a case, its life domain, and the referral that blocks it, if any. The
 * escalation refers to the case and the referral by id only; it never holds them. Immutable and thread-safe.
 *
 * @param caseId the case that holds the need, not null
 * @param need the blocked need, not null
 * @param domain the need's life domain, not null
 * @param blockingReferral the referral whose refusal or delay blocks the need, if any, not null
 */
public record EscalationSubject(CaseId caseId, NeedId need, LifeDomain domain,
    Optional<ReferralId> blockingReferral) {

  /**
   * Validates the components.
   *
   * @param caseId the case that holds the need, not null
   * @param need the blocked need, not null
   * @param domain the need's life domain, not null
   * @param blockingReferral the referral whose refusal or delay blocks the need, if any, not null
   */
  public EscalationSubject {
    requireNonNull(caseId, "caseId");
    requireNonNull(need, "need");
    requireNonNull(domain, "domain");
    requireNonNull(blockingReferral, "blockingReferral");
  }

  /**
   * Returns a subject without a blocking referral.
   *
   * @param caseId the case, not null
   * @param need the need, not null
   * @param domain the need's life domain, not null
   * @return the subject
   */
  public static EscalationSubject need(CaseId caseId, NeedId need, LifeDomain domain) {
    return new EscalationSubject(caseId, need, domain, Optional.empty());
  }

  /**
   * Returns this subject with the referral that blocks the need.
   *
   * @param referral the blocking referral, not null
   * @return a subject naming the referral
   */
  public EscalationSubject blockedBy(ReferralId referral) {
    return new EscalationSubject(caseId, need, domain, Optional.of(requireNonNull(referral, "referral")));
  }
}
