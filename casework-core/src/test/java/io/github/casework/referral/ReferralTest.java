package io.github.casework.referral;

import static io.github.casework.referral.Fixtures.CASE;
import static io.github.casework.referral.Fixtures.CLIENT;
import static io.github.casework.referral.Fixtures.HOUSING_NEED;
import static io.github.casework.referral.Fixtures.LEGAL_BASIS;
import static io.github.casework.referral.Fixtures.MAARTJE;
import static io.github.casework.referral.Fixtures.RECEIVER;
import static io.github.casework.referral.Fixtures.REF;
import static io.github.casework.referral.Fixtures.SHELTER;
import static io.github.casework.referral.Fixtures.T0;
import static io.github.casework.referral.Fixtures.WELFARE;
import static io.github.casework.referral.Fixtures.apply;
import static io.github.casework.referral.Fixtures.drafted;
import static io.github.casework.referral.Fixtures.send;
import static io.github.casework.referral.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.Deadline;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.VersionConflictException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.testing.Property;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Rejections;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralTest {

  static DataSharingBasis.Consent consent(Instant givenAt, AgencyId recipient, LifeDomain domain) {
    return DataSharingBasis.Consent.of(ConsentGiver.CLIENT, MAARTJE, givenAt, List.of(recipient), List.of(domain));
  }

  static Referral withBasis() {
    return apply(drafted(), new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1)));
  }

  @Test
  void aDraftedReferralIsOpenAndNotYetDue() {
    Referral r = drafted();
    assertThat(r.status()).isEqualTo(ReferralStatus.DRAFT);
    assertThat(r.isOpen()).isTrue();
    assertThat(r.version()).isEqualTo(1);
    assertThat(r.sentAt()).isEmpty();
    assertThat(r.responseDue()).isEmpty();
    assertThat(r.followUpDue()).isEmpty();
    assertThat(r.client()).isEqualTo(CLIENT);
    assertThat(r.caseId()).isEqualTo(CASE);
    assertThat(r.need()).isEqualTo(HOUSING_NEED);
    assertThat(r.domain()).isEqualTo(LifeDomain.HOUSING);
    assertThat(r.from()).isEqualTo(WELFARE);
    assertThat(r.to()).isEqualTo(SHELTER);
    assertThat(r.referrer()).isEqualTo(MAARTJE);
    assertThat(r.service()).isEqualTo("night-shelter");
    assertThat(r.draftedAt()).isEqualTo(T0);
  }

  @Test
  void sendingWithoutConsentOrLegalBasisIsRejectedAndChangesNothing() {
    Referral r = drafted();
    assertThatThrownBy(() -> r.decide(send(5)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.code()).isEqualTo(ReferralCodes.NO_SHARING_BASIS);
          assertThat(e.subject()).isEqualTo("ref-1");
        });
    assertThat(r).isEqualTo(drafted());
    assertThat(withBasis().decide(send(5)).state().status()).isEqualTo(ReferralStatus.SENT);
  }

  @Test
  void aConsentMustBeGivenAlreadyAndCoverTheReceivingAgencyAndTheDomain() {
    Referral r = drafted();
    DataSharingBasis.Consent ok = consent(T0.minus(Duration.ofDays(2)), SHELTER, LifeDomain.HOUSING);
    Referral consented = apply(r, new ReferralCommand.RecordBasis(ok, t(1)));
    assertThat(consented.basis()).contains(ok);
    assertThat(consented.decide(send(2)).state().sentAt()).contains(t(2));

    assertThatThrownBy(() -> r.decide(new ReferralCommand.RecordBasis(
        consent(T0, AgencyId.of("clinic"), LifeDomain.HOUSING), t(1))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.CONSENT_OUT_OF_SCOPE);
    assertThatThrownBy(() -> r.decide(new ReferralCommand.RecordBasis(
        consent(T0, SHELTER, LifeDomain.FINANCES), t(1))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.CONSENT_OUT_OF_SCOPE);
    assertThatThrownBy(() -> r.decide(new ReferralCommand.RecordBasis(
        consent(t(60), SHELTER, LifeDomain.HOUSING), t(1))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.CONSENT_NOT_YET_GIVEN);

    // A later basis replaces an earlier one while the referral is a draft.
    Referral replaced = apply(consented, new ReferralCommand.RecordBasis(LEGAL_BASIS, t(2)));
    assertThat(replaced.basis()).contains(LEGAL_BASIS);
    assertThat(LEGAL_BASIS.covers(AgencyId.of("any"), LifeDomain.JUSTICE)).isTrue();
    assertThat(ok.covers(SHELTER, LifeDomain.HOUSING)).isTrue();
    assertThat(ok.covers(SHELTER, LifeDomain.FINANCES)).isFalse();
  }

  @Test
  void sharingBasesValidateTheirParts() {
    assertThatThrownBy(() -> DataSharingBasis.Consent.of(ConsentGiver.CLIENT, MAARTJE, T0, List.of(),
        List.of(LifeDomain.HOUSING))).extracting(Rejections::code).isEqualTo("consent.no-recipient");
    assertThatThrownBy(() -> DataSharingBasis.Consent.of(ConsentGiver.LEGAL_REPRESENTATIVE, MAARTJE, T0,
        List.of(SHELTER), Set.of())).extracting(Rejections::code).isEqualTo("consent.no-domain");
    assertThatThrownBy(() -> new DataSharingBasis.LegalBasis(LegalGround.LEGAL_OBLIGATION, " "))
        .extracting(Rejections::code).isEqualTo("legal-basis.provision-blank");
    assertThatThrownBy(() -> new DataSharingBasis.LegalBasis(LegalGround.VITAL_INTERESTS, "x".repeat(201)))
        .extracting(Rejections::code).isEqualTo("legal-basis.provision-too-long");
    assertThat(LEGAL_BASIS.type()).isEqualTo("legal-basis");
    assertThat(consent(T0, SHELTER, LifeDomain.HOUSING).type()).isEqualTo("consent");
  }

  @Test
  void sendingComputesTheDueDatesFromDurationsOrInstants() {
    Referral sent = withBasis().decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)),
        Deadline.at(Instant.parse("2026-11-01T17:00:00Z")), t(10))).state();
    assertThat(sent.sentAt()).contains(t(10));
    assertThat(sent.responseDue()).contains(t(10).plus(Duration.ofDays(3)));
    assertThat(sent.followUpDue()).contains(Instant.parse("2026-11-01T17:00:00Z"));
  }

  @Test
  void aCalendarRulePlugsInAsADeadline() {
    // A stand-in for the working-day calendar that comes later: three weekdays after the start.
    Deadline threeWeekdays = start -> {
      ZonedDateTime z = start.atZone(ZoneOffset.UTC);
      int left = 3;
      while (left > 0) {
        z = z.plusDays(1);
        if (z.getDayOfWeek() != DayOfWeek.SATURDAY && z.getDayOfWeek() != DayOfWeek.SUNDAY) {
          left--;
        }
      }
      return z.toInstant();
    };
    Instant friday = Instant.parse("2026-10-02T09:00:00Z");
    Referral sent = withBasis().decide(new ReferralCommand.Send(threeWeekdays,
        Deadline.after(Duration.ofDays(28)), friday)).state();
    assertThat(sent.responseDue()).contains(Instant.parse("2026-10-07T09:00:00Z"));
  }

  @Test
  void dueDatesMustFollowSendingInOrder() {
    Referral r = withBasis();
    assertThatThrownBy(() -> r.decide(new ReferralCommand.Send(Deadline.at(t(5)),
        Deadline.after(Duration.ofDays(1)), t(10)))).extracting(Rejections::code)
        .isEqualTo(ReferralCodes.DUE_BEFORE_SENT);
    assertThatThrownBy(() -> r.decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(5)),
        Deadline.after(Duration.ofDays(1)), t(10)))).extracting(Rejections::code)
        .isEqualTo(ReferralCodes.FOLLOW_UP_BEFORE_RESPONSE);
    // Due at the very instant of sending is allowed: "answer today".
    assertThat(r.decide(new ReferralCommand.Send(Deadline.after(Duration.ZERO), Deadline.after(Duration.ZERO),
        t(10))).state().responseDue()).contains(t(10));
    assertThatThrownBy(() -> Deadline.after(Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidValueException.class).extracting(Rejections::code).isEqualTo("deadline.negative");
    assertThat(Deadline.after(Duration.ofHours(2)).dueFrom(T0)).isEqualTo(T0.plusSeconds(7200));
    assertThat(Deadline.at(T0).dueFrom(t(99))).isEqualTo(T0);
  }

  @Test
  void aRefusalCarriesItsReason() {
    Referral sent = apply(withBasis(), send(2));
    for (Refusal reason : List.of(new Refusal.NotEligible("resident of the city for two years"),
        new Refusal.NoCapacity(), new Refusal.ClientUnreachable(),
        Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, AgencyId.of("clinic")),
        Refusal.PreconditionUnmet.first(LifeDomain.MENTAL_HEALTH))) {
      Referral refused = sent.decide(new ReferralCommand.Refuse(reason, t(3))).state();
      assertThat(refused.status()).isEqualTo(ReferralStatus.REFUSED);
      assertThat(refused.refusal()).contains(reason);
      assertThat(refused.respondedAt()).contains(t(3));
      assertThat(refused.isOpen()).as("the referrer has yet to acknowledge the refusal").isTrue();
    }
    assertThat(List.of(new Refusal.NotEligible("x").type(), new Refusal.NoCapacity().type(),
        new Refusal.ClientUnreachable().type(), Refusal.PreconditionUnmet.first(LifeDomain.HOUSING).type()))
        .containsExactly("not-eligible", "no-capacity", "client-unreachable", "precondition-unmet");
  }

  @Test
  void aPreconditionCannotBeTheNeedItself() {
    Referral sent = apply(withBasis(), send(2));
    assertThatThrownBy(() -> sent.decide(new ReferralCommand.Refuse(
        Refusal.PreconditionUnmet.solvedBy(LifeDomain.HOUSING, AgencyId.of("housing-service")), t(3))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.PRECONDITION_IS_THE_NEED);
  }

  @Test
  void anEligibilityCriterionIsNamedButNeverShown() {
    assertThatThrownBy(() -> new Refusal.NotEligible(" "))
        .extracting(Rejections::code).isEqualTo("refusal.criterion-blank");
    assertThatThrownBy(() -> new Refusal.NotEligible("x".repeat(201)))
        .extracting(Rejections::code).isEqualTo("refusal.criterion-too-long");
    Refusal.NotEligible r = new Refusal.NotEligible("Jan de Vries-9x1 is not a resident");
    assertThat(r.toString()).doesNotContain("Vries").contains("chars");
    Referral refused = apply(withBasis(), send(2), new ReferralCommand.Refuse(r, t(3)));
    assertThat(refused.toString()).doesNotContain("Vries");
  }

  @Test
  void aWaitlistNamesAnExpectedStartNotInThePast() {
    Referral waitlisted = apply(withBasis(), send(2),
        new ReferralCommand.Waitlist(t(3).plus(Duration.ofDays(40)), t(3)));
    assertThat(waitlisted.expectedStart()).contains(t(3).plus(Duration.ofDays(40)));
    Referral again = apply(waitlisted, new ReferralCommand.Waitlist(t(4).plus(Duration.ofDays(60)), t(4)));
    assertThat(again.expectedStart()).contains(t(4).plus(Duration.ofDays(60)));
    assertThat(again.respondedAt()).contains(t(4));
    assertThatThrownBy(() -> new ReferralCommand.Waitlist(t(2), t(3)))
        .extracting(Rejections::code).isEqualTo("referral.expected-before-waitlisted");
    assertThatThrownBy(() -> new ReferralEvent.Waitlisted(REF, t(2), t(3)))
        .extracting(Rejections::code).isEqualTo("referral.expected-before-waitlisted");
  }

  @Test
  void theReferrerStaysAccountableUntilHandoverOrLoopClosure() {
    Referral accepted = apply(withBasis(), send(2), new ReferralCommand.Accept(t(3)));
    assertThat(accepted.isOpen()).isTrue();
    assertThatThrownBy(() -> accepted.decide(new ReferralCommand.AcceptAccountability(MAARTJE, t(4))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.SAME_PROFESSIONAL);
    Referral handedOver = apply(accepted, new ReferralCommand.AcceptAccountability(RECEIVER, t(4)));
    assertThat(handedOver.handover()).contains(new Handover(RECEIVER, t(4)));
    assertThat(handedOver.isOpen()).isFalse();

    Referral completed = apply(accepted, new ReferralCommand.Start(t(4)),
        new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t(5)));
    assertThat(completed.outcome()).contains(ReferralOutcome.NEED_MET);
    assertThat(completed.isOpen()).as("reported back, not yet acknowledged").isTrue();
    Referral closed = apply(completed, new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(6)));
    assertThat(closed.loopClosure()).contains(new LoopClosure(MAARTJE, t(6)));
    assertThat(closed.isOpen()).isFalse();

    Referral cancelled = apply(accepted, new ReferralCommand.Cancel(MAARTJE, t(4)));
    assertThat(cancelled.loopClosure()).contains(new LoopClosure(MAARTJE, t(4)));
    Referral failed = apply(accepted, new ReferralCommand.Fail(FailureReason.CLIENT_DIED, t(4)));
    assertThat(failed.failure()).contains(FailureReason.CLIENT_DIED);
    assertThat(failed.isOpen()).isTrue();
  }

  @Test
  void changesCannotBeDatedBeforeTheLastChange() {
    Referral sent = apply(withBasis(), send(20));
    assertThatThrownBy(() -> sent.decide(new ReferralCommand.Receive(t(19))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.OUT_OF_ORDER);
    // Time order is checked before the table.
    assertThatThrownBy(() -> sent.decide(new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t(19))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.OUT_OF_ORDER);
  }

  @Test
  void aStaleExpectedVersionIsAConflict() {
    Referral r = withBasis();
    assertThat(r.decide(send(5), ExpectedVersion.exactly(2)).state().version()).isEqualTo(3);
    assertThatThrownBy(() -> r.decide(send(5), ExpectedVersion.exactly(1)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.aggregateId()).isEqualTo("ref-1");
          assertThat(e.actual()).isEqualTo(2);
        });
    assertThatThrownBy(() -> r.decide(send(5), ExpectedVersion.none()))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  void replayRebuildsTheSameReferral() {
    List<ReferralEvent> history = new ArrayList<>();
    Decision<Referral, ReferralEvent> d = Referral.draft(REF, CLIENT, CASE, HOUSING_NEED, LifeDomain.HOUSING,
        WELFARE, MAARTJE, SHELTER, "night-shelter", T0);
    history.addAll(d.events());
    Referral r = d.state();
    for (ReferralCommand c : List.of(new ReferralCommand.RecordBasis(LEGAL_BASIS, t(1)), send(2),
        new ReferralCommand.Receive(t(3)), new ReferralCommand.Waitlist(t(4).plus(Duration.ofDays(9)), t(4)),
        new ReferralCommand.Accept(t(5)), new ReferralCommand.Start(t(6)),
        new ReferralCommand.AcceptAccountability(RECEIVER, t(7)),
        new ReferralCommand.Complete(ReferralOutcome.PARTLY_MET, t(8)),
        new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(9)))) {
      d = r.decide(c);
      history.addAll(d.events());
      r = d.state();
    }
    assertThat(Referral.replay(history)).isEqualTo(r);
    assertThat(r.version()).isEqualTo(history.size());
    assertThat(history).extracting(ReferralEvent::type).containsExactly("referral.drafted",
        "referral.basis-recorded", "referral.sent", "referral.received", "referral.waitlisted", "referral.accepted",
        "referral.started", "referral.accountability-accepted", "referral.completed",
        "referral.outcome-acknowledged");
  }

  @Test
  void replayRejectsIllegalHistories() {
    ReferralEvent.Drafted drafted = (ReferralEvent.Drafted) Referral.draft(REF, CLIENT, CASE, HOUSING_NEED,
        LifeDomain.HOUSING, WELFARE, MAARTJE, SHELTER, "night-shelter", T0).event();
    assertThatThrownBy(() -> Referral.replay(ImmutableList.of()))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.NOT_DRAFTED);
    assertThatThrownBy(() -> Referral.replay(ImmutableList.of(new ReferralEvent.Received(REF, T0))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.NOT_DRAFTED);
    assertThatThrownBy(() -> Referral.replay(ImmutableList.of(drafted, drafted)))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.ALREADY_DRAFTED);
    assertThatThrownBy(() -> Referral.replay(ImmutableList.of(drafted, new ReferralEvent.Started(REF, t(1)))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.ILLEGAL_TRANSITION);
    assertThatThrownBy(() -> Referral.replay(ImmutableList.of(drafted,
        new ReferralEvent.Sent(REF, t(10), t(20), t(1)))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.NO_SHARING_BASIS);
    assertThatThrownBy(() -> drafted().evolve(new ReferralEvent.Received(ReferralId.of("other"), t(1))))
        .extracting(Rejections::code).isEqualTo(ReferralCodes.WRONG_REFERRAL);
  }

  @Test
  void aServiceCodeFollowsTheCatalogueRule() {
    assertThatThrownBy(() -> Referral.draft(REF, CLIENT, CASE, HOUSING_NEED, LifeDomain.HOUSING, WELFARE, MAARTJE,
        SHELTER, "Night Shelter", T0)).extracting(Rejections::code).isEqualTo("service.invalid-code");
  }

  @Test
  void equalityIsByValueIncludingVersion() {
    new EqualsTester()
        .addEqualityGroup(drafted(), drafted(), Referral.replay(ImmutableList.of(Referral.draft(REF, CLIENT, CASE,
            HOUSING_NEED, LifeDomain.HOUSING, WELFARE, MAARTJE, SHELTER, "night-shelter", T0).event())))
        .addEqualityGroup(withBasis(), withBasis())
        .addEqualityGroup(apply(drafted(), new ReferralCommand.RecordBasis(LEGAL_BASIS, t(2))))
        .addEqualityGroup(apply(withBasis(), send(2)))
        .testEquals();
  }

  @Test
  void toStringShowsIdsAndStatusOnly() {
    assertThat(apply(withBasis(), send(2)).toString())
        .isEqualTo("Referral[id=ref-1, case=case-k, need=need-housing, from=welfare-west, to=hvo-shelter,"
            + " status=sent, version=3]");
  }

  @Test
  void enumCodesAreStable() {
    assertThat(ReferralStatus.IN_PROGRESS.code()).isEqualTo("in-progress");
    assertThat(ReferralStatus.COMPLETED.isTerminal()).isTrue();
    assertThat(ReferralStatus.WAITLISTED.isTerminal()).isFalse();
    assertThat(ReferralOutcome.PARTLY_MET.code()).isEqualTo("partly-met");
    assertThat(FailureReason.CLIENT_DROPPED_OUT.code()).isEqualTo("client-dropped-out");
    assertThat(ConsentGiver.LEGAL_REPRESENTATIVE.code()).isEqualTo("legal-representative");
    assertThat(LegalGround.PUBLIC_TASK.code()).isEqualTo("public-task");
  }

  @Test
  void generatedReferralsKeepTheirStateConsistent() {
    Property.forAll("referral.generated", ReferralGen.referrals(), r -> {
      assertThat(r.isOpen()).isEqualTo(r.loopClosure().isEmpty() && r.handover().isEmpty());
      assertThat(r.refusal().isPresent()).isEqualTo(r.status() == ReferralStatus.REFUSED);
      assertThat(r.outcome().isPresent()).isEqualTo(r.status() == ReferralStatus.COMPLETED);
      assertThat(r.sentAt().isPresent()).isEqualTo(r.responseDue().isPresent());
      r.sentAt().ifPresent(sent -> {
        assertThat(r.responseDue().get()).isAfterOrEqualTo(sent);
        assertThat(r.followUpDue().get()).isAfterOrEqualTo(r.responseDue().get());
      });
      if (r.status() == ReferralStatus.CANCELLED) {
        assertThat(r.loopClosure()).isPresent();
      }
      r.refusal().ifPresent(refusal -> {
        if (refusal instanceof Refusal.PreconditionUnmet p) {
          assertThat(p.domain()).isNotEqualTo(r.domain());
        }
      });
      assertThat(r.lastChangedAt()).isAfterOrEqualTo(r.draftedAt());
    });
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ReferralCommand.class, new ReferralCommand.Receive(T0))
        .setDefault(ReferralEvent.class, new ReferralEvent.Received(REF, T0))
        .setDefault(ReferralEvent.Drafted.class, (ReferralEvent.Drafted) Referral.draft(REF, CLIENT, CASE,
            HOUSING_NEED, LifeDomain.HOUSING, WELFARE, MAARTJE, SHELTER, "night-shelter", T0).event())
        .setDefault(ExpectedVersion.class, ExpectedVersion.any())
        .setDefault(Instant.class, T0)
        .setDefault(Duration.class, Duration.ZERO)
        .setDefault(Deadline.class, Deadline.after(Duration.ZERO))
        .setDefault(String.class, "night-shelter")
        .setDefault(ReferralId.class, REF)
        .setDefault(CaseId.class, CASE)
        .setDefault(ClientId.class, CLIENT)
        .setDefault(NeedId.class, HOUSING_NEED)
        .setDefault(AgencyId.class, SHELTER)
        .setDefault(ProfessionalId.class, MAARTJE)
        .setDefault(LifeDomain.class, LifeDomain.HOUSING)
        .setDefault(Optional.class, Optional.empty())
        .setDefault(Refusal.class, new Refusal.NoCapacity())
        .setDefault(DataSharingBasis.class, LEGAL_BASIS);
    tester.testAllPublicStaticMethods(Referral.class);
    tester.testAllPublicInstanceMethods(withBasis());
    tester.testAllPublicStaticMethods(Deadline.class);
    tester.testAllPublicConstructors(ReferralEvent.Drafted.class);
    tester.testAllPublicConstructors(ReferralCommand.Send.class);
    tester.testAllPublicConstructors(ReferralCommand.Waitlist.class);
    tester.testAllPublicConstructors(Refusal.PreconditionUnmet.class);
    tester.testAllPublicStaticMethods(Refusal.PreconditionUnmet.class);
    tester.testAllPublicConstructors(DataSharingBasis.Consent.class);
    tester.testAllPublicConstructors(DataSharingBasis.LegalBasis.class);
    tester.testAllPublicInstanceMethods(LEGAL_BASIS);
    tester.testAllPublicConstructors(Handover.class);
    tester.testAllPublicConstructors(LoopClosure.class);
  }
}
