package io.github.casework.testing;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.CaseworkException;
import io.github.casework.LifeDomain;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Role;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Evidence;
import io.github.casework.signal.Incident;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Observation;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Response;
import io.github.casework.signal.ResponseKind;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalCommand;
import io.github.casework.signal.SignalEvent;
import io.github.casework.signal.Topic;
import io.github.casework.signal.Trend;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded generators for signals and the detector's incidents, built only through the public factories and
 * commands. Signal commands are mostly plausible and sometimes invalid on purpose (skipping a lifecycle step,
 * feedback to a non-raiser, closing before everyone had feedback, time going back).
 */
public final class SignalGen {
  private SignalGen() {}

  private static final String[] GROUPS = {"divorced working men", "young mothers without a fixed address",
      "elderly people with rising energy debts", "self-employed people without income",
      "students sleeping on friends' couches", "families facing eviction"};
  private static final String[] REFUSAL_REASONS = {"not-eligible", "no-capacity", "precondition-unmet",
      "client-unreachable"};

  public static Gen<SignalId> signalIds() {
    return CaseworkGen.idText().map(SignalId::of);
  }

  /** Any representable quarter. */
  public static Gen<Quarter> anyQuarters() {
    return r -> Quarter.of(1 + r.nextInt(9999), 1 + r.nextInt(4));
  }

  /** Quarters in the years the other generators use (2026–2028). */
  public static Gen<Quarter> quarters() {
    return r -> Quarter.of(2026 + r.nextInt(3), 1 + r.nextInt(4));
  }

  /** A small pool of district codes, so that shapes repeat. */
  public static Gen<Area> areas() {
    return r -> Area.of("wijk-" + (char) ('A' + r.nextInt(4)));
  }

  /** Target group descriptions without personal data. */
  public static Gen<String> targetGroups() {
    return r -> GROUPS[r.nextInt(GROUPS.length)] + (r.nextBoolean() ? "" : " aged " + (18 + r.nextInt(50)) + "+");
  }

  public static Gen<Topic> topics() {
    return r -> Topic.of(Gen.oneOf(LifeDomain.values()).next(r), targetGroups().next(r));
  }

  public static Gen<Trend> trends() {
    return Gen.oneOf(Trend.values());
  }

  /** Evidence with some ids and counts at least as large; never empty. */
  public static Gen<Evidence> evidence() {
    return r -> {
      ImmutableSortedSet<CaseId> cases = ImmutableSortedSet.copyOf(CaseworkGen.caseIds().listOf(0, 4).next(r));
      ImmutableSortedSet<EscalationId> escalations =
          ImmutableSortedSet.copyOf(EscalationGen.escalationIds().listOf(0, 3).next(r));
      ImmutableSortedSet<ReferralId> refusals =
          ImmutableSortedSet.copyOf(EscalationGen.referralIds().listOf(0, 3).next(r));
      return new Evidence(cases.size() + 1 + r.nextInt(5), escalations.size() + r.nextInt(3),
          refusals.size() + r.nextInt(3), cases, escalations, refusals);
    };
  }

  /** An observation of a quarter that has begun by {@code at}: the quarter of {@code at} or up to three before. */
  public static Gen<Observation> observations(Instant at) {
    return r -> new Observation(Quarter.containing(at, ZoneOffset.UTC).plus(-r.nextInt(4)), areas().next(r),
        topics().next(r), trends().next(r), evidence().next(r));
  }

  public static Gen<Addressee> addressees() {
    return r -> Addressee.of(CaseworkGen.agencyIds().next(r), r.nextBoolean() ? Role.TEAM_LEAD : Role.MANAGER);
  }

  /** Responses of every kind; no action always with its reason. */
  public static Gen<Response> responses() {
    return r -> {
      ResponseKind kind = Gen.oneOf(ResponseKind.values()).next(r);
      if (kind == ResponseKind.NO_ACTION) {
        return Response.noAction("no budget this year; revisit in the next quarter");
      }
      return r.nextBoolean() ? Response.of(kind) : Response.of(kind, "taken up with the housing service");
    };
  }

  /** One to five raisers (a vakgroep), from the shared pool of professionals. */
  public static Gen<List<ProfessionalId>> raisers() {
    return CaseworkGen.professionalIds().listOf(1, 5);
  }

  /** The raising event of a fresh signal; the due date is sometimes explicit. */
  public static Gen<SignalEvent.Raised> raisings() {
    return r -> {
      Instant at = CaseworkGen.instants().next(r);
      SignalId id = signalIds().next(r);
      Observation observation = observations(at).next(r);
      return (SignalEvent.Raised) (r.nextBoolean()
          ? Signal.raise(id, raisers().next(r), addressees().next(r), observation, at)
          : Signal.raise(id, raisers().next(r), addressees().next(r), observation,
              at.plus(Duration.ofDays(r.nextInt(200))), at)).event();
    };
  }

  /** A time at or after the signal's last change (and once in a while before it, which must be rejected). */
  public static Instant nextTime(Signal state, SplittableRandom r) {
    if (r.nextInt(20) == 0) {
      return state.lastChangedAt().minusSeconds(1 + r.nextInt(86_400));
    }
    return state.lastChangedAt().plus(Duration.ofMinutes(r.nextInt(30 * 24 * 60)));
  }

  /** Professionals to give feedback to: mostly raisers not yet reached, sometimes someone who did not raise it. */
  public static List<ProfessionalId> feedbackTargets(Signal state, SplittableRandom r) {
    List<ProfessionalId> out = new ArrayList<>();
    List<ProfessionalId> pending = new ArrayList<>(state.feedbackPending());
    List<ProfessionalId> all = new ArrayList<>(state.raisers());
    int n = 1 + r.nextInt(Math.max(1, all.size()));
    for (int i = 0; i < n; i++) {
      int pick = r.nextInt(10);
      if (pick == 0) {
        out.add(ProfessionalId.of("outsider-" + r.nextInt(3)));
      } else if (pick < 3 || pending.isEmpty()) {
        out.add(all.get(r.nextInt(all.size())));
      } else {
        out.add(pending.get(r.nextInt(pending.size())));
      }
    }
    return out;
  }

  /**
   * The longest command sequence worth running against one signal: it changes at most about eight times
   * (acknowledge, respond, feedback to each of up to five raisers, close), so longer runs would mostly probe a
   * closed signal, which a few steps do as well.
   */
  public static final int SEQUENCE_STEPS = 10;

  /**
   * A command for the signal: most of the time ({@code Choices.LEGAL_SHARE}) the lifecycle step its status
   * allows (see {@link #legalCommands}), otherwise one of {@link #anyCommand}: every step, in and out of turn.
   */
  public static SignalCommand commands(Signal state, SplittableRandom r) {
    if (Choices.legalTurn(r)) {
      Optional<SignalCommand> legal = legalCommands(state, laterTime(state, r), r).pick(r);
      if (legal.isPresent()) {
        return legal.get();
      }
    }
    return anyCommand(state, r);
  }

  /** A time at or after the signal's last change, within thirty days. */
  public static Instant laterTime(Signal state, SplittableRandom r) {
    return state.lastChangedAt().plus(Duration.ofMinutes(r.nextInt(30 * 24 * 60)));
  }

  /**
   * The commands the rules in {@link Signal}'s Javadoc allow in this state at {@code at}: acknowledge a raised
   * signal, respond to an acknowledged one, give feedback to raisers (at least one not yet reached) of a responded
   * one, and close it once every raiser had feedback. None once closed.
   */
  static Choices<SignalCommand> legalCommands(Signal state, Instant at, SplittableRandom r) {
    Choices<SignalCommand> c = new Choices<>();
    switch (state.status()) {
      case RAISED -> c.add(1, () -> new SignalCommand.Acknowledge(CaseworkGen.professionalIds().next(r), at));
      case ACKNOWLEDGED -> c.add(1,
          () -> new SignalCommand.Respond(responses().next(r), CaseworkGen.professionalIds().next(r), at));
      case RESPONDED -> {
        List<ProfessionalId> pending = new ArrayList<>(state.feedbackPending());
        c.addIf(!pending.isEmpty(), 1, () -> {
          List<ProfessionalId> reached = new ArrayList<>();
          reached.add(pending.get(r.nextInt(pending.size())));
          for (ProfessionalId raiser : state.raisers()) {
            if (r.nextInt(3) == 0) {
              reached.add(raiser);
            }
          }
          return SignalCommand.GiveFeedback.of(reached, at);
        });
        c.addIf(pending.isEmpty(), 1, () -> new SignalCommand.Close(at));
      }
      case CLOSED -> { }
    }
    return c;
  }

  /** A command of any kind: every lifecycle step, in and out of turn; often invalid. */
  public static SignalCommand anyCommand(Signal state, SplittableRandom r) {
    Instant at = nextTime(state, r);
    int pick = r.nextInt(100);
    if (pick < 20) {
      return new SignalCommand.Acknowledge(CaseworkGen.professionalIds().next(r), at);
    } else if (pick < 40) {
      return new SignalCommand.Respond(responses().next(r), CaseworkGen.professionalIds().next(r), at);
    } else if (pick < 75) {
      return SignalCommand.GiveFeedback.of(feedbackTargets(state, r), at);
    }
    return new SignalCommand.Close(at);
  }

  /** A signal reached by a random sequence of commands from a fresh raising (rejected commands are skipped). */
  public static Gen<Signal> signals() {
    return r -> {
      Signal state = Signal.start(raisings().next(r));
      int steps = r.nextInt(15);
      for (int i = 0; i < steps; i++) {
        try {
          state = state.decide(commands(state, r)).state();
        } catch (CaseworkException rejected) {
          // skipped: the generator explores valid and invalid commands alike
        }
      }
      return state;
    };
  }

  /** Shapes from small pools, so that groups of equal shape form. */
  public static Gen<IncidentShape> shapes() {
    return r -> {
      LifeDomain domain = r.nextBoolean() ? LifeDomain.HOUSING : LifeDomain.FINANCES;
      AgencyKind kind = r.nextBoolean() ? AgencyKind.HOUSING_SERVICE : AgencyKind.SHELTER;
      return r.nextInt(3) == 0
          ? IncidentShape.escalation(r.nextBoolean() ? EscalationReason.RULE_CONFLICT
              : EscalationReason.DISPUTED_REFUSAL, domain, kind, areas().next(r))
          : IncidentShape.refusal(REFUSAL_REASONS[r.nextInt(2)], domain, kind, areas().next(r));
    };
  }

  /** Case ids from a small pool, so that a client may have several incidents. */
  public static Gen<CaseId> caseIds() {
    return r -> CaseId.of("case-" + r.nextInt(40));
  }

  /** Incidents with unique ids (by their position {@code n}) within and around {@code period}. */
  public static Gen<Incident> incidents(Quarter period, ZoneId zone, int n) {
    return r -> {
      Instant from = period.previous().start(zone).minus(Duration.ofDays(30));
      Instant to = period.end(zone).plus(Duration.ofDays(30));
      Instant at = from.plusSeconds(r.nextLong(Duration.between(from, to).getSeconds()));
      IncidentShape shape = shapes().next(r);
      CaseId caseId = caseIds().next(r);
      return shape.reason().isPresent()
          ? Incident.escalation(EscalationId.of("esc-" + n), caseId, shape, at)
          : Incident.refusal(ReferralId.of("ref-" + n), caseId, shape, at);
    };
  }

  /** Zero to {@code max} incidents with distinct ids around {@code period}. */
  public static Gen<List<Incident>> incidentLists(Quarter period, ZoneId zone, int max) {
    return r -> {
      int size = r.nextInt(max + 1);
      List<Incident> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(incidents(period, zone, i).next(r));
      }
      return out;
    };
  }
}
