package io.github.casework.store;

import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkCommand;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.ExpectedVersion;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.EscalationGen;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.SignalGen;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Histories for store tests, made only through the aggregates' public factories and commands (the core's
 * generators): every history is one the rules allow, so a store that returns what it was given replays it.
 */
public final class StoreGen {
  private StoreGen() {}

  /**
   * Returns histories of all four kinds of aggregate, each of a distinct aggregate.
   *
   * @param seed the seed
   * @param count how many histories of each kind
   * @return the histories, kinds interleaved
   */
  public static List<List<CaseworkEvent>> histories(long seed, int count) {
    SplittableRandom r = new SplittableRandom(seed);
    Set<Object> ids = new HashSet<>();
    List<List<CaseworkEvent>> out = new ArrayList<>();
    while (out.size() < 4 * count) {
      List<? extends CaseworkEvent> h = switch (out.size() % 4) {
        case 0 -> history(Case.TYPE, CaseworkGen.caseOpenings().next(r), CaseworkGen::caseCommands, 25, r);
        case 1 -> history(Referral.TYPE, ReferralGen.drafts().next(r), ReferralGen::referralCommands, 12, r);
        case 2 -> history(Escalation.TYPE, EscalationGen.raisings().next(r), EscalationGen::commands, 8, r);
        default -> history(Signal.TYPE, SignalGen.raisings().next(r), SignalGen::commands, 12, r);
      };
      if (ids.add(h.get(0).aggregateId())) {
        out.add(List.copyOf(h));
      }
    }
    return out;
  }

  /**
   * Returns a history that starts with a first event and goes on with the commands the rules accept.
   *
   * @param <S> the aggregate type
   * @param <C> its command type
   * @param <E> its event type
   * @param type the kind of aggregate
   * @param first the first event
   * @param commands the command generator
   * @param steps how many commands to try
   * @param r the randomness
   * @return the history
   */
  public static <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent> List<E> history(
      AggregateType<S, C, E> type, E first, BiFunction<S, SplittableRandom, C> commands, int steps,
      SplittableRandom r) {
    List<E> events = new ArrayList<>(List.of(first));
    S state = type.start(first);
    int n = r.nextInt(steps + 1);
    for (int i = 0; i < n; i++) {
      try {
        var d = type.decide(state, commands.apply(state, r), ExpectedVersion.any());
        state = d.state();
        events.addAll(d.events());
      } catch (CaseworkException rejected) {
        // The generators explore rejected commands too; they leave no event.
      }
    }
    return events;
  }

  /**
   * Returns the opening of a case, at an instant.
   *
   * @param id the case's id
   * @param at when
   * @return the event
   */
  public static CaseEvent.Opened opening(String id, Instant at) {
    return new CaseEvent.Opened(CaseId.of(id), ClientId.of("client-" + id), AgencyId.of("agency-1"),
        ProfessionalId.of("worker-1"), at);
  }

  /**
   * Returns the lifecycle command a case can always take next, for long or contended streams: activate a case in
   * intake, then alternate between waiting and resuming, one minute after its last change.
   *
   * @param state the case
   * @return the command
   */
  public static CaseCommand nextLifecycleStep(Case state) {
    Instant at = state.lastChangedAt().plus(Duration.ofMinutes(1));
    return switch (state.status()) {
      case INTAKE -> new CaseCommand.Activate(at);
      case ACTIVE -> new CaseCommand.StartWaiting(at);
      case WAITING -> new CaseCommand.Resume(at);
      default -> throw new IllegalStateException("a lifecycle test case is never closed");
    };
  }
}
