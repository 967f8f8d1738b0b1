package io.github.casework.check;

import io.github.casework.referral.Capacity;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralStatus;
import java.util.List;

/**
 * Referrals sent to a service that had said, when asked before sending, that it has no capacity (and keeps no
 * waiting list), while the service has not answered yet: the client is likely to wait for a refusal.
 */
final class CapacityRule implements Rule {
  @Override
  public RuleScope scope() {
    return RuleScope.CLIENT;
  }

  @Override
  public void check(CheckRun run) {
    for (Referral r : run.caseload.referrals()) {
      if (r.capacity().filter(c -> c == Capacity.NO).isPresent()
          && (r.status() == ReferralStatus.SENT || r.status() == ReferralStatus.RECEIVED)) {
        AgencyRef to = run.agency(r.to());
        run.add(Severity.WARNING, List.of(SubjectRef.client(r.client()), SubjectRef.of(r.id()), SubjectRef.of(r.to())),
            new Facts.SentWithoutCapacity(r.client(), r.id(), to, r.service(), run.date(r.sentAt().orElseThrow())),
            new NextStep.ReconsiderReferral(to, r.id()));
      }
    }
  }
}
