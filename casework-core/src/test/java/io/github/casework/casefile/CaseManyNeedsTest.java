package io.github.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.id.CaseId;
import io.github.casework.id.NeedId;
import io.github.casework.testing.Rejections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A case with more needs than a short scan covers (a case looks needs up by id once it holds more than 16) finds
 * every one of them, refuses a duplicate of any, and answers the same replayed as decided; a replayed history with
 * another case's event in the middle is refused; and a case's hash and text follow its state.
 */
class CaseManyNeedsTest {
  private static final int NEEDS = 20;

  private static Instant t(int minutes) {
    return CaseTest.T0.plus(Duration.ofMinutes(minutes));
  }

  private static NeedId need(int i) {
    return NeedId.of("need-" + i);
  }

  /** The history of a case with {@link #NEEDS} needs, activated. */
  private static List<CaseEvent> history() {
    List<CaseEvent> events = new ArrayList<>();
    events.add(new CaseEvent.Opened(CaseTest.CASE, CaseTest.MR_K, CaseTest.WELFARE, CaseTest.MAARTJE, t(0)));
    for (int i = 1; i <= NEEDS; i++) {
      events.add(new CaseEvent.NeedRegistered(CaseTest.CASE, need(i), LifeDomain.values()[i % 4], Urgency.ROUTINE,
          CaseTest.MAARTJE, t(i)));
    }
    events.add(new CaseEvent.Activated(CaseTest.CASE, t(NEEDS + 1)));
    return events;
  }

  @Test
  void everyNeedOfALargeCaseIsFoundAndNoneCanBeRegisteredTwice() {
    Case c = Case.replay(history());
    assertThat(c.needs()).extracting(Need::id).hasSize(NEEDS).doesNotHaveDuplicates();
    for (int i = 1; i <= NEEDS; i++) {
      int n = i;
      assertThatThrownBy(() -> c.decide(new CaseCommand.RegisterNeed(need(n), LifeDomain.HOUSING, Urgency.URGENT,
          CaseTest.MAARTJE, t(100)))).as("need %s twice", n)
          .extracting(Rejections::code).isEqualTo(CaseCodes.NEED_DUPLICATE);
    }
  }

  @Test
  void eachNeedOfALargeCaseCanBeDisposedAndThenTheCaseCloses() {
    Case decided = Case.replay(history());
    for (int i = NEEDS; i >= 1; i--) {
      decided = decided.decide(new CaseCommand.DisposeNeed(need(i), new Disposition.Met(t(200 - i)))).state();
      assertThat(decided.findNeed(need(i)).orElseThrow().isOpen()).isFalse();
      assertThat(decided.openNeeds()).hasSize(i - 1);
    }
    Case closed = decided.decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, t(300))).state();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    // The same history replayed in one go (one draft for all events) gives the same case.
    List<CaseEvent> all = new ArrayList<>(history());
    for (int i = NEEDS; i >= 1; i--) {
      all.add(new CaseEvent.NeedDisposed(CaseTest.CASE, need(i), new Disposition.Met(t(200 - i))));
    }
    all.add(new CaseEvent.Closed(CaseTest.CASE, ClosureReason.GOALS_REACHED, t(300)));
    assertThat(Case.replay(all)).isEqualTo(closed);
    // A need disposed twice in one replay is refused, also past the 16th.
    List<CaseEvent> twice = new ArrayList<>(history());
    twice.add(new CaseEvent.NeedDisposed(CaseTest.CASE, need(19), new Disposition.Met(t(101))));
    twice.add(new CaseEvent.NeedDisposed(CaseTest.CASE, need(19), new Disposition.Met(t(102))));
    assertThatThrownBy(() -> Case.replay(twice)).extracting(Rejections::code).isEqualTo(CaseCodes.NEED_NOT_OPEN);
  }

  @Test
  void aReplayedEventOfAnotherCaseIsRefusedAnywhereInTheHistory() {
    List<CaseEvent> history = new ArrayList<>(history());
    history.add(3, new CaseEvent.Activated(CaseId.of("case-other"), t(2)));
    assertThatThrownBy(() -> Case.replay(history))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo(CaseCodes.WRONG_CASE));
  }

  @Test
  void theHashAndTheTextFollowTheState() {
    Case opened = CaseTest.opened();
    Case withNeeds = CaseTest.withNeeds();
    assertThat(withNeeds.hashCode()).isEqualTo(CaseTest.withNeeds().hashCode())
        .isNotEqualTo(opened.hashCode());
    assertThat(withNeeds.toString())
        .isEqualTo("Case[id=case-k, agency=welfare-west, status=active, needs=2, open=2, version=4]");
    Case disposed = withNeeds.decide(new CaseCommand.DisposeNeed(CaseTest.DEBTS,
        new Disposition.Met(CaseTest.T0.plusSeconds(500)))).state();
    assertThat(disposed.toString()).contains("needs=2, open=1, version=5");
    assertThat(disposed.hashCode()).isNotEqualTo(withNeeds.hashCode());
  }
}
