package io.github.casework.check;

import io.github.casework.casefile.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Needs nobody effectively holds (tussen wal en schip): see {@link Caseload#orphanedNeeds()}. */
final class AccountabilityRule implements Rule {
  @Override
  public RuleScope scope() {
    return RuleScope.CLIENT;
  }

  @Override
  public void check(CheckRun run) {
    for (OrphanedNeed f : run.caseload.orphanedNeeds()) {
      List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(f.client()), SubjectRef.of(f.caseId()),
          SubjectRef.need(f.caseId(), f.need()), SubjectRef.of(f.accountable())));
      f.referral().ifPresent(r -> subjects.add(SubjectRef.of(r)));
      Optional<AgencyRef> holder = run.findCase(f.caseId()).map(Case::agency).map(run::agency);
      run.add(Severity.CRITICAL, subjects, new Facts.Orphaned(f, holder),
          new NextStep.AssignAccountable(holder, f.need()));
    }
  }
}
