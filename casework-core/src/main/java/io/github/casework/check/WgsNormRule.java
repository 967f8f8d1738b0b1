package io.github.casework.check;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ReportedThreat;
import io.github.casework.norm.CalendarDeadline;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
    // The deadlines are the same for every case (made once, not once a case), and a case's subjects are listed only
    // when it breaches a norm: most cases do not, and their lists were most of this rule's allocation.
    CalendarDeadline urgent = run.norms.deadline(run.norms.urgentDebtThreatResponse());
    CalendarDeadline first = run.norms.deadline(run.norms.firstConversation());
    for (Case c : run.caseload.cases()) {
      Optional<Agency> agency = run.listedAgency(c.agency());
      if (agency.isEmpty() || agency.get().kind() != AgencyKind.DEBT_SERVICES || c.status() == CaseStatus.CLOSED) {
        continue;
      }
      AgencyRef at = run.agency(c.agency());
      Optional<Instant> held = c.firstConversationAt();
      ReportedThreat earliest = null;
      for (ReportedThreat t : c.urgentThreats()) {
        // The first of the earliest, as Stream.min keeps it.
        if (earliest == null || t.at().compareTo(earliest.at()) < 0) {
          earliest = t;
        }
      }
      if (earliest != null) {
        ReportedThreat t = earliest;
        Instant due = urgent.dueFrom(t.at());
        breach(run, c, FindingCode.URGENT_DEBT_THREAT_OVERDUE, due, held, at, SubjectRef.need(c.id(), t.need()),
            heldOn -> new Facts.UrgentThreatNorm(c.client(), c.id(), t.need(), t.threat(),
            run.date(t.at()), run.dueDate(due), heldOn, at));
      }
      Instant due = first.dueFrom(c.openedAt());
      breach(run, c, FindingCode.FIRST_CONVERSATION_OVERDUE, due, held, at, null,
          heldOn -> new Facts.FirstConversationNorm(c.client(), c.id(), run.date(c.openedAt()), run.dueDate(due),
              heldOn, at));
    }
  }

  /** The facts of a breach, given the day of the late conversation (empty while none was held). */
  private interface BreachFacts {
    Facts of(Optional<LocalDate> heldOn);
  }

  private static void breach(CheckRun run, Case c, FindingCode code, Instant due, Optional<Instant> held,
      AgencyRef agency, @Nullable SubjectRef extra, BreachFacts facts) {
    if (held.isEmpty() && run.at.isAfter(due)) {
      run.add(code.usualSeverity(), subjects(c, extra), facts.of(Optional.empty()),
          new NextStep.PlanFirstConversation(agency));
    } else if (held.isPresent() && held.get().isAfter(due)) {
      run.add(Severity.WARNING, subjects(c, extra), facts.of(Optional.of(run.date(held.get()))),
          new NextStep.ReportLateConversation(agency));
    }
  }

  private static List<SubjectRef> subjects(Case c, @Nullable SubjectRef extra) {
    List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.client(c.client()), SubjectRef.of(c.id())));
    if (extra != null) {
      subjects.add(extra);
    }
    return subjects;
  }
}
