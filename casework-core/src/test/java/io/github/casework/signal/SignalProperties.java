package io.github.casework.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.casework.CaseworkException;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.VersionConflictException;
import io.github.casework.casefile.CaseProperties;
import io.github.casework.id.ProfessionalId;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.Rejections;
import io.github.casework.testing.SignalGen;
import io.github.casework.testing.StatefulProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of the signal aggregate and its values over random valid and invalid input. */
class SignalProperties {

  /** The aggregate with the history that produced it. */
  record Tracked(Signal state, List<SignalEvent> history) {}

  /** A command with the version it expects. */
  record Step(SignalCommand command, ExpectedVersion expected) {}

  /**
   * The rule the test expects to reject a step, computed independently of {@link Signal}, in the documented
   * order: version, closed, time order, lifecycle step, then the command's own rule.
   */
  static Optional<String> expectedRejection(Signal s, Step step) {
    if (!step.expected().matches(s.version())) {
      return Optional.of(VersionConflictException.CODE);
    }
    SignalCommand c = step.command();
    if (s.status() == SignalStatus.CLOSED) {
      return Optional.of(SignalCodes.CLOSED);
    }
    if (c.at().isBefore(s.lastChangedAt())) {
      return Optional.of(SignalCodes.OUT_OF_ORDER);
    }
    if (c instanceof SignalCommand.Acknowledge) {
      return s.status() == SignalStatus.RAISED ? Optional.empty() : Optional.of(SignalCodes.ILLEGAL_TRANSITION);
    } else if (c instanceof SignalCommand.Respond) {
      return s.status() == SignalStatus.ACKNOWLEDGED ? Optional.empty()
          : Optional.of(SignalCodes.ILLEGAL_TRANSITION);
    } else if (c instanceof SignalCommand.GiveFeedback f) {
      if (s.status() != SignalStatus.RESPONDED) {
        return Optional.of(SignalCodes.ILLEGAL_TRANSITION);
      }
      if (!s.raisers().containsAll(f.reached())) {
        return Optional.of(SignalCodes.NOT_A_RAISER);
      }
      return s.feedbackReached().containsAll(f.reached())
          ? Optional.of(SignalCodes.FEEDBACK_ALREADY_GIVEN) : Optional.empty();
    } else if (c instanceof SignalCommand.Close) {
      if (s.status() != SignalStatus.RESPONDED) {
        return Optional.of(SignalCodes.ILLEGAL_TRANSITION);
      }
      return s.feedbackReached().size() == s.raisers().size()
          ? Optional.empty() : Optional.of(SignalCodes.FEEDBACK_MISSING);
    }
    throw new AssertionError(c);
  }

  /** The model of a signal with its history, checked by an oracle written independently of it. */
  static StatefulProperty.Model<Tracked, Step> model() {
    return new StatefulProperty.Model<>() {
      @Override
      public Tracked initial(SplittableRandom random) {
        SignalEvent.Raised raised = SignalGen.raisings().next(random);
        return new Tracked(Signal.start(raised), List.of(raised));
      }

      @Override
      public String kind(Step step) {
        return step.command().getClass().getSimpleName();
      }

      @Override
      public Step nextCommand(Tracked t, SplittableRandom random) {
        SignalCommand command = SignalGen.commands(t.state(), random);
        ExpectedVersion expected = CaseProperties.expectedVersion(t.state().version(), random);
        return new Step(command, expected);
      }

      @Override
      public Tracked apply(Tracked t, Step step) {
        Optional<String> predicted = expectedRejection(t.state(), step);
        Decision<Signal, SignalEvent> d;
        try {
          d = t.state().decide(step.command(), step.expected());
        } catch (CaseworkException e) {
          assertThat(predicted).as("rejection of %s", step).contains(e.code());
          throw e;
        }
        assertThat(predicted).as("acceptance of %s", step).isEmpty();
        Signal folded = t.state();
        for (SignalEvent e : d.events()) {
          folded = folded.evolve(e);
        }
        assertThat(folded).isEqualTo(d.state());
        assertThat(d.state().version()).isEqualTo(t.state().version() + d.events().size());
        assertThat(d.state().status().ordinal()).as("the lifecycle moves forward")
            .isGreaterThanOrEqualTo(t.state().status().ordinal());
        List<SignalEvent> history = new ArrayList<>(t.history());
        history.addAll(d.events());
        return new Tracked(d.state(), history);
      }

      @Override
      public void checkInvariants(Tracked t) {
        Signal s = t.state();
        assertThat(Signal.replay(t.history())).as("replay equals state").isEqualTo(s);
        assertThat(s.version()).isEqualTo(t.history().size());
        assertThat(s.raisers()).containsAll(s.feedbackReached());
        s.response().ifPresent(r -> {
          if (r.kind() == ResponseKind.NO_ACTION) {
            assertThat(r.explanation()).as("no action carries its reason").isPresent();
          }
        });
        checkFeedbackBeforeClosing(s, t.history());
      }

      @Override
      public void checkRejected(Tracked before, Step step, CaseworkException rejection) {
        Rejections.rejectedAgainAfterReplay(Signal.TYPE, before.history(), step.command(), step.expected(),
            rejection);
      }

      @Override
      public List<String> labels(Tracked t) {
        return List.of("signal " + t.state().status().code());
      }
    };
  }

  /** From the history alone: a signal is closed only after feedback events reached every raiser. */
  static void checkFeedbackBeforeClosing(Signal s, List<SignalEvent> history) {
    Set<ProfessionalId> reached = new HashSet<>();
    for (SignalEvent e : history) {
      if (e instanceof SignalEvent.FeedbackGiven f) {
        reached.addAll(f.reached());
      } else if (e instanceof SignalEvent.Closed) {
        assertThat(reached).as("feedback reached every raiser before closing").isEqualTo(s.raisers());
      }
    }
    if (s.status() == SignalStatus.CLOSED) {
      assertThat(history.get(history.size() - 1)).isInstanceOf(SignalEvent.Closed.class);
    }
  }

  @Test
  void randomCommandSequencesKeepEveryInvariant() {
    // Checks after every step: replay equals state, version = events, the lifecycle only moves forward, no
    // action has a reason, feedback only to raisers, closed only after feedback reached all; and that a rejected
    // command is rejected with the code an independent oracle predicts, and again on the state rebuilt from the
    // history.
    // Floors (see Reach): the tier at or below three quarters of the share of tries that reached each label over
    // two runs of 20,000 tries.
    StatefulProperty.run("signal.commands", SignalGen.SEQUENCE_STEPS, model())
        .requireReached(0.5, "signal acknowledged", "signal responded", "GiveFeedback accepted")
        .requireReached(0.3, "signal closed", SignalCodes.ILLEGAL_TRANSITION)
        .requireReached(0.15, SignalCodes.CLOSED, VersionConflictException.CODE)
        .requireReached(0.05, SignalCodes.FEEDBACK_MISSING)
        .requireReached(0.03, SignalCodes.OUT_OF_ORDER)
        .requireReached(0.015, SignalCodes.FEEDBACK_ALREADY_GIVEN, SignalCodes.NOT_A_RAISER);
  }

  @Test
  void aSignalNeverClosesWithoutFeedback() {
    Gen<Object[]> signalAndCommand = r -> {
      Signal s = SignalGen.signals().next(r);
      return new Object[] {s, SignalGen.commands(s, r)};
    };
    Property.forAll("signal.no-close-without-feedback", signalAndCommand, pair -> {
      Signal s = (Signal) pair[0];
      if (s.status() == SignalStatus.CLOSED) {
        assertThat(s.feedbackPending()).isEmpty();
      }
      Signal closed;
      try {
        closed = s.decide(new SignalCommand.Close(s.lastChangedAt())).state();
      } catch (CaseworkException e) {
        return;
      }
      assertThat(closed.feedbackReached()).isEqualTo(closed.raisers());
      assertThat(s.status()).isEqualTo(SignalStatus.RESPONDED);
    });
  }

  @Test
  void quarterParseAndToStringRoundTripAndOrderFollowsTime() {
    Property.forAll("signal.quarter-round-trip", r -> new Quarter[] {SignalGen.anyQuarters().next(r),
        SignalGen.anyQuarters().next(r)}, qs -> {
      Quarter q = qs[0];
      assertThat(Quarter.parse(q.toString())).isEqualTo(q);
      assertThat(q.toString()).matches("\\d{4}-Q[1-4]");
      assertThat(Quarter.containing(q.firstDay())).isEqualTo(q);
      assertThat(Quarter.containing(q.lastDay())).isEqualTo(q);
      assertThat(Integer.signum(q.compareTo(qs[1])))
          .isEqualTo(Integer.signum(q.firstDay().compareTo(qs[1].firstDay())));
      assertThat(q.compareTo(qs[1]) == 0).isEqualTo(q.equals(qs[1]));
      if (!q.equals(Quarter.MAX)) {
        assertThat(q.next().firstDay()).isEqualTo(q.lastDay().plusDays(1));
        assertThat(q.next().previous()).isEqualTo(q);
      }
    });
  }

  @Test
  void aTopicCannotHoldABsnLikeRunOfDigits() {
    String[] separators = {"", " ", ".", "-"};
    Gen<String> texts = r -> {
      String digits = r.nextBoolean() ? CaseworkGen.bsns().next(r).value() : CaseworkGen.nineDigits().next(r);
      StringBuilder run = new StringBuilder();
      String sep = separators[r.nextInt(separators.length)];
      for (int i = 0; i < digits.length(); i++) {
        run.append(digits.charAt(i));
        if (i < digits.length() - 1 && r.nextInt(3) == 0) {
          run.append(sep);
        }
      }
      return SignalGen.targetGroups().next(r) + (r.nextBoolean() ? " " : ", nr ") + run;
    };
    Property.forAll("signal.topic-no-bsn", texts, text -> {
      assertThatThrownBy(() -> Topic.of(LifeDomain.HOUSING, text))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("text.personal-data");
            assertThat(e.getMessage()).doesNotContain(text);
          });
      assertThatThrownBy(() -> Response.noAction(text)).isInstanceOf(InvalidValueException.class);
    });
    Property.forAll("signal.topic-accepts-groups", SignalGen.targetGroups(),
        text -> assertThat(Topic.of(LifeDomain.HOUSING, text).targetGroup()).isEqualTo(text));
  }

  @Test
  void namesWrittenIntoFreeTextNeverReachToStringOrMessages() {
    // No check can recognise a name, so the free text of a topic or a response is never shown.
    Property.forAll("signal.no-leak", r -> new Object[] {CaseworkGen.names().next(r), SignalGen.signals().next(r)},
        pair -> {
          String name = (String) pair[0];
          Signal base = (Signal) pair[1];
          Observation o = base.observation();
          Observation named = new Observation(o.period(), o.area(), Topic.of(o.topic().domain(), "men like " + name),
              o.trend(), o.evidence());
          Signal s = Signal.raise(base.id(), base.raisers(), base.addressee(), named, base.raisedAt()).state()
              .decide(new SignalCommand.Acknowledge(base.raisers().first(), base.raisedAt())).state()
              .decide(new SignalCommand.Respond(Response.noAction("only " + name + " has this problem"),
                  base.raisers().first(), base.raisedAt())).state();
          List<String> texts = new ArrayList<>(List.of(s.toString(), s.observation().toString(),
              s.response().orElseThrow().toString(), named.topic().toString()));
          texts.add(String.valueOf(catchThrowable(() -> s.decide(
              new SignalCommand.Close(s.lastChangedAt()))).getMessage()));
          assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain(name));
        });
  }
}
