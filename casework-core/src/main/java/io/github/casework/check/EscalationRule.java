package io.github.casework.check;

import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Step;
import io.github.casework.party.Professional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Escalations (opschaling): steps above the raiser's mandate (per the caseload's mandate table) without the own
 * manager routed or informed first, and open escalations without an answer at their level within the norm.
 */
final class EscalationRule implements Rule {
  @Override
  public void check(CheckRun run) {
    for (Escalation e : run.caseload.escalations()) {
      Optional<Professional> raiser = run.professional(e.raisedBy());
      raiser.ifPresent(p -> beyondMandate(run, e, p));
      if (!e.isResolved()) {
        stalled(run, e, raiser);
      }
    }
  }

  private static void beyondMandate(CheckRun run, Escalation e, Professional raiser) {
    Mandate mandate = run.caseload.mandates().mandateOf(raiser);
    for (Step step : e.steps()) {
      boolean informedBefore = e.managerInformedAt().filter(i -> !i.isAfter(step.at())).isPresent();
      if (!mandate.permits(step.level(), e.route(), informedBefore)) {
        AgencyRef own = run.agency(raiser.agency());
        run.add(Severity.WARNING,
            List.of(SubjectRef.of(e.id()), SubjectRef.of(e.raisedBy()), SubjectRef.of(e.subject().caseId())),
            new Facts.BeyondMandate(e.id(), e.subject().caseId(), e.raisedBy(), step.level(),
                run.agency(e.target().agency()), run.date(step.at()), raiser.role(), own, mandate.highestDirect()),
            new NextStep.InformManager(e.raisedBy(), own, e.id()));
        return;
      }
    }
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
      boolean direct = raiser.isEmpty() || run.caseload.mandates().mandateOf(raiser.get()).allowsDirect(next.get())
          || e.isManagerInformed();
      step = new NextStep.Escalate(target, next.get(), e.reason(), !direct);
    }
    run.add(Severity.WARNING,
        List.of(SubjectRef.of(e.id()), SubjectRef.of(e.subject().caseId()), SubjectRef.of(e.target().agency())),
        new Facts.StalledEscalation(e.id(), e.subject().caseId(), e.reason(), current, target, run.date(since),
            run.dueDate(due)), step);
  }
}
