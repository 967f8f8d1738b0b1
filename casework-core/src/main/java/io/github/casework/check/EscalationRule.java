package io.github.casework.check;

import io.github.casework.escalation.BeyondMandateStep;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.MandatePolicy;
import io.github.casework.party.Professional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Escalations (opschaling): steps beyond the raiser's mandate that the own manager has not heard of within the norm
 * ({@link io.github.casework.norm.ServiceNorms#informManager()}, two working days by default), and open escalations
 * without an answer at their level within the norm. Each escalation is judged by the mandate it recorded when it was
 * raised (the mandate then in force), not by the caseload's table of today.
 */
final class EscalationRule implements Rule {
  @Override
  public RuleScope scope() {
    return RuleScope.CLIENT;
  }

  @Override
  public void check(CheckRun run) {
    for (Escalation e : run.caseload.escalations()) {
      Optional<Professional> raiser = run.professional(e.raisedBy());
      uninformed(run, e);
      if (!e.isResolved()) {
        stalled(run, e, raiser);
      }
    }
  }

  /** A step beyond the mandate whose word to the own manager is overdue at the check's instant. */
  private static void uninformed(CheckRun run, Escalation e) {
    if (!e.isInformManagerOverdue(run.norms, run.at)) {
      return;
    }
    BeyondMandateStep first = e.beyondMandateSteps().get(0);
    Mandate mandate = first.mandate();
    AgencyRef own = run.agency(mandate.agency());
    run.add(Severity.WARNING,
        List.of(SubjectRef.of(e.id()), SubjectRef.of(e.raisedBy()), SubjectRef.of(e.subject().caseId())),
        new Facts.BeyondMandate(e.id(), e.subject().caseId(), e.raisedBy(), first.level(),
            run.agency(e.target().agency()), run.date(first.at()), mandate.role(), own, mandate.highestDirect(),
            Optional.of(first.reason()), e.informManagerDueDate(run.norms)),
        new NextStep.InformManager(e.raisedBy(), own, e.id()));
  }

  private static void stalled(CheckRun run, Escalation e, Optional<Professional> raiser) {
    Instant since = e.steps().isEmpty() ? e.raisedAt() : e.steps().get(e.steps().size() - 1).at();
    Instant due = run.norms.deadline(run.norms.escalationStepResponse()).dueFrom(since);
    if (!run.at.isAfter(due)) {
      return;
    }
    Optional<LadderLevel> current = e.currentLevel();
    Optional<LadderLevel> next = current.isEmpty() ? Optional.of(LadderLevel.FRONTLINE_OFFICIAL)
        : current.get().next();
    AgencyRef target = run.agency(e.target().agency());
    NextStep step;
    if (next.isEmpty()) {
      step = new NextStep.RaiseGapSignal(raiser.map(p -> run.agency(p.agency())), e.id());
    } else {
      // Only a strict mandate sends the professional via the own manager; under an advisory one she may go herself
      // and owes the manager word of it afterwards.
      boolean direct = e.mandate().policy() == MandatePolicy.ADVISORY || e.mandate().allowsDirect(next.get())
          || e.isManagerInformed();
      step = new NextStep.Escalate(target, next.get(), e.reason(), !direct);
    }
    run.add(Severity.WARNING,
        List.of(SubjectRef.of(e.id()), SubjectRef.of(e.subject().caseId()), SubjectRef.of(e.target().agency())),
        new Facts.StalledEscalation(e.id(), e.subject().caseId(), e.reason(), current, target, run.date(since),
            run.dueDate(due)), step);
  }
}
