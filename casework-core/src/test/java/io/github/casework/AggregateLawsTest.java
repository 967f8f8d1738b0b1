package io.github.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.escalation.Escalation;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.EscalationGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Rejections;
import io.github.casework.testing.SignalGen;
import io.github.casework.testing.StatefulProperty;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws every aggregate shares, checked once, generically, for all four kinds through their
 * {@link AggregateType} descriptor: a decision's events folded with {@code evolve} give its state; the version is
 * the number of events applied; replaying the history gives the state; a rejected command throws a coded
 * exception, changes nothing, and is rejected the same way on a state rebuilt from the history; an expected
 * version is honoured; and the shared head checks (empty history, wrong first event, first event again, event of
 * another aggregate) come with the aggregate's own codes and in that order.
 */
class AggregateLawsTest {

  /**
   * One aggregate kind as the laws see it: its descriptor, a generator of first events, a generator of commands
   * (valid and invalid) for a state, and the longest sequence worth running (the short lifecycles of referrals,
   * escalations and signals end early, after which every command is rejected).
   */
  record Kind<S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent>(
      AggregateType<S, C, E> type, Gen<? extends E> firsts, BiFunction<S, SplittableRandom, C> commands,
      int maxSteps) {
    @Override
    public String toString() {
      return type.name();
    }
  }

  static Stream<Kind<?, ?, ?>> kinds() {
    return Stream.of(
        new Kind<>(Case.TYPE, CaseworkGen.caseOpenings(), CaseworkGen::caseCommands, 30),
        new Kind<>(Referral.TYPE, ReferralGen.drafts(), ReferralGen::referralCommands, ReferralGen.SEQUENCE_STEPS),
        new Kind<>(Escalation.TYPE, EscalationGen.raisings(), EscalationGen::commands, EscalationGen.SEQUENCE_STEPS),
        new Kind<>(Signal.TYPE, SignalGen.raisings(), SignalGen::commands, SignalGen.SEQUENCE_STEPS));
  }

  /** A state with the history that produced it, as the stateful runner carries it. */
  record Run<S, E>(S state, ImmutableList<E> history) {
    @Override
    public String toString() {
      return state + " after " + history.size() + " events";
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void decideEvolveReplayAndVersionAgreeOnEveryStep(Kind<?, ?, ?> kind) {
    runLaws(kind);
  }

  private static <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent> void runLaws(
      Kind<S, C, E> kind) {
    AggregateType<S, C, E> type = kind.type();
    StatefulProperty.run("aggregate laws: " + type.name(), kind.maxSteps(), new StatefulProperty.Model<Run<S, E>, C>() {
      @Override
      public Run<S, E> initial(SplittableRandom random) {
        E first = kind.firsts().next(random);
        return new Run<>(type.start(first), ImmutableList.of(first));
      }

      @Override
      public C nextCommand(Run<S, E> run, SplittableRandom random) {
        return kind.commands().apply(run.state(), random);
      }

      @Override
      public Run<S, E> apply(Run<S, E> run, C command) {
        S before = run.state();
        Decision<S, E> decision = before.decide(command);
        // The fold of the decision's events over the old state is the decision's state.
        S folded = before;
        for (E e : decision.events()) {
          assertThat(e.aggregateId()).isEqualTo(before.id());
          assertThat(e.aggregateType()).isSameAs(type);
          assertThat(AggregateType.ofEventType(e.type())).containsSame(type);
          assertThat(e.at()).isEqualTo(command.at());
          folded = type.evolve(folded, e);
        }
        assertThat(folded).isEqualTo(decision.state());
        assertThat(decision.state().version()).isEqualTo(before.version() + decision.events().size());
        // The same command with the right expected version decides the same; with a stale one it conflicts.
        assertThat(before.decide(command, ExpectedVersion.exactly(before.version()))).isEqualTo(decision);
        assertThatThrownBy(() -> before.decide(command, ExpectedVersion.exactly(before.version() + 1)))
            .isInstanceOfSatisfying(VersionConflictException.class, c -> {
              assertThat(c.actual()).isEqualTo(before.version());
              assertThat(c.aggregateId()).isEqualTo(before.id().value());
            });
        // The descriptor, the interface default and the state agree.
        assertThat(type.decide(before, command, ExpectedVersion.any())).isEqualTo(decision);
        return new Run<>(decision.state(), ImmutableList.<E>builder().addAll(run.history())
            .addAll(decision.events()).build());
      }

      @Override
      public void checkInvariants(Run<S, E> run) {
        S state = run.state();
        assertThat(state.version()).isEqualTo(run.history().size());
        assertThat(type.replay(run.history())).isEqualTo(state);
        assertThat(state.lastChangedAt()).isEqualTo(run.history().get(run.history().size() - 1).at());
        assertThat(state.aggregateType()).isSameAs(type);
      }

      @Override
      public void checkRejected(Run<S, E> run, C command, CaseworkException rejection) {
        assertThat(rejection.code()).isNotBlank().matches("[a-z0-9-]+(\\.[a-z0-9-]+)+");
        // Rejected on an independently rebuilt state with the same code: the decision depends on the history only.
        S rebuilt = type.replay(run.history());
        assertThatThrownBy(() -> rebuilt.decide(command, ExpectedVersion.exactly(run.history().size())))
            .extracting(Rejections::code).isEqualTo(rejection.code());
        assertThat(rebuilt).isEqualTo(run.state());
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void headChecksComeFirstWithTheAggregatesOwnCodes(Kind<?, ?, ?> kind) {
    headChecks(kind);
  }

  private static <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent> void headChecks(
      Kind<S, C, E> kind) {
    AggregateType<S, C, E> type = kind.type();
    AggregateType.Codes codes = type.codes();
    Gen<List<E>> pairs = r -> List.of(kind.firsts().next(r), kind.firsts().next(r));
    Property.forAll("head checks: " + type.name(), pairs, pair -> {
      E first = pair.get(0);
      E other = pair.get(1);
      S state = type.start(first);
      assertThat(state.version()).isEqualTo(1);
      assertThat(state.id()).isEqualTo(first.aggregateId());

      assertThatThrownBy(() -> type.replay(List.of())).extracting(Rejections::code).isEqualTo(codes.notStarted());
      // A first event applied again: the aggregate's "already started" code.
      assertThatThrownBy(() -> state.evolve(first)).extracting(Rejections::code)
          .isEqualTo(codes.alreadyStarted());
      assertThatThrownBy(() -> type.replay(List.of(first, first))).extracting(Rejections::code)
          .isEqualTo(codes.alreadyStarted());
      if (!other.aggregateId().equals(first.aggregateId())) {
        // Another aggregate's event: "wrong aggregate" wins over "already started".
        assertThatThrownBy(() -> state.evolve(other)).extracting(Rejections::code)
            .isEqualTo(codes.wrongAggregate());
        assertThatThrownBy(() -> type.replay(List.of(first, other))).extracting(Rejections::code)
            .isEqualTo(codes.wrongAggregate());
      }
      // A history that does not start with the first event.
      Decision<S, E> next = firstAcceptedDecision(kind, state, new SplittableRandom(first.hashCode()));
      if (next != null) {
        assertThatThrownBy(() -> type.replay(next.events())).extracting(Rejections::code)
            .isEqualTo(codes.notStarted());
        assertThatThrownBy(() -> type.start(next.events().get(0))).extracting(Rejections::code)
            .isEqualTo(codes.notStarted());
      }
      // Creation honours an expected version: none and any allow it, an exact version never does.
      assertThat(type.create(first, ExpectedVersion.none()).state()).isEqualTo(state);
      assertThat(type.create(first, ExpectedVersion.any()).events()).containsExactly(first);
      assertThatThrownBy(() -> type.create(first, ExpectedVersion.exactly(1)))
          .isInstanceOfSatisfying(VersionConflictException.class, c -> assertThat(c.actual()).isZero());
      // The untyped entry points route by the event's own descriptor.
      assertThat(AggregateType.startAny(first)).isEqualTo(state);
      assertThat(first.type()).startsWith(type.name() + ".");
      assertThat(first.type()).isEqualTo(type.firstEventTypeId());
    });
  }

  private static <S extends Aggregate<S, C, E>, C extends CaseworkCommand, E extends CaseworkEvent>
      Decision<S, E> firstAcceptedDecision(Kind<S, C, E> kind, S state, SplittableRandom random) {
    for (int i = 0; i < 50; i++) {
      try {
        return state.decide(kind.commands().apply(state, random));
      } catch (CaseworkException rejected) {
        // try another command
      }
    }
    return null;
  }

  @Test
  void anEventOfAnotherKindIsRejectedWithTheStatesCode() {
    SplittableRandom r = new SplittableRandom(13);
    Case aCase = Case.TYPE.start(CaseworkGen.caseOpenings().next(r));
    CaseworkEvent referralEvent = ReferralGen.drafts().next(r);
    assertThatThrownBy(() -> AggregateType.evolveAny(aCase, referralEvent)).extracting(Rejections::code)
        .isEqualTo(Case.TYPE.codes().wrongAggregate());
    Aggregate<?, ?, ?> started = AggregateType.startAny(referralEvent);
    assertThat(started).isInstanceOf(Referral.class);
  }

  @Test
  void theDescriptorRejectsNulls() {
    SplittableRandom r = new SplittableRandom(7);
    CaseEvent.Opened opened = CaseworkGen.caseOpenings().next(r);
    Case aCase = Case.TYPE.start(opened);
    NullPointerTester tester = new NullPointerTester()
        .setDefault(CaseworkEvent.class, opened)
        .setDefault(CaseEvent.class, opened)
        .setDefault(Aggregate.class, aCase)
        .setDefault(Case.class, aCase)
        .setDefault(CaseCommand.class, new CaseCommand.Activate(opened.at()))
        .setDefault(CaseworkCommand.class, new CaseCommand.Activate(opened.at()))
        .setDefault(ExpectedVersion.class, ExpectedVersion.any())
        .setDefault(String.class, "case")
        .setDefault(Iterable.class, List.of(opened))
        .setDefault(AggregateType.Codes.class, Case.TYPE.codes())
        .setDefault(AggregateType.Rules.class, new NoRules());
    tester.testAllPublicStaticMethods(AggregateType.class);
    tester.testAllPublicInstanceMethods(Case.TYPE);
    tester.testAllPublicConstructors(AggregateType.Codes.class);
  }

  @Test
  void aDescriptorsNameIsALowerCaseWord() {
    for (String bad : List.of("", "Case", "case-file", "case.x", "c1")) {
      assertThatThrownBy(() -> AggregateType.of(bad, Case.class, CaseCommand.class, CaseEvent.class,
          CaseEvent.Opened.class, CaseEvent.Opened.TYPE, Case.TYPE.codes(), new NoRules()))
          .extracting(Rejections::code).isEqualTo(CoreCodes.AGGREGATE_NAME_INVALID);
    }
    assertThat(AggregateType.of("dossier", Case.class, CaseCommand.class, CaseEvent.class, CaseEvent.Opened.class,
        CaseEvent.Opened.TYPE, Case.TYPE.codes(), new NoRules()).name()).isEqualTo("dossier");
  }

  /** Rules that are never called, for constructing descriptors in tests. */
  private static final class NoRules implements AggregateType.Rules<Case, CaseCommand, CaseEvent, CaseEvent.Opened> {
    @Override
    public Case start(CaseEvent.Opened first) {
      throw new AssertionError("not called");
    }

    @Override
    public CaseEvent eventFor(Case state, CaseCommand command) {
      throw new AssertionError("not called");
    }

    @Override
    public Case evolve(Case state, CaseEvent event) {
      throw new AssertionError("not called");
    }
  }

  @Test
  void descriptorsAreListedAndFoundByNameAndEventType() {
    assertThat(AggregateType.values()).containsExactly(Case.TYPE, Referral.TYPE, Escalation.TYPE, Signal.TYPE);
    for (AggregateType<?, ?, ?> t : AggregateType.values()) {
      assertThat(AggregateType.ofName(t.name())).containsSame(t);
      assertThat(AggregateType.ofEventType(t.firstEventTypeId())).containsSame(t);
      assertThat(t.toString()).isEqualTo(t.name());
    }
    assertThat(AggregateType.ofName("caseload")).isEmpty();
    assertThat(AggregateType.ofEventType("case")).isEmpty();
    assertThat(AggregateType.ofEventType(".opened")).isEmpty();
    assertThat(AggregateType.ofEventType("caseload.opened")).isEmpty();
  }
}
