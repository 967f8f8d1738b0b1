package io.github.casework.examples.simulation;

import io.github.casework.Decision;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
import io.github.casework.id.IdSource;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.Professional;
import io.github.casework.signal.Area;
import io.github.casework.signal.Incident;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The escalations of a run: each climbs the escalation ladder (escalatieladder) of the target agency one level at
 * a time, with the manager informed before a step above the referrer's mandate, and is answered at each level
 * when the norm's response time is due, with the configured chance of success; the top level's refusal ends it.
 * Not thread-safe: one per run.
 */
final class EscalationLadder {
  private final SimClock clock;
  private final RunMetrics metrics;
  private final SignalRound signals;
  private final UniformRandomProvider decisions;
  private final EnumMap<LadderLevel, Double> success;
  private final Mandates mandates;
  private final IdSource escalationIds = IdSource.sequential("e");

  EscalationLadder(SimClock clock, RunMetrics metrics, SignalRound signals, UniformRandomProvider decisions,
      EscalationConfig config, Mandates mandates) {
    this.clock = clock;
    this.metrics = metrics;
    this.signals = signals;
    this.decisions = decisions;
    this.success = config.successByLevel();
    this.mandates = mandates;
  }

  /** One escalation on its way up, and what to do when it ends. */
  private final class Run {
    final Map<LadderLevel, ProfessionalId> officials;
    final Outcome grant;
    final Runnable granted;
    final Runnable refused;
    Escalation escalation;

    Run(Map<LadderLevel, ProfessionalId> officials, Outcome grant, Runnable granted, Runnable refused,
        Escalation escalation) {
      this.officials = officials;
      this.grant = grant;
      this.granted = granted;
      this.refused = refused;
      this.escalation = escalation;
    }

    void step(EscalationCommand command) {
      Decision<Escalation, EscalationEvent> d = escalation.decide(command);
      escalation = d.state();
      metrics.domainEvents(d.events().size());
    }
  }

  /**
   * Raises an escalation and starts it at the lowest level.
   *
   * @param subject what it is about
   * @param reason why
   * @param target the agency escalated to
   * @param officials the target's official at each level
   * @param by the referrer who escalates
   * @param area where the client lives, for the signal round's incidents
   * @param grant the outcome a success gives
   * @param granted run when it succeeds
   * @param refused run when the top level refuses
   */
  void escalate(EscalationSubject subject, EscalationReason reason, Target target,
      Map<LadderLevel, ProfessionalId> officials, Professional by, Area area, Outcome grant, Runnable granted,
      Runnable refused) {
    Instant at = clock.now();
    Decision<Escalation, EscalationEvent> raised = Escalation.raise(escalationIds.nextEscalationId(), subject,
        reason, target, by, mandates.mandateOf(by), Route.DIRECT, at);
    metrics.domainEvents(raised.events().size());
    metrics.count(Metrics.ESCALATIONS, clock.today());
    signals.add(Incident.of(raised.state(), area));
    climb(new Run(officials, grant, granted, refused, raised.state()), LadderLevel.FRONTLINE_OFFICIAL);
  }

  private void climb(Run run, LadderLevel level) {
    Instant at = clock.now();
    if (!run.escalation.mandate().allowsDirect(level) && !run.escalation.isManagerInformed()) {
      run.step(new EscalationCommand.InformManager(at));
    }
    run.step(new EscalationCommand.Climb(level, run.officials.get(level), at));
    clock.at(clock.due(SimClock.NORMS.escalationStepResponse(), at), () -> answer(run, level));
  }

  private void answer(Run run, LadderLevel level) {
    boolean won = decisions.nextDouble() < success.get(level);
    if (!won && level != LadderLevel.MUNICIPALITY) {
      climb(run, level.next().orElseThrow());
      return;
    }
    Outcome outcome = won ? run.grant : Outcome.REFUSED;
    run.step(new EscalationCommand.Resolve(outcome, clock.now()));
    metrics.count(Metrics.reached(level), clock.today());
    metrics.count(Metrics.outcome(outcome), clock.today());
    (won ? run.granted : run.refused).run();
  }
}
