package io.github.casework.signal;

import static io.github.casework.signal.SignalTest.MAARTJE;
import static io.github.casework.signal.SignalTest.MANAGER;
import static io.github.casework.signal.SignalTest.ROOS;
import static io.github.casework.signal.SignalTest.TRIX;
import static io.github.casework.signal.SignalTest.raised;
import static io.github.casework.signal.SignalTest.responded;
import static io.github.casework.signal.SignalTest.t;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.id.ProfessionalId;
import io.github.casework.testing.Property;
import io.github.casework.testing.SignalGen;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a signal's answer and progress hold together: who acknowledged it, how it was answered, who had feedback. */
class SignalProgressTest {
  static final Response THEME = Response.of(ResponseKind.PRIORITY_THEME);

  @Test
  void anAnswerNamesTheResponseWhoGaveItAndWhen() {
    new NullPointerTester()
        .setDefault(Response.class, THEME)
        .setDefault(ProfessionalId.class, MANAGER)
        .setDefault(Instant.class, t(1))
        .testAllPublicConstructors(Answered.class);
    new EqualsTester()
        .addEqualityGroup(new Answered(THEME, MANAGER, t(20)), new Answered(THEME, MANAGER, t(20)))
        .addEqualityGroup(new Answered(Response.of(ResponseKind.NEW_SERVICE), MANAGER, t(20)))
        .addEqualityGroup(new Answered(THEME, MAARTJE, t(20)))
        .addEqualityGroup(new Answered(THEME, MANAGER, t(21)))
        .testEquals();
  }

  @Test
  void theAnswerComesWithTheResponseAndStaysWhenTheSignalCloses() {
    assertThat(raised().answered()).isEmpty();
    Signal acknowledged = raised().decide(new SignalCommand.Acknowledge(MANAGER, t(1))).state();
    assertThat(acknowledged.answered()).isEmpty();
    assertThat(acknowledged.feedbackReached()).isEmpty();

    Signal s = responded(THEME);
    Answered answer = new Answered(THEME, MANAGER, t(20));
    assertThat(s.answered()).contains(answer);
    assertThat(s.response()).contains(THEME);
    assertThat(s.respondedBy()).contains(MANAGER);
    assertThat(s.respondedAt()).contains(t(20));
    assertThat(s.acknowledgedBy()).contains(MANAGER);

    Signal closed = s.decide(SignalCommand.GiveFeedback.of(List.of(MAARTJE, ROOS, TRIX), t(21))).state()
        .decide(new SignalCommand.Close(t(22))).state();
    assertThat(closed.status()).isEqualTo(SignalStatus.CLOSED);
    assertThat(closed.answered()).contains(answer);
    assertThat(closed.acknowledgedBy()).contains(MANAGER);
    assertThat(closed.feedbackReached()).isEqualTo(closed.raisers());
    assertThat(closed.feedbackPending()).isEmpty();
  }

  @Test
  void equalityComparesTheProgress() {
    Signal a = responded(THEME);
    new EqualsTester()
        .addEqualityGroup(a, responded(THEME))
        .addEqualityGroup(responded(Response.of(ResponseKind.NEW_SERVICE)))
        .addEqualityGroup(a.decide(SignalCommand.GiveFeedback.of(List.of(MAARTJE), t(21))).state())
        .addEqualityGroup(a.decide(SignalCommand.GiveFeedback.of(List.of(ROOS), t(21))).state())
        .testEquals();
  }

  @Test
  void generatedSignalsHoldTheirViewsTogether() {
    Property.forAll("signal.views", SignalGen.signals(), s -> {
      SignalStatus status = s.status();
      assertThat(s.acknowledgedBy().isPresent()).isEqualTo(status != SignalStatus.RAISED);
      boolean answered = status == SignalStatus.RESPONDED || status == SignalStatus.CLOSED;
      assertThat(s.answered().isPresent()).isEqualTo(answered);
      assertThat(s.response()).isEqualTo(s.answered().map(Answered::response));
      assertThat(s.respondedBy()).isEqualTo(s.answered().map(Answered::by));
      assertThat(s.respondedAt()).isEqualTo(s.answered().map(Answered::at));
      assertThat(s.raisers()).containsAll(s.feedbackReached());
      if (!answered) {
        assertThat(s.feedbackReached()).isEmpty();
      }
      if (status == SignalStatus.CLOSED) {
        assertThat(s.feedbackReached()).isEqualTo(s.raisers());
      }
      s.answered().ifPresent(a -> assertThat(a.at()).isBeforeOrEqualTo(s.lastChangedAt()));
    });
  }
}
