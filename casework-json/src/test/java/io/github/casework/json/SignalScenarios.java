package io.github.casework.json;

import static io.github.casework.json.Scenarios.KARIM;
import static io.github.casework.json.Scenarios.MAARTJE;
import static io.github.casework.json.Scenarios.WELFARE;
import static io.github.casework.json.Scenarios.t;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.LifeDomain;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.party.Role;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Evidence;
import io.github.casework.signal.Observation;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Response;
import io.github.casework.signal.ResponseKind;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalCommand;
import io.github.casework.signal.SignalEvent;
import io.github.casework.signal.Topic;
import io.github.casework.signal.Trend;
import java.time.Instant;
import java.util.List;

/** The signals behind the golden vectors. Built only through the public API. */
final class SignalScenarios {
  private SignalScenarios() {}

  static final ProfessionalId JOHANNA = ProfessionalId.of("ea-johanna");
  static final Addressee MANAGER = Addressee.of(WELFARE, Role.MANAGER);
  static final Quarter Q1 = Quarter.of(2026, 1);
  static final Area WEST = Area.of("wijk-West.2");

  static History<Signal, SignalEvent> then(History<Signal, SignalEvent> h, SignalCommand command) {
    return h.append(h.state().decide(command));
  }

  static Observation observation(Evidence evidence) {
    return new Observation(Q1, WEST, Topic.of(LifeDomain.HOUSING, "divorced working men without housing"),
        Trend.INCREASING, evidence);
  }

  /** Raised by one professional on counts alone, with the default response due date. */
  static History<Signal, SignalEvent> raised() {
    return History.of(Signal.raise(SignalId.of("sig-1"), List.of(MAARTJE), MANAGER,
        observation(Evidence.ofCounts(7, 0, 2)), t(0)));
  }

  /**
   * The whole lifecycle: three raisers, named evidence, acknowledged, a policy dialogue, feedback to
   * two raisers and then the third, closed.
   */
  static History<Signal, SignalEvent> closed() {
    Evidence evidence = new Evidence(12, 3, 4,
        ImmutableSortedSet.of(CaseId.of("case-9"), CaseId.of("case-10"), CaseId.of("case-mr-k")),
        ImmutableSortedSet.of(EscalationId.of("esc-mr-k")),
        ImmutableSortedSet.of(ReferralId.of("ref-housing-1"), ReferralId.of("ref-housing-2")));
    History<Signal, SignalEvent> h = History.of(Signal.raise(SignalId.of("sig-2"), List.of(MAARTJE, KARIM, JOHANNA),
        Addressee.of(WELFARE, Role.TEAM_LEAD), observation(evidence), t(90 * 24 * 60), t(0)));
    h = then(h, new SignalCommand.Acknowledge(ProfessionalId.of("tl-fatima"), t(24 * 60)));
    h = then(h, new SignalCommand.Respond(Response.of(ResponseKind.POLICY_DIALOGUE,
        "Taken up with the housing service and the municipality."), ProfessionalId.of("tl-fatima"), t(30 * 24 * 60)));
    h = then(h, SignalCommand.GiveFeedback.of(List.of(MAARTJE, KARIM), t(31 * 24 * 60)));
    h = then(h, SignalCommand.GiveFeedback.of(List.of(JOHANNA), t(32 * 24 * 60)));
    return then(h, new SignalCommand.Close(t(32 * 24 * 60)));
  }

  static final String NO_ACTION_REASON = "Geen budget dit jaar — \"volgend kwartaal\" opnieuw bekijken; zie notitie "
      + "é ü 住房 🏠\n\t/ \\";

  /** Answered with no action and its reason, in text that needs escaping. */
  static History<Signal, SignalEvent> noAction() {
    History<Signal, SignalEvent> h = History.of(Signal.raise(SignalId.of("sig-3"), List.of(KARIM), MANAGER,
        observation(Evidence.ofCounts(0, 2, 0)), t(0)));
    h = then(h, new SignalCommand.Acknowledge(ProfessionalId.of("mgr-sven"), t(1)));
    return then(h, new SignalCommand.Respond(Response.noAction(NO_ACTION_REASON), ProfessionalId.of("mgr-sven"),
        t(2)));
  }

  /**
   * Raised at the first instant its quarter has begun anywhere on Earth: 2026-Q2 begins on 1 April at 00:00 in
   * UTC+14, which is 31 March 10:00 UTC. One second earlier is rejected.
   */
  static History<Signal, SignalEvent> quarterJustBegun() {
    Instant start = Instant.parse("2026-03-31T10:00:00Z");
    return History.of(Signal.raise(SignalId.of("sig-4"), List.of(MAARTJE), MANAGER,
        new Observation(Quarter.of(2026, 2), Area.of("1055"), Topic.of(LifeDomain.FINANCES, "self-employed people"),
            Trend.NEW, Evidence.ofIds(List.of(CaseId.of("case-1")), List.of(), List.of())), start, start));
  }

  static ImmutableMap<String, History<Signal, SignalEvent>> histories() {
    return ImmutableMap.of("raised", raised(), "closed", closed(), "no-action-unicode", noAction(),
        "quarter-just-begun", quarterJustBegun());
  }

  /** Every event type, one per vector. */
  static ImmutableMap<String, SignalEvent> singleEvents() {
    List<SignalEvent> c = closed().events();
    return ImmutableMap.<String, SignalEvent>builder()
        .put("raised", c.get(0))
        .put("acknowledged", c.get(1))
        .put("responded", c.get(2))
        .put("responded-no-action", noAction().events().get(2))
        .put("feedback-given", c.get(3))
        .put("closed", c.get(5))
        .buildOrThrow();
  }

  static List<SignalEvent> interleaved() {
    return Scenarios.interleave(List.of(closed().events(), noAction().events(), raised().events()));
  }
}
