package io.github.casework.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.CaseworkException;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.VersionConflictException;
import io.github.casework.casefile.CaseProperties;
import io.github.casework.party.Professional;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.EscalationGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.Rejections;
import io.github.casework.testing.StatefulProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of the escalation aggregate over random valid and invalid command sequences, ladders and mandates. */
class EscalationProperties {

  /** The aggregate with the history that produced it. */
  record Tracked(Escalation state, List<EscalationEvent> history) {}

  /** A command with the version it expects. */
  record Step(EscalationCommand command, ExpectedVersion expected) {}

  /**
   * The rule the test expects to reject a step, computed independently of {@link Escalation} (by ordinals, not by
   * {@link Mandate#permits}), in the documented order: version, resolved (informing the manager of a step beyond
   * the mandate is accepted after the outcome), time order, then the command's rule.
   */
  static Optional<String> expectedRejection(Escalation s, Step step) {
    if (!step.expected().matches(s.version())) {
      return Optional.of(VersionConflictException.CODE);
    }
    EscalationCommand c = step.command();
    boolean informed = s.route() == Route.VIA_OWN_MANAGER || s.managerInformedAt().isPresent();
    boolean owesWord = !informed && !s.beyondMandateSteps().isEmpty();
    if (s.outcome().isPresent() && !(c instanceof EscalationCommand.InformManager && owesWord)) {
      return Optional.of(EscalationCodes.RESOLVED);
    }
    if (c.at().isBefore(s.lastChangedAt())) {
      return Optional.of(EscalationCodes.OUT_OF_ORDER);
    }
    if (c instanceof EscalationCommand.Climb k) {
      if (!s.steps().isEmpty() && k.level().ordinal() <= s.steps().get(s.steps().size() - 1).level().ordinal()) {
        return Optional.of(EscalationCodes.LEVEL_NOT_HIGHER);
      }
      boolean beyond = k.level().ordinal() > s.mandate().highestDirect().ordinal() && !informed;
      if (beyond && s.mandate().policy() == MandatePolicy.STRICT) {
        return Optional.of(EscalationCodes.BEYOND_MANDATE);
      } else if (beyond && k.beyondMandateReason().isEmpty()) {
        return Optional.of(EscalationCodes.BEYOND_MANDATE_REASON_REQUIRED);
      } else if (!beyond && k.beyondMandateReason().isPresent()) {
        return Optional.of(EscalationCodes.NOT_BEYOND_MANDATE);
      }
      return Optional.empty();
    } else if (c instanceof EscalationCommand.InformManager) {
      return informed ? Optional.of(EscalationCodes.MANAGER_ALREADY_INFORMED) : Optional.empty();
    } else if (c instanceof EscalationCommand.Resolve r) {
      return s.steps().isEmpty() && r.outcome() != Outcome.WITHDRAWN
          ? Optional.of(EscalationCodes.NOT_ADDRESSED) : Optional.empty();
    }
    throw new AssertionError(c);
  }

  /** The model of an escalation with its history, checked by an oracle written independently of it. */
  static StatefulProperty.Model<Tracked, Step> model() {
    return new StatefulProperty.Model<>() {
      @Override
      public Tracked initial(SplittableRandom random) {
        EscalationEvent.Raised raised = EscalationGen.raisings().next(random);
        return new Tracked(Escalation.start(raised), List.of(raised));
      }

      @Override
      public String kind(Step step) {
        return step.command().getClass().getSimpleName();
      }

      @Override
      public Step nextCommand(Tracked t, SplittableRandom random) {
        EscalationCommand command = EscalationGen.commands(t.state(), random);
        ExpectedVersion expected = CaseProperties.expectedVersion(t.state().version(), random);
        return new Step(command, expected);
      }

      @Override
      public Tracked apply(Tracked t, Step step) {
        Optional<String> predicted = expectedRejection(t.state(), step);
        Decision<Escalation, EscalationEvent> d;
        try {
          d = t.state().decide(step.command(), step.expected());
        } catch (CaseworkException e) {
          assertThat(predicted).as("rejection of %s", step).contains(e.code());
          throw e;
        }
        assertThat(predicted).as("acceptance of %s", step).isEmpty();
        Escalation folded = t.state();
        for (EscalationEvent e : d.events()) {
          folded = folded.evolve(e);
        }
        assertThat(folded).isEqualTo(d.state());
        assertThat(d.state().version()).isEqualTo(t.state().version() + d.events().size());
        // The outcome is set once: whatever was decided before stays.
        t.state().outcome().ifPresent(o -> assertThat(d.state().outcome()).contains(o));
        List<EscalationEvent> history = new ArrayList<>(t.history());
        history.addAll(d.events());
        return new Tracked(d.state(), history);
      }

      @Override
      public void checkInvariants(Tracked t) {
        Escalation e = t.state();
        assertThat(Escalation.replay(t.history())).as("replay equals state").isEqualTo(e);
        assertThat(e.version()).isEqualTo(t.history().size());
        checkLadder(e, t.history());
        long resolutions = t.history().stream().filter(x -> x instanceof EscalationEvent.Resolved).count();
        assertThat(resolutions).as("at most one outcome").isLessThanOrEqualTo(1);
        if (resolutions == 1) {
          List<EscalationEvent> after = t.history().subList(t.history().indexOf(t.history().stream()
              .filter(x -> x instanceof EscalationEvent.Resolved).findFirst().orElseThrow()) + 1, t.history().size());
          assertThat(after).as("after the outcome, at most informing the manager of a step beyond the mandate")
              .hasSizeLessThanOrEqualTo(1)
              .allSatisfy(x -> assertThat(x).isInstanceOf(EscalationEvent.ManagerInformed.class));
          if (!after.isEmpty()) {
            assertThat(e.beyondMandateSteps()).isNotEmpty();
          }
          assertThat(e.resolvedAt()).contains(t.history().get(t.history().size() - 1 - after.size()).at());
        } else {
          assertThat(e.resolvedAt()).isEmpty();
        }
        assertThat(e.isIncident()).isEqualTo(e.outcome().map(o -> o == Outcome.EXCEPTION_GRANTED
            || o == Outcome.PRIORITY_GRANTED).orElse(false));
      }

      @Override
      public void checkRejected(Tracked before, Step step, CaseworkException rejection) {
        Rejections.rejectedAgainAfterReplay(Escalation.TYPE, before.history(), step.command(), step.expected(),
            rejection);
      }

      @Override
      public List<String> labels(Tracked t) {
        Escalation e = t.state();
        List<String> labels = new ArrayList<>();
        e.currentLevel().ifPresent(l -> labels.add("escalation at " + l.code()));
        if (e.managerInformedAt().isPresent()) {
          labels.add("manager informed");
        }
        if (!e.beyondMandateSteps().isEmpty()) {
          labels.add("beyond the mandate");
        }
        e.outcome().ifPresent(o -> labels.add("escalation resolved"));
        if (e.outcome().isPresent() && e.resolvedAt().orElseThrow().isBefore(e.lastChangedAt())) {
          labels.add("manager informed after the outcome");
        }
        return labels;
      }
    };
  }

  /**
   * Levels never go down; every step above the mandate had the own manager in the loop before it or, under an
   * advisory mandate only, is listed beyond the mandate with its reason; checked from the history alone.
   */
  static void checkLadder(Escalation e, List<EscalationEvent> history) {
    Optional<Instant> informedAt = e.route() == Route.VIA_OWN_MANAGER ? Optional.of(e.raisedAt()) : Optional.empty();
    int previous = -1;
    Instant previousAt = e.raisedAt();
    List<BeyondMandateStep> beyond = new ArrayList<>();
    for (EscalationEvent event : history) {
      assertThat(event.at()).as("changes are dated in order").isAfterOrEqualTo(previousAt);
      previousAt = event.at();
      if (event instanceof EscalationEvent.ManagerInformed m) {
        informedAt = Optional.of(m.at());
      } else if (event instanceof EscalationEvent.Climbed c) {
        assertThat(c.level().ordinal()).as("levels never go down").isGreaterThan(previous);
        previous = c.level().ordinal();
        boolean above = c.level().ordinal() > e.mandate().highestDirect().ordinal();
        if (above && informedAt.isEmpty()) {
          assertThat(e.mandate().policy()).as("beyond a strict mandate").isEqualTo(MandatePolicy.ADVISORY);
          assertThat(c.beyondMandateReason()).as("a step beyond the mandate states why").isPresent();
          beyond.add(new BeyondMandateStep(c.step(), e.mandate(), c.beyondMandateReason().get()));
        } else {
          assertThat(c.beyondMandateReason()).as("only a step beyond the mandate states a reason").isEmpty();
          if (above) {
            assertThat(informedAt.get()).isBeforeOrEqualTo(c.at());
          }
        }
      }
    }
    assertThat(e.steps()).hasSize((int) history.stream().filter(x -> x instanceof EscalationEvent.Climbed).count());
    assertThat(e.beyondMandateSteps()).as("the steps beyond the mandate").isEqualTo(beyond);
  }

  @Test
  void randomCommandSequencesKeepEveryInvariant() {
    // Checks after every step: replay equals state, version = events, levels never go down, the mandate rule,
    // the outcome is set once, the incident mark; and that a rejected command is rejected with the code an
    // independent oracle predicts, and again on the state rebuilt from the history.
    // Floors (see Reach): the tier at or below three quarters of the share of tries that reached each label over
    // two runs of 20,000 tries.
    StatefulProperty.run("escalation.commands", EscalationGen.SEQUENCE_STEPS, model())
        .requireReached(0.5, "manager informed")
        .requireReached(0.3, "escalation resolved", "escalation at " + LadderLevel.FRONTLINE_OFFICIAL.code(),
            "escalation at " + LadderLevel.SUPERVISOR.code(),
            "escalation at " + LadderLevel.MANAGEMENT.code())
        .requireReached(0.15, "InformManager accepted", "escalation at " + LadderLevel.EXECUTIVE.code(),
            "escalation at " + LadderLevel.MUNICIPALITY.code(), EscalationCodes.RESOLVED,
            VersionConflictException.CODE)
        .requireReached(0.05, EscalationCodes.MANAGER_ALREADY_INFORMED, "beyond the mandate")
        .requireReached(0.03, EscalationCodes.LEVEL_NOT_HIGHER, EscalationCodes.OUT_OF_ORDER,
            EscalationCodes.NOT_BEYOND_MANDATE)
        .requireReached(0.015, EscalationCodes.NOT_ADDRESSED, EscalationCodes.BEYOND_MANDATE,
            EscalationCodes.BEYOND_MANDATE_REASON_REQUIRED)
        .requireReached(0.005, "manager informed after the outcome");
  }

  /** A planned step: inform the own manager first (or not), then climb to a level, with a reason or not. */
  record Planned(boolean informFirst, LadderLevel level, Optional<BeyondMandateReason> reason) {}

  record Ladder(Mandate mandate, Route route, List<Planned> plan) {}

  @Test
  void mandateRuleHoldsForRandomLaddersAndMandates() {
    Gen<Ladder> ladders = r -> new Ladder(EscalationGen.mandates().next(r), EscalationGen.routes().next(r),
        ((Gen<Planned>) x -> new Planned(x.nextInt(6) == 0, EscalationGen.levels().next(x),
            x.nextBoolean() ? Optional.of(EscalationGen.beyondMandateReasons().next(x)) : Optional.empty()))
            .listOf(1, 6).next(r));
    Property.forAll("escalation.mandate-rule", ladders, ladder -> {
      Mandate m = ladder.mandate();
      Professional raiser = new Professional(CaseworkGen.professionalIds().next(new SplittableRandom(1)),
          m.agency(), m.role());
      Escalation e = Escalation.raise(EscalationGen.escalationIds().next(new SplittableRandom(2)),
          EscalationGen.subjects().next(new SplittableRandom(3)), EscalationReason.RULE_CONFLICT,
          EscalationGen.targets().next(new SplittableRandom(4)), raiser, m, ladder.route(), CaseworkGen.EPOCH)
          .state();
      boolean informed = ladder.route() == Route.VIA_OWN_MANAGER;
      int top = -1;
      int minute = 0;
      for (Planned p : ladder.plan()) {
        Instant at = CaseworkGen.EPOCH.plusSeconds(60L * ++minute);
        if (p.informFirst() && !informed) {
          e = e.decide(new EscalationCommand.InformManager(at)).state();
          informed = true;
        }
        boolean up = p.level().ordinal() > top;
        boolean withinMandate = p.level().ordinal() <= m.highestDirect().ordinal();
        boolean beyond = !withinMandate && !informed;
        EscalationCommand.Climb climb = new EscalationCommand.Climb(p.level(), EscalationGen.officials()
            .next(new SplittableRandom(minute)), p.reason(), at);
        Optional<String> expected = !up ? Optional.of(EscalationCodes.LEVEL_NOT_HIGHER)
            : beyond && m.policy() == MandatePolicy.STRICT ? Optional.of(EscalationCodes.BEYOND_MANDATE)
            : beyond && p.reason().isEmpty() ? Optional.of(EscalationCodes.BEYOND_MANDATE_REASON_REQUIRED)
            : !beyond && p.reason().isPresent() ? Optional.of(EscalationCodes.NOT_BEYOND_MANDATE)
            : Optional.empty();
        if (expected.isEmpty()) {
          int beyondBefore = e.beyondMandateSteps().size();
          e = e.decide(climb).state();
          top = p.level().ordinal();
          assertThat(e.currentLevel()).contains(p.level());
          assertThat(e.beyondMandateSteps()).hasSize(beyondBefore + (beyond ? 1 : 0));
        } else {
          Escalation before = e;
          assertThatThrownBy(() -> before.decide(climb)).extracting(Rejections::code).isEqualTo(expected.get());
        }
        // The rule itself, apart from any escalation: the route via the manager or informing lifts the mandate.
        assertThat(m.permits(p.level(), Route.DIRECT, false)).isEqualTo(withinMandate);
        assertThat(m.permits(p.level(), Route.DIRECT, true)).isTrue();
        assertThat(m.permits(p.level(), Route.VIA_OWN_MANAGER, false)).isTrue();
        assertThat(m.allowsDirect(p.level())).isEqualTo(withinMandate);
        assertThat(m.isBeyond(p.level(), Route.DIRECT, false)).isEqualTo(!withinMandate);
        assertThat(m.isBeyond(p.level(), Route.DIRECT, true)).isFalse();
      }
    });
  }

  @Test
  void levelsNeverGoDownInGeneratedEscalations() {
    Property.forAll("escalation.levels-up", EscalationGen.escalations(), e -> {
      for (int i = 1; i < e.steps().size(); i++) {
        assertThat(e.steps().get(i).level().isAbove(e.steps().get(i - 1).level())).isTrue();
        assertThat(e.steps().get(i).at()).isAfterOrEqualTo(e.steps().get(i - 1).at());
      }
    });
  }

  @Test
  void theOutcomeIsSetOnce() {
    Gen<Object[]> resolvedWithCommand = r -> {
      Escalation e = EscalationGen.escalations().next(r);
      if (!e.isResolved()) {
        e = e.decide(new EscalationCommand.Resolve(Outcome.WITHDRAWN, e.lastChangedAt())).state();
      }
      return new Object[] {e, EscalationGen.commands(e, r)};
    };
    Property.forAll("escalation.outcome-once", resolvedWithCommand, pair -> {
      Escalation e = (Escalation) pair[0];
      EscalationCommand command = (EscalationCommand) pair[1];
      boolean owesWord = !e.beyondMandateSteps().isEmpty() && !e.isManagerInformed();
      if (command instanceof EscalationCommand.InformManager && owesWord
          && !command.at().isBefore(e.lastChangedAt())) {
        Escalation informed = e.decide(command).state();
        assertThat(informed.outcome()).isEqualTo(e.outcome());
        assertThat(informed.resolvedAt()).isEqualTo(e.resolvedAt());
        assertThat(informed.managerInformedAt()).contains(command.at());
      } else if (!(command instanceof EscalationCommand.InformManager && owesWord)) {
        assertThatThrownBy(() -> e.decide(command))
            .extracting(Rejections::code).isEqualTo(EscalationCodes.RESOLVED);
      }
      // No outcome replaces the one decided, whenever it comes.
      for (Outcome other : Outcome.values()) {
        assertThatThrownBy(() -> e.decide(new EscalationCommand.Resolve(other, e.lastChangedAt().plusSeconds(60))))
            .extracting(Rejections::code).isEqualTo(EscalationCodes.RESOLVED);
      }
    });
  }
}
