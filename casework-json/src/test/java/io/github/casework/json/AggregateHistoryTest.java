package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.AggregateType;
import io.github.casework.RuleViolationException;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCodes;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCodes;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalCodes;
import io.github.casework.signal.SignalEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link History} of referrals, escalations and signals: as of cases in {@link HistoryTest}. */
class AggregateHistoryTest {

  @Test
  void aHistoryIsItsEventsAndTheStateTheyReplayTo() {
    History<Referral, ReferralEvent> r = ReferralScenarios.closedLoop();
    assertThat(r.state()).isEqualTo(Referral.replay(r.events()));
    assertThat(History.of(Referral.TYPE, r.events())).isEqualTo(r);
    assertThat(r.toString()).contains("ref-debt-1").contains("events=8");
    History<Escalation, EscalationEvent> e = EscalationScenarios.mrK();
    assertThat(e.state()).isEqualTo(Escalation.replay(e.events()));
    assertThat(e.toString()).contains("esc-mr-k").contains("events=7");
    History<Signal, SignalEvent> s = SignalScenarios.closed();
    assertThat(s.state()).isEqualTo(Signal.replay(s.events()));
    assertThat(s.toString()).contains("sig-2").contains("events=6").doesNotContain("divorced");
  }

  @Test
  void aHistoryTheRulesForbidCannotBeBuilt() {
    List<ReferralEvent> r = ReferralScenarios.closedLoop().events();
    assertThatThrownBy(() -> History.of(Referral.TYPE, List.of())).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> History.of(Referral.TYPE, r.subList(1, 3)))
        .extracting(e -> ((RuleViolationException) e).code()).isEqualTo(ReferralCodes.NOT_DRAFTED);
    List<EscalationEvent> e = EscalationScenarios.mrK().events();
    assertThatThrownBy(() -> History.of(Escalation.TYPE, e.subList(1, 3)))
        .extracting(x -> ((RuleViolationException) x).code()).isEqualTo(EscalationCodes.NOT_RAISED);
    List<SignalEvent> s = SignalScenarios.closed().events();
    History<Signal, SignalEvent> two = History.of(Signal.TYPE, s.subList(0, 2));
    assertThatThrownBy(() -> two.append(List.of(s.get(1))))
        .extracting(x -> ((RuleViolationException) x).code()).isEqualTo(SignalCodes.ILLEGAL_TRANSITION);
    assertThat(two.events()).hasSize(2);
    assertThatThrownBy(() -> History.of(Signal.TYPE, s.subList(1, 2)))
        .extracting(x -> ((RuleViolationException) x).code()).isEqualTo(SignalCodes.NOT_RAISED);
  }

  @Test
  void appendingGrowsTheHistoryAndAppendingNothingReturnsTheSameHistory() {
    History<Referral, ReferralEvent> drafted = ReferralScenarios.drafted();
    assertThat(drafted.append(List.of())).isSameAs(drafted);
    History<Escalation, EscalationEvent> raised = EscalationScenarios.raised();
    assertThat(raised.append(List.of())).isSameAs(raised);
    History<Signal, SignalEvent> sig = SignalScenarios.raised();
    assertThat(sig.append(List.of())).isSameAs(sig);
    List<EscalationEvent> k = EscalationScenarios.mrK().events();
    assertThat(History.of(Escalation.TYPE, k.subList(0, 1)).append(k.subList(1, k.size())))
        .isEqualTo(EscalationScenarios.mrK());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ReferralScenarios.closedLoop(),
            History.of(Referral.TYPE, ReferralScenarios.closedLoop().events()))
        .addEqualityGroup(ReferralScenarios.drafted())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(EscalationScenarios.mrK(), EscalationScenarios.mrK())
        .addEqualityGroup(EscalationScenarios.withdrawn())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SignalScenarios.closed(), SignalScenarios.closed())
        .addEqualityGroup(SignalScenarios.raised())
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester t = new NullPointerTester().setDefault(AggregateType.class, Referral.TYPE);
    t.testAllPublicInstanceMethods(ReferralScenarios.drafted());
    t.testAllPublicInstanceMethods(EscalationScenarios.raised());
    t.testAllPublicInstanceMethods(SignalScenarios.raised());
    t.testAllPublicStaticMethods(EventStreamKind.class);
  }
}
