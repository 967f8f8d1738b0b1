package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.id.AgencyId;
import io.github.casework.id.IdSource;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.Role;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Incident;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Response;
import io.github.casework.signal.ResponseKind;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalCommand;
import io.github.casework.signal.SignalDetector;
import io.github.casework.signal.SignalEvent;
import io.github.casework.signal.SignalProposal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The quarterly signal round (signalering) of a run: the incidents of the run (refusals, escalations) go to the
 * library's {@link SignalDetector} each quarter; its proposals are raised as signals to the intake agency's
 * manager, who answers some of them. Only the incidents the next round can still use are kept. Not thread-safe:
 * one per run.
 */
final class SignalRound {
  private static final ResponseKind[] RESPONSE_KINDS = ResponseKind.values();

  private final SimClock clock;
  private final RunMetrics metrics;
  private final UniformRandomProvider decisions;
  private final ContinuousSampler answerDelay;
  private final SignalsConfig config;
  private final SignalDetector detector;
  private final ProfessionalId teamLead;
  private final ProfessionalId manager;
  private final AgencyId intake;
  private final IdSource signalIds = IdSource.sequential("s");
  private final List<Incident> incidents = new ArrayList<>();

  SignalRound(SimClock clock, RunMetrics metrics, UniformRandomProvider decisions, ContinuousSampler answerDelay,
      SignalsConfig config, AgencyId intake) {
    this.clock = clock;
    this.metrics = metrics;
    this.decisions = decisions;
    this.answerDelay = answerDelay;
    this.config = config;
    this.detector = SignalDetector.of(config.detectorThreshold(), SimClock.ZONE);
    this.intake = intake;
    this.teamLead = ProfessionalId.of(intake.value() + "-team-lead");
    this.manager = ProfessionalId.of(intake.value() + "-manager");
  }

  /** Schedules the round at the start of every quarter after the first, up to {@code endDays}. */
  void scheduleUntil(java.time.LocalDate startDate, double endDays) {
    Quarter q = Quarter.containing(startDate).next();
    for (double t = clock.days(q.start(SimClock.ZONE)); t < endDays; q = q.next(),
        t = clock.days(q.start(SimClock.ZONE))) {
      Quarter previous = q.previous();
      clock.calendar().schedule(t, () -> run(previous));
    }
  }

  void add(Incident incident) {
    incidents.add(incident);
  }

  private void run(Quarter quarter) {
    Instant at = clock.now();
    ImmutableList<SignalProposal> proposals = detector.detect(incidents, quarter);
    // Keep only what the next round needs: this quarter's incidents, its "previous quarter".
    Instant keepFrom = quarter.start(SimClock.ZONE);
    incidents.removeIf(i -> i.at().isBefore(keepFrom));
    for (SignalProposal p : proposals) {
      IncidentShape shape = p.shape();
      String group = "clients with a " + shape.domain().code() + " need, "
          + shape.reason().map(EscalationReason::code).orElseGet(() -> shape.refusalReason().orElseThrow())
          + " at the " + shape.targetKind().code() + " agency";
      Decision<Signal, SignalEvent> raised = p.raise(signalIds.nextSignalId(), List.of(teamLead),
          Addressee.of(intake, Role.MANAGER), group, at);
      metrics.domainEvents(raised.events().size());
      metrics.count(Metrics.SIGNALS_RAISED, clock.today());
      if (decisions.nextDouble() < config.answerProbability()) {
        Signal signal = raised.state();
        clock.after(answerDelay.sample(), () -> answer(signal));
      }
    }
  }

  private void answer(Signal raised) {
    Instant at = clock.now();
    ResponseKind kind = RESPONSE_KINDS[decisions.nextInt(RESPONSE_KINDS.length)];
    Response response = kind == ResponseKind.NO_ACTION
        ? Response.noAction("the pattern is known and covered by an existing plan") : Response.of(kind);
    Signal s = raised;
    for (SignalCommand command : List.of(new SignalCommand.Acknowledge(manager, at),
        new SignalCommand.Respond(response, manager, at), SignalCommand.GiveFeedback.of(s.raisers(), at),
        new SignalCommand.Close(at))) {
      Decision<Signal, SignalEvent> d = s.decide(command);
      s = d.state();
      metrics.domainEvents(d.events().size());
    }
    metrics.count(Metrics.SIGNALS_ANSWERED, clock.today());
    if (at.isAfter(s.responseDue())) {
      metrics.count(Metrics.SIGNALS_ANSWERED_LATE, clock.today());
    }
  }
}
