package io.github.casework.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.VersionConflictException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.SignalId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Role;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignalTest {
  static final Instant T0 = Instant.parse("2026-12-15T09:00:00Z");
  static final SignalId SIG = SignalId.of("sig-unhoused");
  static final ProfessionalId MAARTJE = ProfessionalId.of("sw-maartje");
  static final ProfessionalId ROOS = ProfessionalId.of("sw-roos");
  static final ProfessionalId TRIX = ProfessionalId.of("sw-trix");
  static final ProfessionalId MANAGER = ProfessionalId.of("mgr-welfare");
  static final Addressee TEAM_MANAGER = Addressee.of(AgencyId.of("mokummerwijs"), Role.MANAGER);
  static final Observation UNHOUSED = new Observation(Quarter.of(2026, 4), Area.of("wijk-west"),
      Topic.of(LifeDomain.HOUSING, "people without a fixed address and without benefits"), Trend.INCREASING,
      Evidence.ofIds(List.of(CaseId.of("case-1"), CaseId.of("case-2")), List.of(), List.of()));

  static Signal raised() {
    return Signal.raise(SIG, List.of(MAARTJE, ROOS, TRIX), TEAM_MANAGER, UNHOUSED, T0).state();
  }

  static Instant t(int days) {
    return T0.plusSeconds(86_400L * days);
  }

  static Signal responded(Response response) {
    return raised()
        .decide(new SignalCommand.Acknowledge(MANAGER, t(1))).state()
        .decide(new SignalCommand.Respond(response, MANAGER, t(20))).state();
  }

  @Test
  void aRaisedSignalIsOwedAResponseWithinOneQuarter() {
    Signal s = raised();
    assertThat(s.status()).isEqualTo(SignalStatus.RAISED);
    assertThat(s.raisers()).containsExactly(MAARTJE, ROOS, TRIX);
    assertThat(s.responseDue()).isEqualTo(Instant.parse("2027-03-15T09:00:00Z"));
    assertThat(s.feedbackPending()).containsExactly(MAARTJE, ROOS, TRIX);
    assertThat(s.isResponseOverdue(Instant.parse("2027-03-15T09:00:00Z"))).isFalse();
    assertThat(s.isResponseOverdue(Instant.parse("2027-03-15T09:00:01Z"))).isTrue();
    assertThat(responded(Response.of(ResponseKind.PRIORITY_THEME)).isResponseOverdue(t(400))).isFalse();
    Signal explicit = Signal.raise(SIG, List.of(MAARTJE), TEAM_MANAGER, UNHOUSED, t(30), T0).state();
    assertThat(explicit.responseDue()).isEqualTo(t(30));
    assertThat(Signal.defaultResponseDue(Instant.parse("2026-11-30T12:00:00Z")))
        .isEqualTo(Instant.parse("2027-02-28T12:00:00Z"));
    // One rule: the default is the Dutch norms' signal response, three months on the UTC calendar, also across a
    // change of summer time (in Amsterdam local time it would be 08:00Z).
    Instant winter = Instant.parse("2027-01-08T09:00:00Z");
    assertThat(Signal.defaultResponseDue(winter)).isEqualTo(Instant.parse("2027-04-08T09:00:00Z"))
        .isEqualTo(ServiceNorms.dutchDefaults().signalResponse().dueFrom(winter));
    assertThat(Signal.raise(SIG, List.of(MAARTJE), TEAM_MANAGER, UNHOUSED, winter).state().responseDue())
        .isEqualTo(Instant.parse("2027-04-08T09:00:00Z"));
  }

  @Test
  void raisingChecksRaisersDueDateAndPeriod() {
    assertThatThrownBy(() -> Signal.raise(SIG, List.of(), TEAM_MANAGER, UNHOUSED, T0))
        .extracting(Rejections::code).isEqualTo(SignalCodes.NO_RAISERS);
    assertThatThrownBy(() -> Signal.raise(SIG, List.of(MAARTJE), TEAM_MANAGER, UNHOUSED, T0.minusSeconds(1), T0))
        .extracting(Rejections::code).isEqualTo(SignalCodes.DUE_BEFORE_RAISED);
    // 2026-Q4 begins on 1 October; in UTC+14 that is 2026-09-30T10:00Z.
    assertThatThrownBy(() -> Signal.raise(SIG, List.of(MAARTJE), TEAM_MANAGER, UNHOUSED,
        Instant.parse("2026-09-30T09:59:59Z"))).extracting(Rejections::code).isEqualTo(SignalCodes.PERIOD_NOT_BEGUN);
    assertThat(Signal.raise(SIG, List.of(MAARTJE), TEAM_MANAGER, UNHOUSED, Instant.parse("2026-09-30T10:00:00Z"))
        .state().status()).isEqualTo(SignalStatus.RAISED);
    assertThatThrownBy(() -> Addressee.of(AgencyId.of("a"), Role.SOCIAL_WORKER))
        .extracting(Rejections::code).isEqualTo("addressee.not-a-manager");
  }

  @Test
  void theLifecycleIsRaisedAcknowledgedRespondedClosedInThatOrder() {
    Signal s = raised();
    assertThatThrownBy(() -> s.decide(new SignalCommand.Respond(Response.of(ResponseKind.NEW_SERVICE), MANAGER, t(1))))
        .extracting(Rejections::code).isEqualTo(SignalCodes.ILLEGAL_TRANSITION);
    assertThatThrownBy(() -> s.decide(new SignalCommand.Close(t(1))))
        .extracting(Rejections::code).isEqualTo(SignalCodes.ILLEGAL_TRANSITION);
    assertThatThrownBy(() -> s.decide(SignalCommand.GiveFeedback.of(List.of(MAARTJE), t(1))))
        .extracting(Rejections::code).isEqualTo(SignalCodes.ILLEGAL_TRANSITION);
    Signal ack = s.decide(new SignalCommand.Acknowledge(MANAGER, t(1))).state();
    assertThat(ack.status()).isEqualTo(SignalStatus.ACKNOWLEDGED);
    assertThat(ack.acknowledgedBy()).contains(MANAGER);
    assertThatThrownBy(() -> ack.decide(new SignalCommand.Acknowledge(MANAGER, t(2))))
        .extracting(Rejections::code).isEqualTo(SignalCodes.ILLEGAL_TRANSITION);
    Signal resp = ack.decide(new SignalCommand.Respond(Response.of(ResponseKind.PRIORITY_THEME), MANAGER, t(20)))
        .state();
    assertThat(resp.status()).isEqualTo(SignalStatus.RESPONDED);
    assertThat(resp.response()).contains(Response.of(ResponseKind.PRIORITY_THEME));
    assertThat(resp.respondedBy()).contains(MANAGER);
    assertThat(resp.respondedAt()).contains(t(20));
  }

  @Test
  void noActionIsOnlyAllowedWithAReason() {
    assertThatThrownBy(() -> Response.of(ResponseKind.NO_ACTION))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo("response.reason-required");
          assertThat(e.field()).isEqualTo("Response.explanation");
        });
    assertThatThrownBy(() -> new Response(ResponseKind.NO_ACTION, Optional.of("  ")))
        .extracting(Rejections::code).isEqualTo("response.blank");
    Signal s = responded(Response.noAction("the municipality already funds a pilot for this group"));
    assertThat(s.response().orElseThrow().kind()).isEqualTo(ResponseKind.NO_ACTION);
    assertThat(s.response().orElseThrow().toString()).doesNotContain("pilot");
  }

  @Test
  void aSignalClosesOnlyAfterFeedbackReachedEveryRaiser() {
    Signal s = responded(Response.of(ResponseKind.POLICY_DIALOGUE, "dialogue with Dienst Wonen and HVO"));
    assertThatThrownBy(() -> s.decide(new SignalCommand.Close(t(21))))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.code()).isEqualTo(SignalCodes.FEEDBACK_MISSING);
          assertThat(e.getMessage()).contains("3 of 3");
        });
    Signal partly = s.decide(SignalCommand.GiveFeedback.of(List.of(MAARTJE, ROOS), t(22))).state();
    assertThat(partly.feedbackPending()).containsExactly(TRIX);
    assertThatThrownBy(() -> partly.decide(new SignalCommand.Close(t(23))))
        .extracting(Rejections::code).isEqualTo(SignalCodes.FEEDBACK_MISSING);
    assertThatThrownBy(() -> partly.decide(SignalCommand.GiveFeedback.of(List.of(ROOS), t(23))))
        .extracting(Rejections::code).isEqualTo(SignalCodes.FEEDBACK_ALREADY_GIVEN);
    assertThatThrownBy(() -> partly.decide(SignalCommand.GiveFeedback.of(List.of(TRIX, MANAGER), t(23))))
        .extracting(Rejections::code).isEqualTo(SignalCodes.NOT_A_RAISER);
    Signal all = partly.decide(SignalCommand.GiveFeedback.of(List.of(TRIX, ROOS), t(23))).state();
    Signal closed = all.decide(new SignalCommand.Close(t(24))).state();
    assertThat(closed.status()).isEqualTo(SignalStatus.CLOSED);
    assertThat(closed.feedbackReached()).isEqualTo(closed.raisers());
    assertThatThrownBy(() -> closed.decide(new SignalCommand.Close(t(25))))
        .extracting(Rejections::code).isEqualTo(SignalCodes.CLOSED);
    assertThatThrownBy(() -> SignalCommand.GiveFeedback.of(List.of(), t(25)))
        .extracting(Rejections::code).isEqualTo(SignalCodes.NO_RAISERS);
  }

  @Test
  void changesAreDatedInOrderAndVersionsAreChecked() {
    Signal s = raised().decide(new SignalCommand.Acknowledge(MANAGER, t(5))).state();
    assertThatThrownBy(() -> s.decide(new SignalCommand.Respond(Response.of(ResponseKind.NEW_SERVICE), MANAGER,
        t(4)))).extracting(Rejections::code).isEqualTo(SignalCodes.OUT_OF_ORDER);
    assertThatThrownBy(() -> s.decide(new SignalCommand.Respond(Response.of(ResponseKind.NEW_SERVICE), MANAGER,
        t(6)), ExpectedVersion.exactly(1)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.aggregateId()).isEqualTo("sig-unhoused");
          assertThat(e.actual()).isEqualTo(2);
        });
    assertThat(s.decide(new SignalCommand.Respond(Response.of(ResponseKind.NEW_SERVICE), MANAGER, t(6)),
        ExpectedVersion.exactly(2)).state().version()).isEqualTo(3);
  }

  @Test
  void replayRebuildsTheStateAndRejectsIllegalHistories() {
    SignalEvent.Raised r = (SignalEvent.Raised) Signal.raise(SIG, List.of(MAARTJE), TEAM_MANAGER, UNHOUSED, T0)
        .event();
    SignalEvent ack = new SignalEvent.Acknowledged(SIG, MANAGER, t(1));
    SignalEvent resp = new SignalEvent.Responded(SIG, Response.of(ResponseKind.RAISED_WITH_MUNICIPALITY), MANAGER,
        t(2));
    SignalEvent fb = new SignalEvent.FeedbackGiven(SIG, ImmutableSortedSet.of(MAARTJE), t(3));
    SignalEvent closed = new SignalEvent.Closed(SIG, t(4));
    assertThat(Signal.replay(List.of(r, ack, resp, fb, closed)).status()).isEqualTo(SignalStatus.CLOSED);
    assertThatThrownBy(() -> Signal.replay(List.of(r, ack, resp, closed)))
        .extracting(Rejections::code).isEqualTo(SignalCodes.FEEDBACK_MISSING);
    assertThatThrownBy(() -> Signal.replay(List.of(r, resp)))
        .extracting(Rejections::code).isEqualTo(SignalCodes.ILLEGAL_TRANSITION);
    assertThatThrownBy(() -> Signal.replay(List.of()))
        .extracting(Rejections::code).isEqualTo(SignalCodes.NOT_RAISED);
    assertThatThrownBy(() -> Signal.replay(List.of(ack)))
        .extracting(Rejections::code).isEqualTo(SignalCodes.NOT_RAISED);
    assertThatThrownBy(() -> Signal.replay(List.of(r, r)))
        .extracting(Rejections::code).isEqualTo(SignalCodes.ALREADY_RAISED);
    assertThatThrownBy(() -> Signal.start(r).evolve(new SignalEvent.Acknowledged(SignalId.of("x"), MANAGER, t(1))))
        .extracting(Rejections::code).isEqualTo(SignalCodes.WRONG_SIGNAL);
  }

  @Test
  void toStringShowsNoFreeText() {
    Signal s = responded(Response.noAction("Jansen at Dorpsstraat 1 is the only one"));
    assertThat(s.toString()).contains("sig-unhoused", "2026-Q4", "wijk-west", "housing", "responded")
        .doesNotContain("fixed address", "Jansen");
    assertThat(UNHOUSED.toString()).doesNotContain("fixed address");
  }

  @Test
  void equalityIsByValueIncludingVersion() {
    new EqualsTester()
        .addEqualityGroup(raised(), raised(), Signal.replay(ImmutableList.of(
            Signal.raise(SIG, List.of(TRIX, ROOS, MAARTJE), TEAM_MANAGER, UNHOUSED, T0).event())))
        .addEqualityGroup(raised().decide(new SignalCommand.Acknowledge(MANAGER, t(1))).state())
        .addEqualityGroup(Signal.raise(SIG, List.of(MAARTJE), TEAM_MANAGER, UNHOUSED, T0).state())
        .testEquals();
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(SignalCommand.class, new SignalCommand.Close(T0))
        .setDefault(SignalEvent.class, new SignalEvent.Closed(SIG, T0))
        .setDefault(ExpectedVersion.class, ExpectedVersion.any())
        .setDefault(Instant.class, T0)
        .setDefault(SignalId.class, SIG)
        .setDefault(Addressee.class, TEAM_MANAGER)
        .setDefault(Observation.class, UNHOUSED)
        .setDefault(Response.class, Response.of(ResponseKind.NEW_SERVICE))
        .setDefault(ProfessionalId.class, MAARTJE)
        .setDefault(AgencyId.class, AgencyId.of("a"))
        .setDefault(Role.class, Role.MANAGER)
        .setDefault(String.class, "text")
        .setDefault(ImmutableSortedSet.class, ImmutableSortedSet.of(MAARTJE))
        .setDefault(Quarter.class, Quarter.of(2026, 4))
        .setDefault(Area.class, Area.of("wijk-west"))
        .setDefault(Topic.class, UNHOUSED.topic())
        .setDefault(Evidence.class, UNHOUSED.evidence());
    tester.testAllPublicStaticMethods(Signal.class);
    tester.testAllPublicInstanceMethods(raised());
    tester.testAllPublicConstructors(SignalEvent.Raised.class);
    tester.testAllPublicConstructors(SignalCommand.Respond.class);
    tester.testAllPublicConstructors(Observation.class);
    tester.testAllPublicConstructors(Addressee.class);
    tester.testAllPublicStaticMethods(Response.class);
  }
}
