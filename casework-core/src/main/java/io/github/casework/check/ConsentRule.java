package io.github.casework.check;

import io.github.casework.referral.ConsentWithdrawal;
import io.github.casework.referral.Referral;
import java.util.List;

/**
 * Reports every open referral that still rests on a consent the client withdrew for its agency and life domain
 * ({@link io.github.casework.referral.ConsentRegister#stillResting}), with the step to stop sharing: at the
 * referring agency, record another basis while a draft, or cancel. The withdrawals come from the check's
 * {@link CaseloadCheck#consents() register}.
 */
final class ConsentRule implements Rule {
  @Override
  public void check(CheckRun run) {
    if (run.check.consents().withdrawals().isEmpty()) {
      return;
    }
    for (Referral r : run.check.consents().stillResting(run.caseload.referrals(), run.at)) {
      ConsentWithdrawal w = run.check.consents().ending(r, run.at)
          .orElseThrow(() -> new AssertionError("bug: a referral resting on a withdrawn consent has no withdrawal"));
      AgencyRef to = run.agency(r.to());
      run.add(Severity.ERROR, List.of(SubjectRef.client(r.client()), SubjectRef.of(r.id()), SubjectRef.of(r.to())),
          new Facts.SharedAfterWithdrawal(r.client(), r.id(), to, r.domain(), r.status(), run.date(w.at())),
          new NextStep.RecordBasisOrCancel(run.agency(r.from()), r.id()));
    }
  }
}
