package io.github.casework.check;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.referral.Referral;
import java.util.List;

/** Stored data that disagree across systems: a referral of an unknown need, a closed case with an open referral. */
final class ConsistencyRule implements Rule {
  @Override
  public RuleScope scope() {
    return RuleScope.CLIENT;
  }

  @Override
  public void check(CheckRun run) {
    for (Referral r : run.caseload.referrals()) {
      Case c = run.findCase(r.caseId()).orElse(null);
      if (c == null) {
        continue;
      }
      if (c.findNeed(r.need()).isEmpty()) {
        AgencyRef holder = run.agency(c.agency());
        run.add(Severity.WARNING, List.of(SubjectRef.of(r.id()), SubjectRef.of(c.id())),
            new Facts.UnknownNeed(r.id(), c.id(), r.need(), holder), new NextStep.CorrectRecords(holder, r.id()));
      } else if (c.status() == CaseStatus.CLOSED && r.isOpen()) {
        AgencyRef to = run.agency(r.to());
        run.add(Severity.ERROR,
            List.of(SubjectRef.of(c.id()), SubjectRef.of(r.id()), SubjectRef.need(c.id(), r.need())),
            new Facts.ClosedWithOpenReferral(c.id(), r.id(), r.need(), to, r.status()),
            new NextStep.CloseLoop(to, r.id()));
      }
    }
  }
}
