package io.github.casework.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Replaying a stored history applies the same rules as deciding: a history with an event after the closure or
 * dated before the previous one is refused, whether replayed whole or applied event by event, and the needs a case
 * holds answer for their referrals.
 */
class CaseReplayTest {
  private static final Instant T0 = CaseTest.T0;

  private static Instant t(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static CaseEvent.Opened opened() {
    return new CaseEvent.Opened(CaseTest.CASE, CaseTest.MR_K, CaseTest.WELFARE, CaseTest.MAARTJE, T0);
  }

  private static CaseEvent need(NeedId id, int hours) {
    return new CaseEvent.NeedRegistered(CaseTest.CASE, id, LifeDomain.HOUSING, Urgency.URGENT, CaseTest.MAARTJE,
        t(hours));
  }

  private static void refused(List<CaseEvent> history, String code) {
    assertThatThrownBy(() -> Case.replay(history)).as("replay")
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo(code));
    Case state = Case.start((CaseEvent.Opened) history.get(0));
    for (CaseEvent e : history.subList(1, history.size() - 1)) {
      state = Case.TYPE.evolve(state, e);
    }
    Case before = state;
    assertThatThrownBy(() -> Case.TYPE.evolve(before, history.get(history.size() - 1))).as("evolve")
        .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void aStoredEventAfterTheClosureIsRefused() {
    List<CaseEvent> history = List.of(opened(),
        new CaseEvent.Closed(CaseTest.CASE, ClosureReason.CLIENT_WITHDREW, t(1)),
        new CaseEvent.Activated(CaseTest.CASE, t(2)));
    refused(history, CaseCodes.CLOSED);
    // A need registered after the closure too, which no other rule forbids.
    refused(List.of(opened(), new CaseEvent.Closed(CaseTest.CASE, ClosureReason.CLIENT_WITHDREW, t(1)),
        need(CaseTest.HOUSING, 2)), CaseCodes.CLOSED);
  }

  @Test
  void aStoredEventDatedBeforeThePreviousOneIsRefused() {
    refused(List.of(opened(), need(CaseTest.HOUSING, 5), need(CaseTest.DEBTS, 4)), CaseCodes.OUT_OF_ORDER);
    // The same instant is in order.
    assertThat(Case.replay(List.of(opened(), need(CaseTest.HOUSING, 5), need(CaseTest.DEBTS, 5))).version())
        .isEqualTo(3);
  }

  @Test
  void theNeedReferredByAReferralIsTheOneThatHoldsIt() {
    ReferralId referral = ReferralId.of("ref-1");
    Case c = Case.replay(List.of(opened(), need(CaseTest.HOUSING, 1), need(CaseTest.DEBTS, 2),
        new CaseEvent.Activated(CaseTest.CASE, t(3)),
        new CaseEvent.NeedReferred(CaseTest.CASE, CaseTest.DEBTS, referral, CaseTest.WELFARE, CaseTest.MAARTJE,
            t(4))));
    assertThat(c.needReferredBy(referral)).map(Need::id).contains(CaseTest.DEBTS);
    assertThat(c.needReferredBy(ReferralId.of("ref-2"))).isEmpty();
  }
}
