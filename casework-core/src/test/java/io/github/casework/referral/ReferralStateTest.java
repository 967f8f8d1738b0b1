package io.github.casework.referral;

import static io.github.casework.referral.Fixtures.LEGAL_BASIS;
import static io.github.casework.referral.Fixtures.MAARTJE;
import static io.github.casework.referral.Fixtures.RECEIVER;
import static io.github.casework.referral.Fixtures.apply;
import static io.github.casework.referral.Fixtures.drafted;
import static io.github.casework.referral.Fixtures.send;
import static io.github.casework.referral.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.InvalidValueException;
import io.github.casework.id.ProfessionalId;
import io.github.casework.testing.Property;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Rejections;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sending, answer and ending of a referral: their own rules, and how the referral's views hold together. */
class ReferralStateTest {
  static final Refusal NO_CAPACITY = new Refusal.NoCapacity();

  static Referral withBasis() {
    return apply(drafted(), new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1)));
  }

  @Test
  void aSendingKeepsItsDueDatesInOrder() {
    assertThatThrownBy(() -> new Sending(t(10), t(9), t(20)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo(ReferralCodes.DUE_BEFORE_SENT);
          assertThat(e.field()).isEqualTo("Sending.responseDue");
        });
    assertThatThrownBy(() -> new Sending(t(10), t(20), t(19)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo(ReferralCodes.FOLLOW_UP_BEFORE_RESPONSE);
          assertThat(e.field()).isEqualTo("Sending.followUpDue");
        });
    Sending sameInstant = new Sending(t(10), t(10), t(10));
    assertThat(sameInstant.responseDue()).isEqualTo(t(10));
  }

  @Test
  void aWaitlistingExpectsAStartNotBeforeIt() {
    assertThatThrownBy(() -> new Answer.Waitlisted(t(3), t(2)))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.EXPECTED_BEFORE_WAITLISTED);
    Answer.Waitlisted w = new Answer.Waitlisted(t(3), t(3));
    assertThat(w.expectedStart()).contains(t(3));
    assertThat(new Answer.Accepted(t(3), Optional.empty()).expectedStart()).isEmpty();
  }

  @Test
  void theValuesRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Instant.class, t(1))
        .setDefault(Optional.class, Optional.empty())
        .setDefault(Refusal.class, NO_CAPACITY)
        .setDefault(LoopClosure.class, new LoopClosure(MAARTJE, t(1)));
    for (Class<?> type : new Class<?>[] {Sending.class, Answer.Accepted.class, Answer.Waitlisted.class,
        Answer.Refused.class, Ending.Completed.class, Ending.Failed.class, Ending.Cancelled.class}) {
      tester.testAllPublicConstructors(type);
    }
  }

  @Test
  void theValuesAreEqualByTheirComponents() {
    new EqualsTester()
        .addEqualityGroup(new Sending(t(1), t(2), t(3)), new Sending(t(1), t(2), t(3)))
        .addEqualityGroup(new Sending(t(1), t(2), t(4)))
        .addEqualityGroup(new Answer.Accepted(t(1), Optional.empty()), new Answer.Accepted(t(1), Optional.empty()))
        .addEqualityGroup(new Answer.Accepted(t(1), Optional.of(t(5))))
        .addEqualityGroup(new Answer.Waitlisted(t(1), t(5)))
        .addEqualityGroup(new Answer.Refused(t(1), NO_CAPACITY, Optional.of(t(5))))
        .addEqualityGroup(new Ending.Completed(ReferralOutcome.NEED_MET))
        .addEqualityGroup(new Ending.Completed(ReferralOutcome.NOT_MET))
        .addEqualityGroup(new Ending.Failed(FailureReason.CLIENT_DIED))
        .addEqualityGroup(new Ending.Cancelled(new LoopClosure(MAARTJE, t(1))))
        .testEquals();
  }

  @Test
  void aSentReferralHoldsItsSendingAndNoAnswer() {
    Referral draft = withBasis();
    assertThat(draft.sending()).isEmpty();
    Referral sent = apply(draft, send(2));
    Sending sending = sent.sending().orElseThrow();
    assertThat(sending.sentAt()).isEqualTo(t(2));
    assertThat(sent.sentAt()).contains(sending.sentAt());
    assertThat(sent.responseDue()).contains(sending.responseDue());
    assertThat(sent.followUpDue()).contains(sending.followUpDue());
    assertThat(sent.answer()).isEmpty();
    assertThat(sent.ending()).isEmpty();
    Referral received = apply(sent, new ReferralCommand.Receive(t(3)));
    assertThat(received.status()).isEqualTo(ReferralStatus.RECEIVED);
    assertThat(received.sending()).contains(sending);
  }

  @Test
  void anAnswerAfterAWaitlistingReplacesItAndKeepsTheExpectedStart() {
    Instant expected = t(3).plus(Duration.ofDays(40));
    Referral waitlisted = apply(withBasis(), send(2), new ReferralCommand.Waitlist(expected, t(3)));
    assertThat(waitlisted.answer()).contains(new Answer.Waitlisted(t(3), expected));

    Referral accepted = apply(waitlisted, new ReferralCommand.Accept(t(4)));
    assertThat(accepted.answer()).contains(new Answer.Accepted(t(4), Optional.of(expected)));
    assertThat(accepted.respondedAt()).contains(t(4));
    assertThat(accepted.expectedStart()).contains(expected);

    Referral refused = apply(waitlisted, new ReferralCommand.Refuse(NO_CAPACITY, t(4)));
    Answer.Refused refusal = new Answer.Refused(t(4), NO_CAPACITY, Optional.of(expected));
    assertThat(refused.answer()).contains(refusal);
    assertThat(refused.expectedStart()).contains(expected);

    Referral acceptedAtOnce = apply(withBasis(), send(2), new ReferralCommand.Accept(t(3)));
    assertThat(acceptedAtOnce.answer()).contains(new Answer.Accepted(t(3), Optional.empty()));
    assertThat(acceptedAtOnce.expectedStart()).isEmpty();
  }

  @Test
  void aRefusalIsBothTheAnswerAndTheEnding() {
    Referral refused = apply(withBasis(), send(2), new ReferralCommand.Refuse(NO_CAPACITY, t(3)));
    assertThat(refused.ending()).containsSame((Answer.Refused) refused.answer().orElseThrow());
    assertThat(refused.refusal()).contains(NO_CAPACITY);
    Referral acknowledged = apply(refused, new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(4)));
    assertThat(acknowledged.ending()).isEqualTo(refused.ending());
    assertThat(acknowledged.refusal()).contains(NO_CAPACITY);
    assertThat(acknowledged.loopClosure()).contains(new LoopClosure(MAARTJE, t(4)));
  }

  @Test
  void endingsCarryTheOutcomeOrTheReasonAndKeepTheAnswer() {
    Referral accepted = apply(withBasis(), send(2), new ReferralCommand.Accept(t(3)));
    Referral completed = apply(accepted, new ReferralCommand.Start(t(4)),
        new ReferralCommand.Complete(ReferralOutcome.PARTLY_MET, t(5)));
    assertThat(completed.ending()).contains(new Ending.Completed(ReferralOutcome.PARTLY_MET));
    assertThat(completed.answer()).isEqualTo(accepted.answer());
    assertThat(completed.sending()).isEqualTo(accepted.sending());

    Referral waitlisted = apply(withBasis(), send(2), new ReferralCommand.Waitlist(t(90), t(3)));
    Referral failed = apply(waitlisted, new ReferralCommand.Fail(FailureReason.CLIENT_DROPPED_OUT, t(4)));
    assertThat(failed.ending()).contains(new Ending.Failed(FailureReason.CLIENT_DROPPED_OUT));
    assertThat(failed.failure()).contains(FailureReason.CLIENT_DROPPED_OUT);
    assertThat(failed.answer()).isEqualTo(waitlisted.answer());
    assertThat(failed.expectedStart()).contains(t(90));
  }

  @Test
  void aCancellationIsAnEndingThatClosesTheLoopAndKeepsWhatWasKnown() {
    Referral accepted = apply(withBasis(), send(2), new ReferralCommand.Accept(t(3)));
    Referral cancelled = apply(accepted, new ReferralCommand.Cancel(MAARTJE, t(4)));
    LoopClosure closure = new LoopClosure(MAARTJE, t(4));
    assertThat(cancelled.ending()).contains(new Ending.Cancelled(closure));
    assertThat(cancelled.loopClosure()).contains(closure);
    assertThat(cancelled.answer()).isEqualTo(accepted.answer());
    assertThat(cancelled.sending()).isEqualTo(accepted.sending());
    assertThat(cancelled.handover()).isEmpty();

    Referral cancelledDraft = apply(withBasis(), new ReferralCommand.Cancel(MAARTJE, t(2)));
    assertThat(cancelledDraft.sending()).isEmpty();
    assertThat(cancelledDraft.answer()).isEmpty();
    assertThat(cancelledDraft.loopClosure()).contains(new LoopClosure(MAARTJE, t(2)));
  }

  @Test
  void aHandoverLastsThroughStartCompletionAndFailureAndRulesOutCancelling() {
    Referral accepted = apply(withBasis(), send(2), new ReferralCommand.Accept(t(3)));
    Handover handover = new Handover(RECEIVER, t(4));
    Referral handedOver = apply(accepted, new ReferralCommand.AcceptAccountability(RECEIVER, t(4)));
    Referral started = apply(handedOver, new ReferralCommand.Start(t(5)));
    assertThat(started.status()).isEqualTo(ReferralStatus.IN_PROGRESS);
    assertThat(started.handover()).contains(handover);
    assertThat(apply(started, new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t(6))).handover())
        .contains(handover);
    assertThat(apply(started, new ReferralCommand.Fail(FailureReason.CLIENT_DECLINED, t(6))).handover())
        .contains(handover);
    assertThatThrownBy(() -> started.decide(new ReferralCommand.Cancel(MAARTJE, t(6))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.ILLEGAL_TRANSITION);
    assertThatThrownBy(() -> started.decide(new ReferralCommand.AcceptAccountability(
        ProfessionalId.of("hvo-other"), t(6)))).extracting(Rejections::code)
        .isEqualTo(ReferralCodes.ILLEGAL_TRANSITION);
  }

  @Test
  void equalityComparesWhatAReferralReports() {
    // Whether a cancelled referral had been received is not kept: same version, times and views, so equal.
    Referral cancelledSent = apply(withBasis(), new ReferralCommand.RecordBasis(LEGAL_BASIS, t(2)), send(3),
        new ReferralCommand.Cancel(MAARTJE, t(5)));
    Referral cancelledReceived = apply(withBasis(), send(3), new ReferralCommand.Receive(t(4)),
        new ReferralCommand.Cancel(MAARTJE, t(5)));
    // Accepted after a waitlisting, or waitlisted again: the same dates, but the answer tells them apart.
    Referral cancelledAccepted = apply(withBasis(), send(2), new ReferralCommand.Waitlist(t(90), t(3)),
        new ReferralCommand.Accept(t(4)), new ReferralCommand.Cancel(MAARTJE, t(5)));
    Referral cancelledWaitlisted = apply(withBasis(), send(2), new ReferralCommand.Waitlist(t(90), t(3)),
        new ReferralCommand.Waitlist(t(90), t(4)), new ReferralCommand.Cancel(MAARTJE, t(5)));
    assertThat(cancelledAccepted.respondedAt()).isEqualTo(cancelledWaitlisted.respondedAt());
    assertThat(cancelledAccepted.expectedStart()).isEqualTo(cancelledWaitlisted.expectedStart());
    new EqualsTester()
        .addEqualityGroup(cancelledSent, cancelledReceived)
        .addEqualityGroup(cancelledAccepted)
        .addEqualityGroup(cancelledWaitlisted)
        .testEquals();
  }

  @Test
  void generatedReferralsHoldTheirViewsTogether() {
    EnumSet<ReferralStatus> handoverStatuses = EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS,
        ReferralStatus.COMPLETED, ReferralStatus.FAILED);
    Property.forAll("referral.views", ReferralGen.referrals(), r -> {
      ReferralStatus s = r.status();
      assertThat(r.ending().isPresent()).as("ending iff terminal").isEqualTo(s.isTerminal());
      assertThat(r.ending().filter(Answer.Refused.class::isInstance).isPresent())
          .isEqualTo(s == ReferralStatus.REFUSED);
      assertThat(r.ending().filter(Ending.Completed.class::isInstance).isPresent())
          .isEqualTo(s == ReferralStatus.COMPLETED);
      assertThat(r.ending().filter(Ending.Failed.class::isInstance).isPresent())
          .isEqualTo(s == ReferralStatus.FAILED);
      assertThat(r.ending().filter(Ending.Cancelled.class::isInstance).isPresent())
          .isEqualTo(s == ReferralStatus.CANCELLED);
      assertThat(r.failure().isPresent()).isEqualTo(s == ReferralStatus.FAILED);
      assertThat(r.sending().isPresent()).as("sent unless a draft or cancelled as one")
          .isEqualTo(s != ReferralStatus.DRAFT && !(s == ReferralStatus.CANCELLED && r.sentAt().isEmpty()));
      assertThat(r.sentAt()).isEqualTo(r.sending().map(Sending::sentAt));
      if (r.answer().isPresent()) {
        assertThat(r.sending()).as("an answer comes after sending").isPresent();
      }
      assertThat(r.respondedAt()).isEqualTo(r.answer().map(Answer::at));
      assertThat(r.expectedStart()).isEqualTo(r.answer().flatMap(Answer::expectedStart));
      if (s == ReferralStatus.WAITLISTED) {
        assertThat(r.answer()).get().isInstanceOf(Answer.Waitlisted.class);
      }
      if (s == ReferralStatus.ACCEPTED || s == ReferralStatus.IN_PROGRESS || s == ReferralStatus.COMPLETED) {
        assertThat(r.answer()).get().isInstanceOf(Answer.Accepted.class);
      }
      if (s == ReferralStatus.SENT || s == ReferralStatus.RECEIVED) {
        assertThat(r.answer()).isEmpty();
      }
      r.handover().ifPresent(h -> {
        assertThat(handoverStatuses).contains(s);
        assertThat(r.answer()).get().isInstanceOf(Answer.Accepted.class);
      });
      r.loopClosure().ifPresent(c -> assertThat(s.isTerminal()).as("loop closed only at an ending").isTrue());
      r.ending().filter(Ending.Cancelled.class::isInstance).ifPresent(e -> {
        assertThat(r.loopClosure()).contains(((Ending.Cancelled) e).closure());
        assertThat(r.handover()).isEmpty();
      });
    });
  }
}
