package io.github.casework.check;

import io.github.casework.escalation.Escalation;
import io.github.casework.id.CaseId;
import io.github.casework.party.Agency;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Area;
import io.github.casework.signal.Incident;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.MandateProposal;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalProposal;
import io.github.casework.signal.SignalStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Signals (signalering): responses past their due date, feedback (terugkoppeling) that has not reached all raisers
 * within the check's feedback limit, and structural signals the detector proposes for the quarter of the instant
 * that no signal of the caseload already covers, and proposals to widen a mandate that escalations beyond it
 * succeeded for in that quarter ({@link io.github.casework.signal.SignalDetector#detectMandates}).
 */
final class SignalRule implements Rule {
  private static final Area UNKNOWN_AREA = Area.of("unknown");
  private static final Duration WINDOW_MARGIN = Duration.ofDays(2);

  /** Structural signals count escalations and refusals; mandate proposals count escalations. */
  @Override
  public Caseload reads(Caseload clientPart) {
    return clientPart.withAggregates(List.of(),
        clientPart.referrals().stream().filter(r -> r.refusal().isPresent()).toList(), clientPart.escalations(),
        clientPart.signals());
  }

  @Override
  public void check(CheckRun run) {
    run.caseload.signals().forEach(s -> signal(run, s));
    proposals(run);
    mandates(run);
  }

  private static void mandates(CheckRun run) {
    Quarter quarter = Quarter.containing(run.at, run.norms.zone());
    for (MandateProposal p : run.check.detector().detectMandates(run.caseload.escalations(), quarter)) {
      AgencyRef agency = run.agency(p.mandate().agency());
      List<SubjectRef> subjects = new ArrayList<>();
      p.succeeded().forEach(id -> subjects.add(SubjectRef.of(id)));
      p.cases().forEach(id -> subjects.add(SubjectRef.of(id)));
      subjects.add(SubjectRef.of(p.mandate().agency()));
      run.add(Severity.INFO, subjects,
          new Facts.MandateWidening(agency, p.mandate().role(), p.mandate().highestDirect(), p.highestReached(),
              quarter, p.succeeded(), p.cases(), p.resolvedBeyondMandate()),
          new NextStep.ProposeWiderMandate(p.mandate().role(), agency, p.highestReached(), p.succeeded()));
    }
  }

  private static void signal(CheckRun run, Signal s) {
    AgencyRef agency = run.agency(s.addressee().agency());
    if (s.isResponseOverdue(run.at)) {
      run.add(Severity.ERROR, List.of(SubjectRef.of(s.id()), SubjectRef.of(s.addressee().agency())),
          new Facts.SignalResponseOverdue(s.id(), s.observation().topic().domain(), s.observation().area(),
              s.observation().period(), s.addressee().role(), agency, run.date(s.responseDue())),
          new NextStep.ChaseSignalResponse(s.addressee().role(), agency, s.id()));
    }
    if (s.status() == SignalStatus.RESPONDED && !s.feedbackPending().isEmpty() && s.respondedAt().isPresent()) {
      Instant due = run.norms.deadline(run.check.feedbackLimit()).dueFrom(s.respondedAt().get());
      if (run.at.isAfter(due)) {
        List<SubjectRef> subjects = new ArrayList<>(List.of(SubjectRef.of(s.id())));
        s.feedbackPending().forEach(p -> subjects.add(SubjectRef.of(p)));
        run.add(Severity.WARNING, subjects,
            new Facts.SignalFeedbackOverdue(s.id(), run.date(s.respondedAt().get()), s.feedbackPending(),
                s.addressee().role(), agency),
            new NextStep.ChaseFeedback(s.addressee().role(), agency, s.feedbackPending()));
      }
    }
  }

  private static void proposals(CheckRun run) {
    List<Incident> incidents = new ArrayList<>();
    for (Escalation e : run.caseload.escalations()) {
      incidents.add(Incident.of(e, areaOf(run, e.subject().caseId())));
    }
    Quarter quarter = Quarter.containing(run.at, run.norms.zone());
    // The detector reads incidents of this quarter and the one before; a refusal outside them would be built and
    // dropped (its shape validated, a key made), which was most of this rule's cost on a year of referrals. Referral
    // ids are distinct in a caseload, so leaving some out cannot hide a conflict between two incidents. The window
    // is two days wider on each side than the quarters in the norms' zone, as the detector may judge in another zone
    // (offsets lie within 18 hours).
    Instant from = (quarter.equals(Quarter.MIN) ? quarter.start(run.norms.zone())
        : quarter.previous().start(run.norms.zone())).minus(WINDOW_MARGIN);
    Instant until = quarter.end(run.norms.zone()).plus(WINDOW_MARGIN);
    for (Referral r : run.caseload.referrals()) {
      Optional<Instant> responded = r.respondedAt();
      if (responded.isEmpty() || responded.get().isBefore(from) || !responded.get().isBefore(until)) {
        continue;
      }
      Optional<Agency> to = run.listedAgency(r.to());
      if (r.refusal().isPresent() && r.respondedAt().isPresent() && to.isPresent()) {
        incidents.add(Incident.refusal(r.id(), r.caseId(), IncidentShape.refusal(r.refusal().get().type(),
            r.domain(), to.get().kind(), areaOf(run, r.caseId())), r.respondedAt().get()));
      }
    }
    Set<String> covered = new HashSet<>();
    for (Signal s : run.caseload.signals()) {
      covered.add(key(s.observation().period(), s.observation().area(), s.observation().topic().domain().code()));
    }
    for (SignalProposal p : run.check.detector().detect(incidents, quarter)) {
      IncidentShape shape = p.shape();
      if (covered.contains(key(quarter, shape.area(), shape.domain().code()))) {
        continue;
      }
      List<SubjectRef> subjects = new ArrayList<>();
      p.escalationIds().forEach(id -> subjects.add(SubjectRef.of(id)));
      p.refusalIds().forEach(id -> subjects.add(SubjectRef.of(id)));
      p.cases().forEach(id -> subjects.add(SubjectRef.of(id)));
      run.add(Severity.INFO, subjects, new Facts.StructuralSignal(shape, quarter, p.cases()),
          new NextStep.RaiseSignal(p.cases()));
    }
  }

  private static Area areaOf(CheckRun run, CaseId id) {
    return run.caseload.areas().getOrDefault(id, UNKNOWN_AREA);
  }

  private static String key(Quarter q, Area area, String domain) {
    return q + "|" + area.code() + "|" + domain;
  }
}
