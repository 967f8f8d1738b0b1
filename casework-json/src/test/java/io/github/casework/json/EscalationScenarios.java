package io.github.casework.json;

import static io.github.casework.json.Scenarios.CASE;
import static io.github.casework.json.Scenarios.HOUSING;
import static io.github.casework.json.Scenarios.HOUSING_NEED;
import static io.github.casework.json.Scenarios.MAARTJE;
import static io.github.casework.json.Scenarios.WELFARE;
import static io.github.casework.json.Scenarios.t;

import com.google.common.collect.ImmutableMap;
import io.github.casework.LifeDomain;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.MandatePolicy;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import java.util.List;

/** The escalations behind the golden vectors (Mr. K.'s, from the seed, among them). Built through the public API. */
final class EscalationScenarios {
  private EscalationScenarios() {}

  static final Professional SOCIAL_WORKER = new Professional(MAARTJE, WELFARE, Role.SOCIAL_WORKER);
  /** The social workers' mandate as the city's table grants it: advisory, the default. */
  static final Mandate SOCIAL_WORKER_MANDATE = Mandate.of(WELFARE, Role.SOCIAL_WORKER, LadderLevel.SUPERVISOR);
  /**
   * The same mandate as the escalations of the vectors written before policies existed recorded it: strict, which
   * an absent policy in a recorded mandate stands for.
   */
  static final Mandate RECORDED_STRICT = SOCIAL_WORKER_MANDATE.withPolicy(MandatePolicy.STRICT);
  static final Mandates MANDATES = Mandates.of(List.of(SOCIAL_WORKER_MANDATE,
      Mandate.of(WELFARE, Role.TEAM_LEAD, LadderLevel.MANAGEMENT),
      Mandate.of(WELFARE, Role.MANAGER, LadderLevel.MUNICIPALITY)), LadderLevel.FRONTLINE_OFFICIAL);
  static final Target HOUSING_SERVICE = new Target(HOUSING, AgencyKind.HOUSING_SERVICE);
  static final EscalationSubject HOUSING_BLOCKED = EscalationSubject.need(CASE, HOUSING_NEED, LifeDomain.HOUSING)
      .blockedBy(ReferralScenarios.refusedOnPrecondition().state().id());

  static History<Escalation, EscalationEvent> then(History<Escalation, EscalationEvent> h, EscalationCommand command) {
    return h.append(h.state().decide(command));
  }

  static History<Escalation, EscalationEvent> raise(String id, EscalationSubject subject, EscalationReason reason,
      Route route) {
    return History.of(Escalation.raise(EscalationId.of(id), subject, reason, HOUSING_SERVICE, SOCIAL_WORKER,
        RECORDED_STRICT, route, t(0)));
  }

  /**
   * Mr. K. as the seed article tells it, under the advisory mandate: the frontline official and the supervisor
   * (within the mandate), then management and the executive on her own, beyond it, each with her reason; priority
   * granted; and the own manager informed afterwards, the escalation already resolved.
   */
  static History<Escalation, EscalationEvent> beyondMandate() {
    History<Escalation, EscalationEvent> h = History.of(Escalation.raise(EscalationId.of("esc-beyond"),
        HOUSING_BLOCKED, EscalationReason.DISPUTED_REFUSAL, HOUSING_SERVICE, SOCIAL_WORKER, SOCIAL_WORKER_MANDATE,
        Route.DIRECT, t(0)));
    h = then(h, new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, ProfessionalId.of("cs-housing-1"),
        t(60)));
    h = then(h, new EscalationCommand.Climb(LadderLevel.SUPERVISOR, ProfessionalId.of("so-housing-1"), t(24 * 60)));
    h = then(h, EscalationCommand.Climb.beyondMandate(LadderLevel.MANAGEMENT, ProfessionalId.of("mgr-housing"),
        BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, t(2 * 24 * 60)));
    h = then(h, EscalationCommand.Climb.beyondMandate(LadderLevel.EXECUTIVE, ProfessionalId.of("dir-housing"),
        BeyondMandateReason.OFFICIAL_DEFERRED_UPWARD, t(3 * 24 * 60)));
    h = then(h, new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, t(7 * 24 * 60)));
    return then(h, new EscalationCommand.InformManager(t(8 * 24 * 60)));
  }

  /** The vectors of the policy members, apart from {@link #histories()} so that the city's caseload stays as it was. */
  static ImmutableMap<String, History<Escalation, EscalationEvent>> policyHistories() {
    return ImmutableMap.of("beyond-mandate", beyondMandate());
  }

  /** The events of the policy members: an advisory mandate when raised, a step beyond it with its reason. */
  static ImmutableMap<String, EscalationEvent> policyEvents() {
    List<EscalationEvent> b = beyondMandate().events();
    return ImmutableMap.of("raised-advisory", b.get(0), "climbed-beyond-mandate", b.get(3),
        "manager-informed-after-resolution", b.get(6));
  }

  /** Raised, direct, about a need with no blocking referral; nobody addressed yet. */
  static History<Escalation, EscalationEvent> raised() {
    return raise("esc-1", EscalationSubject.need(CASE, HOUSING_NEED, LifeDomain.HOUSING),
        EscalationReason.RULE_CONFLICT, Route.DIRECT);
  }

  /**
   * Mr. K.: a disputed refusal, taken directly to the frontline official and the supervisor (within the mandate),
   * the own manager informed, then management and the executive (above it); priority granted.
   */
  static History<Escalation, EscalationEvent> mrK() {
    History<Escalation, EscalationEvent> h = raise("esc-mr-k", HOUSING_BLOCKED, EscalationReason.DISPUTED_REFUSAL, Route.DIRECT);
    h = then(h, new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, ProfessionalId.of("cs-housing-1"),
        t(60)));
    h = then(h, new EscalationCommand.Climb(LadderLevel.SUPERVISOR, ProfessionalId.of("so-housing-1"), t(24 * 60)));
    h = then(h, new EscalationCommand.InformManager(t(2 * 24 * 60)));
    h = then(h, new EscalationCommand.Climb(LadderLevel.MANAGEMENT, ProfessionalId.of("mgr-housing"),
        t(2 * 24 * 60)));
    h = then(h, new EscalationCommand.Climb(LadderLevel.EXECUTIVE, ProfessionalId.of("dir-housing"), t(5 * 24 * 60)));
    return then(h, new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, t(7 * 24 * 60)));
  }

  /** Via the own manager, straight to the municipality: the rule was changed. */
  static History<Escalation, EscalationEvent> viaOwnManager() {
    History<Escalation, EscalationEvent> h = raise("esc-2",
        EscalationSubject.need(CASE, HOUSING_NEED, LifeDomain.HOUSING), EscalationReason.REGULATORY_GAP,
        Route.VIA_OWN_MANAGER);
    h = then(h, new EscalationCommand.Climb(LadderLevel.MUNICIPALITY, ProfessionalId.of("alderman-office"), t(10)));
    return then(h, new EscalationCommand.Resolve(Outcome.RULE_CHANGED, t(90 * 24 * 60)));
  }

  /** Withdrawn before anyone was addressed. */
  static History<Escalation, EscalationEvent> withdrawn() {
    History<Escalation, EscalationEvent> h = raise("esc-3",
        EscalationSubject.need(CASE, HOUSING_NEED, LifeDomain.HOUSING), EscalationReason.DEADLINE_BREACH, Route.DIRECT);
    return then(h, new EscalationCommand.Resolve(Outcome.WITHDRAWN, t(1)));
  }

  static ImmutableMap<String, History<Escalation, EscalationEvent>> histories() {
    return ImmutableMap.of("raised", raised(), "mr-k", mrK(), "via-own-manager", viaOwnManager(),
        "withdrawn", withdrawn());
  }

  /** Every event type, one per vector; raised with and without a blocking referral. */
  static ImmutableMap<String, EscalationEvent> singleEvents() {
    List<EscalationEvent> k = mrK().events();
    return ImmutableMap.<String, EscalationEvent>builder()
        .put("raised", raised().events().get(0))
        .put("raised-with-blocking-referral", k.get(0))
        .put("climbed", k.get(1))
        .put("manager-informed", k.get(3))
        .put("resolved", k.get(6))
        .buildOrThrow();
  }

  static List<EscalationEvent> interleaved() {
    return Scenarios.interleave(List.of(mrK().events(), viaOwnManager().events(), withdrawn().events()));
  }
}
