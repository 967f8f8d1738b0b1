package io.github.casework.testing;

import io.github.casework.CaseworkException;
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
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded generators for escalations, built only through the public factories and commands. Commands are mostly
 * plausible and sometimes invalid on purpose (a level that does not go up, a step beyond the mandate, a second
 * outcome, time going back), so both acceptance and rejection are exercised.
 */
public final class EscalationGen {
  private EscalationGen() {}

  public static Gen<EscalationId> escalationIds() {
    return CaseworkGen.idText().map(EscalationId::of);
  }

  public static Gen<ReferralId> referralIds() {
    return r -> ReferralId.of("ref-" + r.nextInt(1000));
  }

  /** Officials at target agencies, a small pool so that the same person may be addressed twice. */
  public static Gen<ProfessionalId> officials() {
    return r -> ProfessionalId.of("official-" + r.nextInt(8));
  }

  public static Gen<LadderLevel> levels() {
    return Gen.oneOf(LadderLevel.values());
  }

  public static Gen<Route> routes() {
    return Gen.oneOf(Route.values());
  }

  public static Gen<EscalationReason> reasons() {
    return Gen.oneOf(EscalationReason.values());
  }

  public static Gen<Outcome> outcomes() {
    return Gen.oneOf(Outcome.values());
  }

  /** Mandates of random agencies and roles at every ladder level; half of them strict, half advisory. */
  public static Gen<Mandate> mandates() {
    return r -> Mandate.of(CaseworkGen.agencyIds().next(r), Gen.oneOf(Role.values()).next(r), levels().next(r),
        r.nextBoolean() ? MandatePolicy.STRICT : MandatePolicy.ADVISORY);
  }

  public static Gen<BeyondMandateReason> beyondMandateReasons() {
    return Gen.oneOf(BeyondMandateReason.values());
  }

  /** Subjects; about half name a blocking referral. */
  public static Gen<EscalationSubject> subjects() {
    return r -> {
      EscalationSubject s = EscalationSubject.need(CaseworkGen.caseIds().next(r), CaseworkGen.needIds().next(r),
          Gen.oneOf(LifeDomain.values()).next(r));
      return r.nextBoolean() ? s.blockedBy(referralIds().next(r)) : s;
    };
  }

  public static Gen<Target> targets() {
    return r -> new Target(CaseworkGen.agencyIds().next(r), Gen.oneOf(AgencyKind.values()).next(r));
  }

  /** The raising event of a fresh escalation, by a professional the mandate applies to. */
  public static Gen<EscalationEvent.Raised> raisings() {
    return r -> {
      Mandate mandate = mandates().next(r);
      Professional raiser = new Professional(CaseworkGen.professionalIds().next(r), mandate.agency(), mandate.role());
      EscalationSubject subject = subjects().next(r);
      EscalationReason reason = reasons().next(r);
      if (reason == EscalationReason.DISPUTED_REFUSAL && subject.blockingReferral().isEmpty()) {
        subject = subject.blockedBy(referralIds().next(r));
      }
      return (EscalationEvent.Raised) Escalation.raise(escalationIds().next(r), subject, reason, targets().next(r),
          raiser, mandate, routes().next(r), CaseworkGen.instants().next(r)).event();
    };
  }

  /** A time at or after the escalation's last change (and once in a while before it, which must be rejected). */
  public static Instant nextTime(Escalation state, SplittableRandom r) {
    if (r.nextInt(20) == 0) {
      return state.lastChangedAt().minusSeconds(1 + r.nextInt(86_400));
    }
    return state.lastChangedAt().plus(Duration.ofMinutes(r.nextInt(7 * 24 * 60)));
  }

  /** A level for the next step: usually above the current one, sometimes equal or lower. */
  public static LadderLevel nextLevel(Escalation state, SplittableRandom r) {
    int current = state.currentLevel().map(LadderLevel::ordinal).orElse(-1);
    LadderLevel[] all = LadderLevel.values();
    if (current + 1 < all.length && r.nextInt(5) != 0) {
      return all[current + 1 + r.nextInt(Math.min(2, all.length - current - 1))];
    }
    return all[r.nextInt(all.length)];
  }

  /**
   * The longest command sequence worth running against one escalation: it changes at most seven times (five
   * climbs, informing the own manager, the outcome), so longer runs would mostly probe a resolved escalation, which
   * a few steps do as well.
   */
  public static final int SEQUENCE_STEPS = 8;

  /**
   * A command for the escalation: most of the time ({@code Choices.LEGAL_SHARE}) one that its rules allow (see
   * {@link #legalCommands}), otherwise one of {@link #anyCommand}, which are often rejected.
   */
  public static EscalationCommand commands(Escalation state, SplittableRandom r) {
    if (Choices.legalTurn(r)) {
      Optional<EscalationCommand> legal = legalCommands(state, laterTime(state, r), r).pick(r);
      if (legal.isPresent()) {
        return legal.get();
      }
    }
    return anyCommand(state, r);
  }

  /** A time at or after the escalation's last change, within a week. */
  public static Instant laterTime(Escalation state, SplittableRandom r) {
    return state.lastChangedAt().plus(Duration.ofMinutes(r.nextInt(7 * 24 * 60)));
  }

  /**
   * The commands the rules in {@link Escalation}'s Javadoc allow in this state at {@code at}: a climb to a higher
   * level (within the mandate unless the own manager is in the loop; beyond it, with a reason, under an advisory
   * mandate), informing the manager (more likely when the next level lies beyond the mandate), and an outcome
   * (withdrawn only, before any step), offered with a low weight while the ladder goes on, since a resolved
   * escalation accepts nothing more but informing the manager of a step beyond the mandate.
   */
  static Choices<EscalationCommand> legalCommands(Escalation state, Instant at, SplittableRandom r) {
    Choices<EscalationCommand> c = new Choices<>();
    boolean informed = state.route() == Route.VIA_OWN_MANAGER || state.managerInformedAt().isPresent();
    if (state.outcome().isPresent()) {
      c.addIf(!informed && !state.beyondMandateSteps().isEmpty(), 1, () -> new EscalationCommand.InformManager(at));
      return c;
    }
    int current = state.steps().isEmpty() ? -1 : state.steps().get(state.steps().size() - 1).level().ordinal();
    int direct = state.mandate().highestDirect().ordinal();
    boolean advisory = state.mandate().policy() == MandatePolicy.ADVISORY;
    int top = informed || advisory ? LadderLevel.values().length - 1 : direct;
    boolean blockedByMandate = !informed && current + 1 < LadderLevel.values().length && current + 1 > direct;
    // Mostly one level up, so that escalations pass through every level; sometimes two.
    c.addIf(current < top, 8, () -> {
      LadderLevel level = LadderLevel.values()[current + (top - current >= 2 && r.nextInt(4) == 0 ? 2 : 1)];
      return !informed && level.ordinal() > direct
          ? EscalationCommand.Climb.beyondMandate(level, officials().next(r), beyondMandateReasons().next(r), at)
          : new EscalationCommand.Climb(level, officials().next(r), at);
    });
    c.addIf(!informed, blockedByMandate ? 8 : 1, () -> new EscalationCommand.InformManager(at));
    c.add(current < top || blockedByMandate ? 1 : 8, () -> new EscalationCommand.Resolve(
        state.steps().isEmpty() ? Outcome.WITHDRAWN : outcomes().next(r), at));
    return c;
  }

  /**
   * A command of any kind: mostly steps up, sometimes informing, now and then an outcome (which ends the
   * escalation, so it is the rarest); often invalid.
   */
  public static EscalationCommand anyCommand(Escalation state, SplittableRandom r) {
    Instant at = nextTime(state, r);
    int pick = r.nextInt(100);
    if (pick < 45) {
      return new EscalationCommand.Climb(nextLevel(state, r), officials().next(r), at);
    } else if (pick < 65) {
      return EscalationCommand.Climb.beyondMandate(nextLevel(state, r), officials().next(r),
          beyondMandateReasons().next(r), at);
    } else if (pick < 85) {
      return new EscalationCommand.InformManager(at);
    }
    return new EscalationCommand.Resolve(outcomes().next(r), at);
  }

  /** An escalation reached by a random sequence of commands from a fresh raising (rejected commands are skipped). */
  public static Gen<Escalation> escalations() {
    return r -> {
      Escalation state = Escalation.start(raisings().next(r));
      int steps = r.nextInt(12);
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
}
