package io.github.casework.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.CaseworkException;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.VersionConflictException;
import io.github.casework.casefile.CaseProperties;
import io.github.casework.testing.OutreachGen;
import io.github.casework.testing.StatefulProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Properties of the outreach case over random valid and invalid command sequences. */
class OutreachCaseProperties {

  /** The case with the history that produced it. */
  record Tracked(OutreachCase state, List<OutreachEvent> history) {}

  /** A command with the version it expects. */
  record Step(OutreachCommand command, ExpectedVersion expected) {}

  /**
   * The rule the test expects to reject a step, computed independently of {@link OutreachCase}, in the documented
   * order: version, closed, time order, lifecycle step, then the command's own rule.
   */
  static Optional<String> expectedRejection(OutreachCase s, Step step) {
    if (!step.expected().matches(s.version())) {
      return Optional.of(VersionConflictException.CODE);
    }
    OutreachCommand c = step.command();
    if (s.status() == OutreachStatus.CLOSED) {
      return Optional.of(EarlyWarningCodes.CLOSED);
    }
    if (c.at().isBefore(s.lastChangedAt())) {
      return Optional.of(EarlyWarningCodes.OUT_OF_ORDER);
    }
    if (c instanceof OutreachCommand.AddSignal a) {
      if (s.signals().stream().anyMatch(r -> r.signal().id().equals(a.signal().id()))) {
        return Optional.of(EarlyWarningCodes.DUPLICATE_SIGNAL);
      }
      return a.signal().resident().equals(s.signals().get(0).signal().resident()) ? Optional.empty()
          : Optional.of(EarlyWarningCodes.OTHER_HOUSEHOLD);
    } else if (c instanceof OutreachCommand.TakeUp t) {
      if (s.status() != OutreachStatus.RECEIVED) {
        return Optional.of(EarlyWarningCodes.ALREADY_TAKEN_UP);
      }
      LocalDate first = s.signals().stream().map(r -> r.signal().signalDate()).min(LocalDate::compareTo).get();
      return t.on().isBefore(first) ? Optional.of(EarlyWarningCodes.TAKEN_UP_BEFORE_SIGNAL) : Optional.empty();
    } else if (c instanceof OutreachCommand.RecordAttempt a) {
      if (s.status() != OutreachStatus.TAKEN_UP) {
        return Optional.of(EarlyWarningCodes.NOT_TAKEN_UP);
      }
      return a.attempt().on().isBefore(s.takenUpOn().get()) ? Optional.of(EarlyWarningCodes.ATTEMPT_BEFORE_TAKE_UP)
          : Optional.empty();
    }
    EndResult result = ((OutreachCommand.Close) c).ending().result();
    boolean takenUp = s.status() == OutreachStatus.TAKEN_UP;
    boolean mayCloseUntaken = List.of(EndResult.NOT_TAKEN_UP_OTHER, EndResult.NOT_TAKEN_UP_REPEATED,
        EndResult.NOT_TAKEN_UP_UNJUSTIFIED, EndResult.ALREADY_KNOWN_TO_DEBT_SERVICES, EndResult.DECEASED,
        EndResult.NOT_A_RESIDENT).contains(result);
    if (result.name().startsWith("NOT_TAKEN_UP") && takenUp) {
      return Optional.of(EarlyWarningCodes.END_RESULT_AFTER_TAKE_UP);
    }
    if (!mayCloseUntaken && !takenUp) {
      return Optional.of(EarlyWarningCodes.END_RESULT_NEEDS_TAKE_UP);
    }
    if (result == EndResult.NO_CONTACT_POSSIBLE && s.attempts().isEmpty()) {
      return Optional.of(EarlyWarningCodes.END_RESULT_NEEDS_ATTEMPT);
    }
    boolean needsContact = List.of(EndResult.BUDGET_ADVICE_OR_QUICK_FIX, EndResult.NO_RESPONSE_AFTER_EARLIER_CONTACT,
        EndResult.ALREADY_PAID, EndResult.RESIDENT_ARRANGES_IT, EndResult.FOLLOW_UP, EndResult.FOLLOW_UP_FINANCIAL,
        EndResult.FOLLOW_UP_NON_FINANCIAL).contains(result);
    if (needsContact && s.attempts().stream().noneMatch(ContactAttempt::reached)) {
      return Optional.of(EarlyWarningCodes.END_RESULT_NEEDS_CONTACT);
    }
    return Optional.empty();
  }

  static StatefulProperty.Model<Tracked, Step> model() {
    return new StatefulProperty.Model<>() {
      @Override
      public Tracked initial(SplittableRandom random) {
        OutreachEvent.Opened opened = OutreachGen.openings().next(random);
        return new Tracked(OutreachCase.replay(List.of(opened)), List.of(opened));
      }

      @Override
      public String kind(Step step) {
        return step.command().getClass().getSimpleName();
      }

      @Override
      public Step nextCommand(Tracked t, SplittableRandom random) {
        return new Step(OutreachGen.commands(t.state(), random),
            CaseProperties.expectedVersion(t.state().version(), random));
      }

      @Override
      public Tracked apply(Tracked t, Step step) {
        Optional<String> predicted = expectedRejection(t.state(), step);
        Decision<OutreachCase, OutreachEvent> d;
        try {
          d = t.state().decide(step.command(), step.expected());
        } catch (CaseworkException e) {
          assertThat(predicted).as("rejection of %s", step).contains(e.code());
          throw e;
        }
        assertThat(predicted).as("acceptance of %s", step).isEmpty();
        assertThat(t.state().evolve(d.event())).isEqualTo(d.state());
        assertThat(d.state().version()).isEqualTo(t.state().version() + 1);
        assertThat(d.state().status().ordinal()).as("the lifecycle moves forward")
            .isGreaterThanOrEqualTo(t.state().status().ordinal());
        List<OutreachEvent> history = new ArrayList<>(t.history());
        history.addAll(d.events());
        return new Tracked(d.state(), history);
      }

      @Override
      public void checkInvariants(Tracked t) {
        OutreachCase s = t.state();
        assertThat(OutreachCase.replay(t.history())).as("replay equals state").isEqualTo(s);
        assertThat(s.version()).isEqualTo(t.history().size());
        assertThat(s.signals()).allSatisfy(r -> assertThat(r.signal().resident()).isEqualTo(s.resident()));
        s.takenUpOn().ifPresent(on -> assertThat(s.attempts()).allSatisfy(a -> assertThat(a.on()).isAfterOrEqualTo(on)));
        s.ending().ifPresent(e -> {
          switch (e.result().kind()) {
            case NEEDS_CONTACT -> assertThat(s.attempts()).anyMatch(ContactAttempt::reached);
            case NEEDS_ATTEMPT -> assertThat(s.attempts()).isNotEmpty();
            case NOT_TAKEN_UP -> assertThat(s.takenUpOn()).isEmpty();
            default -> { }
          }
          assertThat(e instanceof Ending.Referred).isEqualTo(e.result().isReferral());
        });
        // Feedback says taken up or not, per signal, and only once decided.
        assertThat(s.partnerFeedback()).hasSize(s.status() == OutreachStatus.RECEIVED ? 0 : s.signals().size());
        assertThat(s.partnerFeedback()).allSatisfy(f -> assertThat(f.answer())
            .isEqualTo(s.takenUpOn().isPresent() ? PartnerFeedback.Answer.TAKEN_UP
                : PartnerFeedback.Answer.NOT_TAKEN_UP));
        assertThat(s.toString()).doesNotContain("postcode", "bsn=" + "1", "Resident[");
      }

      @Override
      public void checkRejected(Tracked before, Step step, CaseworkException rejection) {
        OutreachCase rebuilt = OutreachCase.replay(before.history());
        assertThatThrownBy(() -> rebuilt.decide(step.command(), step.expected()))
            .isInstanceOfSatisfying(CaseworkException.class, e -> assertThat(e.code()).isEqualTo(rejection.code()));
      }

      @Override
      public List<String> labels(Tracked t) {
        List<String> labels = new ArrayList<>(List.of("outreach " + t.state().status().code()));
        t.state().ending().ifPresent(e -> labels.add("ended " + e.result().kind()));
        return labels;
      }
    };
  }

  @Test
  void randomCommandSequencesKeepEveryInvariant() {
    // Checks after every step: replay equals state, version = events, one resident, attempts not before the
    // take-up, every end result's kind held, feedback only taken up / not taken up; and that a rejection has the
    // code an independent oracle predicts, and again on the state rebuilt from the history.
    // Floors: about three quarters of the share of tries that reached each label over runs of 1,000 and 20,000
    // tries. Not gated (pinned by examples in OutreachCaseTest instead): outreach.end-result-needs-attempt.
    StatefulProperty.run("outreach.commands", OutreachGen.SEQUENCE_STEPS, model())
        .requireReached(0.5, "outreach taken-up", "RecordAttempt accepted")
        .requireReached(0.2, "outreach closed", EarlyWarningCodes.CLOSED)
        .requireReached(0.05, "ended NEEDS_CONTACT", EarlyWarningCodes.ALREADY_TAKEN_UP,
            EarlyWarningCodes.ATTEMPT_BEFORE_TAKE_UP, EarlyWarningCodes.DUPLICATE_SIGNAL, VersionConflictException.CODE,
            EarlyWarningCodes.OUT_OF_ORDER)
        .requireReached(0.01, "ended NO_ATTEMPT_NEEDED", "ended NOT_TAKEN_UP", EarlyWarningCodes.OTHER_HOUSEHOLD,
            EarlyWarningCodes.TAKEN_UP_BEFORE_SIGNAL, EarlyWarningCodes.NOT_TAKEN_UP,
            EarlyWarningCodes.END_RESULT_NEEDS_TAKE_UP, EarlyWarningCodes.END_RESULT_NEEDS_CONTACT,
            EarlyWarningCodes.END_RESULT_AFTER_TAKE_UP);
  }
}
