package io.github.casework.check;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ReportedThreat;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Wgs norms at debt-services agencies: an urgent threat (eviction, energy or water cut-off, health-insurance
 * termination) without a first conversation within three working days, and a request without a first conversation
 * within four weeks — pending breaches while the case is open, and late conversations.
 */
final class WgsNormRule implements Rule {
  @Override
  public RuleScope scope() {
    return RuleScope.CLIENT;
  }

  @Override
  public void check(CheckRun run) {
    for (Case c : run.caseload.cases()) {
      Optional<Agency> agency = run.listedAgency(c.agency());
      if (agency.isEmpty() || agency.get().kind() != AgencyKind.DEBT_SERVICES || c.status() == CaseStatus.CLOSED) {
        continue;
      }
      AgencyRef at = AgencyRef.of(agency.get());
      Optional<Instant> held = c.firstConversationAt();
      Optional<ReportedThreat> threat = c.urgentThreats().stream().min(Comparator.comparing(ReportedThreat::at));
      if (threat.isPresent()) {
        ReportedThreat t = threat.get();
        Instant due = run.norms.deadline(run.norms.urgentDebtThreatResponse()).dueFrom(t.at());
        breach(run, c, FindingCode.URGENT_DEBT_THREAT_OVERDUE, due, held, at, List.of(SubjectRef.need(c.id(),
            t.need())), heldOn -> new Facts.UrgentThreatNorm(c.client(), c.id(), t.need(), t.threat(),
            run.date(t.at()), run.dueDate(due), heldOn, at));
      }
      Instant due = run.norms.deadline(run.norms.firstConversation()).dueFrom(c.openedAt());
      breach(run, c, FindingCode.FIRST_CONVERSATION_OVERDUE, due, held, at, List.of(),
          heldOn -> new Facts.FirstConversationNorm(c.client(), c.id(), run.date(c.openedAt()), run.dueDate(due),
              heldOn, at));
    }
  }

  /** The facts of a breach, given the day of the late conversation (empty while none was held). */
  private interface BreachFacts {
    Facts of(Optional<LocalDate> heldOn);
  }

  private static void breach(CheckRun run, Case c, FindingCode code, Instant due, Optional<Instant> held,
      AgencyRef agency, List<SubjectRef> extra, BreachFacts facts) {
    List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(c.client()), SubjectRef.of(c.id())));
    subjects.addAll(extra);
    if (held.isEmpty() && run.at.isAfter(due)) {
      run.add(code.usualSeverity(), subjects, facts.of(Optional.empty()), new NextStep.PlanFirstConversation(agency));
    } else if (held.isPresent() && held.get().isAfter(due)) {
      run.add(Severity.WARNING, subjects, facts.of(Optional.of(run.date(held.get()))),
          new NextStep.ReportLateConversation(agency));
    }
  }
}
