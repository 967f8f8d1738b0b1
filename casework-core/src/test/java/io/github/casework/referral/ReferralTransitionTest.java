package io.github.casework.referral;

import static io.github.casework.referral.Fixtures.LEGAL_BASIS;
import static io.github.casework.referral.Fixtures.MAARTJE;
import static io.github.casework.referral.Fixtures.RECEIVER;
import static io.github.casework.referral.Fixtures.drafted;
import static io.github.casework.referral.Fixtures.send;
import static io.github.casework.referral.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.CaseworkException;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.testing.Rejections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every (state, command) pair of the referral's transition table: the allowed ones succeed with the stated
 * result, all others are rejected with {@link ReferralCodes#ILLEGAL_TRANSITION} and change nothing. The table
 * here is written out independently of {@link Referral}'s implementation, from its Javadoc.
 */
class ReferralTransitionTest {

  /** The twelve commands, each with content that no rule other than the table can reject. */
  enum Cmd {
    RECORD_BASIS(r -> new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1000))),
    SEND(r -> send(1000)),
    RECEIVE(r -> new ReferralCommand.Receive(t(1000))),
    ACCEPT(r -> new ReferralCommand.Accept(t(1000))),
    WAITLIST(r -> new ReferralCommand.Waitlist(t(1000).plus(Duration.ofDays(14)), t(1000))),
    REFUSE(r -> new ReferralCommand.Refuse(Refusal.PreconditionUnmet.first(LifeDomain.SUBSTANCE_USE), t(1000))),
    START(r -> new ReferralCommand.Start(t(1000))),
    COMPLETE(r -> new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t(1000))),
    FAIL(r -> new ReferralCommand.Fail(FailureReason.CLIENT_DROPPED_OUT, t(1000))),
    CANCEL(r -> new ReferralCommand.Cancel(MAARTJE, t(1000))),
    ACCEPT_ACCOUNTABILITY(r -> new ReferralCommand.AcceptAccountability(RECEIVER, t(1000))),
    ACKNOWLEDGE_OUTCOME(r -> new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(1000)));

    final Function<Referral, ReferralCommand> make;

    Cmd(Function<Referral, ReferralCommand> make) {
      this.make = make;
    }
  }

  /** A state of the table: a status with its two flags (handed over, loop closed), and how to reach it. */
  enum Row {
    DRAFT(ReferralStatus.DRAFT, false, false),
    SENT(ReferralStatus.SENT, false, false),
    RECEIVED(ReferralStatus.RECEIVED, false, false),
    WAITLISTED(ReferralStatus.WAITLISTED, false, false),
    ACCEPTED(ReferralStatus.ACCEPTED, false, false),
    ACCEPTED_HANDED_OVER(ReferralStatus.ACCEPTED, true, false),
    IN_PROGRESS(ReferralStatus.IN_PROGRESS, false, false),
    IN_PROGRESS_HANDED_OVER(ReferralStatus.IN_PROGRESS, true, false),
    COMPLETED(ReferralStatus.COMPLETED, false, false),
    COMPLETED_LOOP_CLOSED(ReferralStatus.COMPLETED, false, true),
    COMPLETED_HANDED_OVER(ReferralStatus.COMPLETED, true, false),
    COMPLETED_HANDED_OVER_LOOP_CLOSED(ReferralStatus.COMPLETED, true, true),
    REFUSED(ReferralStatus.REFUSED, false, false),
    REFUSED_LOOP_CLOSED(ReferralStatus.REFUSED, false, true),
    FAILED(ReferralStatus.FAILED, false, false),
    FAILED_LOOP_CLOSED(ReferralStatus.FAILED, false, true),
    FAILED_HANDED_OVER(ReferralStatus.FAILED, true, false),
    FAILED_HANDED_OVER_LOOP_CLOSED(ReferralStatus.FAILED, true, true),
    CANCELLED(ReferralStatus.CANCELLED, false, true),
    CANCELLED_AS_DRAFT(ReferralStatus.CANCELLED, false, true);

    final ReferralStatus status;
    final boolean handedOver;
    final boolean loopClosed;

    Row(ReferralStatus status, boolean handedOver, boolean loopClosed) {
      this.status = status;
      this.handedOver = handedOver;
      this.loopClosed = loopClosed;
    }
  }

  static final Map<Row, Map<Cmd, Row>> TABLE = new EnumMap<>(Row.class);

  static void allow(Row from, Cmd cmd, Row to) {
    TABLE.computeIfAbsent(from, k -> new EnumMap<>(Cmd.class)).put(cmd, to);
  }

  static {
    allow(Row.DRAFT, Cmd.RECORD_BASIS, Row.DRAFT);
    allow(Row.DRAFT, Cmd.SEND, Row.SENT);
    allow(Row.DRAFT, Cmd.CANCEL, Row.CANCELLED_AS_DRAFT);

    allow(Row.SENT, Cmd.RECEIVE, Row.RECEIVED);
    for (Row waiting : List.of(Row.SENT, Row.RECEIVED, Row.WAITLISTED)) {
      allow(waiting, Cmd.ACCEPT, Row.ACCEPTED);
      allow(waiting, Cmd.WAITLIST, Row.WAITLISTED);
      allow(waiting, Cmd.REFUSE, Row.REFUSED);
      allow(waiting, Cmd.CANCEL, Row.CANCELLED);
    }
    allow(Row.WAITLISTED, Cmd.FAIL, Row.FAILED);

    allow(Row.ACCEPTED, Cmd.START, Row.IN_PROGRESS);
    allow(Row.ACCEPTED, Cmd.FAIL, Row.FAILED);
    allow(Row.ACCEPTED, Cmd.CANCEL, Row.CANCELLED);
    allow(Row.ACCEPTED, Cmd.ACCEPT_ACCOUNTABILITY, Row.ACCEPTED_HANDED_OVER);
    allow(Row.ACCEPTED_HANDED_OVER, Cmd.START, Row.IN_PROGRESS_HANDED_OVER);
    allow(Row.ACCEPTED_HANDED_OVER, Cmd.FAIL, Row.FAILED_HANDED_OVER);

    allow(Row.IN_PROGRESS, Cmd.COMPLETE, Row.COMPLETED);
    allow(Row.IN_PROGRESS, Cmd.FAIL, Row.FAILED);
    allow(Row.IN_PROGRESS, Cmd.CANCEL, Row.CANCELLED);
    allow(Row.IN_PROGRESS, Cmd.ACCEPT_ACCOUNTABILITY, Row.IN_PROGRESS_HANDED_OVER);
    allow(Row.IN_PROGRESS_HANDED_OVER, Cmd.COMPLETE, Row.COMPLETED_HANDED_OVER);
    allow(Row.IN_PROGRESS_HANDED_OVER, Cmd.FAIL, Row.FAILED_HANDED_OVER);

    allow(Row.COMPLETED, Cmd.ACKNOWLEDGE_OUTCOME, Row.COMPLETED_LOOP_CLOSED);
    allow(Row.COMPLETED_HANDED_OVER, Cmd.ACKNOWLEDGE_OUTCOME, Row.COMPLETED_HANDED_OVER_LOOP_CLOSED);
    allow(Row.REFUSED, Cmd.ACKNOWLEDGE_OUTCOME, Row.REFUSED_LOOP_CLOSED);
    allow(Row.FAILED, Cmd.ACKNOWLEDGE_OUTCOME, Row.FAILED_LOOP_CLOSED);
    allow(Row.FAILED_HANDED_OVER, Cmd.ACKNOWLEDGE_OUTCOME, Row.FAILED_HANDED_OVER_LOOP_CLOSED);
  }

  /** Reaches a row by a fixed path of allowed steps, each a minute after the previous one. */
  static Referral reach(Row row) {
    return switch (row) {
      case DRAFT -> step(drafted(), new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1)));
      case SENT -> step(reach(Row.DRAFT), send(2));
      case RECEIVED -> step(reach(Row.SENT), new ReferralCommand.Receive(t(3)));
      case WAITLISTED -> step(reach(Row.SENT), new ReferralCommand.Waitlist(t(3).plus(Duration.ofDays(30)), t(3)));
      case ACCEPTED -> step(reach(Row.RECEIVED), new ReferralCommand.Accept(t(4)));
      case ACCEPTED_HANDED_OVER -> step(reach(Row.ACCEPTED), new ReferralCommand.AcceptAccountability(RECEIVER, t(5)));
      case IN_PROGRESS -> step(reach(Row.ACCEPTED), new ReferralCommand.Start(t(6)));
      case IN_PROGRESS_HANDED_OVER -> step(reach(Row.IN_PROGRESS),
          new ReferralCommand.AcceptAccountability(RECEIVER, t(7)));
      case COMPLETED -> step(reach(Row.IN_PROGRESS), new ReferralCommand.Complete(ReferralOutcome.PARTLY_MET, t(8)));
      case COMPLETED_LOOP_CLOSED -> step(reach(Row.COMPLETED), new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(9)));
      case COMPLETED_HANDED_OVER -> step(reach(Row.IN_PROGRESS_HANDED_OVER),
          new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t(8)));
      case COMPLETED_HANDED_OVER_LOOP_CLOSED -> step(reach(Row.COMPLETED_HANDED_OVER),
          new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(9)));
      case REFUSED -> step(reach(Row.RECEIVED), new ReferralCommand.Refuse(new Refusal.NoCapacity(), t(4)));
      case REFUSED_LOOP_CLOSED -> step(reach(Row.REFUSED), new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(5)));
      case FAILED -> step(reach(Row.IN_PROGRESS), new ReferralCommand.Fail(FailureReason.CLIENT_UNREACHABLE, t(8)));
      case FAILED_LOOP_CLOSED -> step(reach(Row.FAILED), new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(9)));
      case FAILED_HANDED_OVER -> step(reach(Row.IN_PROGRESS_HANDED_OVER),
          new ReferralCommand.Fail(FailureReason.CLIENT_DROPPED_OUT, t(8)));
      case FAILED_HANDED_OVER_LOOP_CLOSED -> step(reach(Row.FAILED_HANDED_OVER),
          new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(9)));
      case CANCELLED -> step(reach(Row.SENT), new ReferralCommand.Cancel(MAARTJE, t(3)));
      case CANCELLED_AS_DRAFT -> step(reach(Row.DRAFT), new ReferralCommand.Cancel(MAARTJE, t(2)));
    };
  }

  private static Referral step(Referral r, ReferralCommand c) {
    return r.decide(c).state();
  }

  static void assertIsIn(Referral r, Row row) {
    assertThat(r.status()).as("status").isEqualTo(row.status);
    assertThat(r.handover().isPresent()).as("handed over").isEqualTo(row.handedOver);
    assertThat(r.loopClosure().isPresent()).as("loop closed").isEqualTo(row.loopClosed);
    assertThat(r.isOpen()).as("open").isEqualTo(!row.handedOver && !row.loopClosed);
  }

  @TestFactory
  Stream<DynamicTest> everyStateAndCommandPair() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Row row : Row.values()) {
      for (Cmd cmd : Cmd.values()) {
        Row expected = TABLE.getOrDefault(row, Map.of()).get(cmd);
        String name = row.name().toLowerCase() + " × " + cmd.name().toLowerCase() + " → "
            + (expected == null ? "rejected" : expected.name().toLowerCase());
        tests.add(DynamicTest.dynamicTest(name, () -> check(row, cmd, expected)));
      }
    }
    return tests.stream();
  }

  private static void check(Row row, Cmd cmd, Row expected) {
    Referral before = reach(row);
    assertIsIn(before, row);
    Referral same = reach(row);
    ReferralCommand command = cmd.make.apply(before);
    if (expected == null) {
      assertThatThrownBy(() -> before.decide(command))
          .isInstanceOf(CaseworkException.class)
          .extracting(Rejections::code).isEqualTo(ReferralCodes.ILLEGAL_TRANSITION);
      assertThat(before).as("a rejected command changes nothing").isEqualTo(same);
      return;
    }
    Decision<Referral, ReferralEvent> d = before.decide(command);
    assertIsIn(d.state(), expected);
    assertThat(d.state().version()).isEqualTo(before.version() + 1);
    assertThat(d.state().lastChangedAt()).isEqualTo(command.at());
    assertThat(before.evolve(d.event())).isEqualTo(d.state());
    assertThat(before).as("the old state is a value").isEqualTo(same);
  }

  @Test
  void theTableHasTheDocumentedSize() {
    int allowed = TABLE.values().stream().mapToInt(Map::size).sum();
    assertThat(Row.values().length * Cmd.values().length).isEqualTo(240);
    assertThat(allowed).isEqualTo(34);
    // Every status is reachable, and each row is reached as described.
    Map<ReferralStatus, Integer> perStatus = new LinkedHashMap<>();
    for (Row row : Row.values()) {
      assertIsIn(reach(row), row);
      perStatus.merge(row.status, 1, Integer::sum);
    }
    assertThat(perStatus.keySet()).containsExactlyInAnyOrder(ReferralStatus.values());
  }
}
