package io.github.casework.json;

import static io.github.casework.json.Scenarios.CASE;
import static io.github.casework.json.Scenarios.CLIENT;
import static io.github.casework.json.Scenarios.DEBT_COUNSELLOR;
import static io.github.casework.json.Scenarios.DEBT_NEED;
import static io.github.casework.json.Scenarios.DEBT_SERVICES;
import static io.github.casework.json.Scenarios.HEALTH_NEED;
import static io.github.casework.json.Scenarios.HOUSING;
import static io.github.casework.json.Scenarios.HOUSING_NEED;
import static io.github.casework.json.Scenarios.MAARTJE;
import static io.github.casework.json.Scenarios.WELFARE;
import static io.github.casework.json.Scenarios.t;

import com.google.common.collect.ImmutableMap;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Capacity;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.FailureReason;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.Refusal;
import java.time.Duration;
import java.util.List;

/** The referrals behind the golden vectors. Built only through the public API. */
final class ReferralScenarios {
  private ReferralScenarios() {}

  static final AgencyId CLINIC = AgencyId.of("clinic-jellinek");

  static History<Referral, ReferralEvent> then(History<Referral, ReferralEvent> h, ReferralCommand command) {
    return h.append(h.state().decide(command));
  }

  static History<Referral, ReferralEvent> draft(String id, AgencyId to, String service, LifeDomain domain, long minute) {
    return History.of(Referral.draft(ReferralId.of(id), CLIENT, CASE,
        domain == LifeDomain.FINANCES ? DEBT_NEED : domain == LifeDomain.HOUSING ? HOUSING_NEED : HEALTH_NEED,
        domain, WELFARE, MAARTJE, to, service, t(minute)));
  }

  static History<Referral, ReferralEvent> sent(History<Referral, ReferralEvent> h, DataSharingBasis basis, long minute) {
    h = then(h, new ReferralCommand.RecordBasis(basis, t(minute)));
    return then(h, new ReferralCommand.Send(Deadline.after(Duration.ofDays(5)), Deadline.after(Duration.ofDays(28)),
        t(minute)));
  }

  static DataSharingBasis consent(AgencyId to, long minute) {
    return DataSharingBasis.Consent.of(ConsentGiver.CLIENT, MAARTJE, t(minute), List.of(to, HOUSING),
        List.of(LifeDomain.FINANCES, LifeDomain.HOUSING));
  }

  /** Only drafted. */
  static History<Referral, ReferralEvent> drafted() {
    return draft("ref-draft", DEBT_SERVICES, "debt-rescheduling", LifeDomain.FINANCES, 0);
  }

  /** The whole closed loop, with consent: sent, received, accepted, started, completed, acknowledged. */
  static History<Referral, ReferralEvent> closedLoop() {
    History<Referral, ReferralEvent> h = draft("ref-debt-1", DEBT_SERVICES, "debt-rescheduling", LifeDomain.FINANCES, 0);
    h = sent(h, consent(DEBT_SERVICES, 0), 10);
    h = then(h, new ReferralCommand.Receive(t(60)));
    h = then(h, new ReferralCommand.Accept(t(24 * 60)));
    h = then(h, new ReferralCommand.Start(t(3 * 24 * 60)));
    h = then(h, new ReferralCommand.Complete(ReferralOutcome.PARTLY_MET, t(60 * 24 * 60)));
    return then(h, new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(61 * 24 * 60)));
  }

  /** A legal basis; waitlisted twice (the expected start moves), then the client dropped out; acknowledged. */
  static History<Referral, ReferralEvent> waitlistedThenFailed() {
    History<Referral, ReferralEvent> h = draft("ref-debt-2", DEBT_SERVICES, "debt-rescheduling", LifeDomain.FINANCES, 0);
    h = sent(h, new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wgs art. 7"), 5);
    h = then(h, new ReferralCommand.Waitlist(t(30 * 24 * 60), t(2 * 24 * 60)));
    h = then(h, new ReferralCommand.Waitlist(t(90 * 24 * 60), t(29 * 24 * 60)));
    h = then(h, new ReferralCommand.Fail(FailureReason.CLIENT_DROPPED_OUT, t(40 * 24 * 60)));
    return then(h, new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(41 * 24 * 60)));
  }

  /** Refused: detox first, by the clinic; the loop still open. */
  static History<Referral, ReferralEvent> refusedOnPrecondition() {
    History<Referral, ReferralEvent> h = draft("ref-housing-1", HOUSING, "urgency-permit", LifeDomain.HOUSING, 0);
    h = sent(h, new DataSharingBasis.LegalBasis(LegalGround.VITAL_INTERESTS, "AVG art. 6 lid 1 sub d"), 1);
    h = then(h, new ReferralCommand.Receive(t(2)));
    return then(h, new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, CLINIC),
        t(3)));
  }

  /** Text that exercises escaping, as a refusal's criterion. */
  static final String CRITERION = "Niet \"ingeschreven\" \\ 2 jaar in de gemeente; zie art. 3.1 — é ü 住房 🏠\n\t\u0001";

  /** Refused as not eligible, with a criterion that needs escaping, then acknowledged. */
  static History<Referral, ReferralEvent> refusedNotEligible() {
    History<Referral, ReferralEvent> h = draft("ref-housing-2", HOUSING, "urgency-permit", LifeDomain.HOUSING, 0);
    h = sent(h, consent(HOUSING, 0), 1);
    h = then(h, new ReferralCommand.Refuse(new Refusal.NotEligible(CRITERION), t(2)));
    return then(h, new ReferralCommand.AcknowledgeOutcome(MAARTJE, t(3)));
  }

  /** A warm handover: accepted, accountability accepted at the receiving agency, started, completed. */
  static History<Referral, ReferralEvent> handedOver() {
    History<Referral, ReferralEvent> h = draft("ref-debt-3", DEBT_SERVICES, "debt-rescheduling", LifeDomain.FINANCES, 0);
    h = sent(h, consent(DEBT_SERVICES, 0), 1);
    h = then(h, new ReferralCommand.Accept(t(2)));
    h = then(h, new ReferralCommand.AcceptAccountability(DEBT_COUNSELLOR, t(3)));
    h = then(h, new ReferralCommand.Start(t(4)));
    return then(h, new ReferralCommand.Complete(ReferralOutcome.NEED_MET, t(5)));
  }

  /** Refused for lack of capacity; another refused because the client could not be reached; one cancelled. */
  static History<Referral, ReferralEvent> noCapacity() {
    History<Referral, ReferralEvent> h = draft("ref-shelter-1", Scenarios.SHELTER, "night-shelter", LifeDomain.HOUSING, 0);
    h = sent(h, consent(Scenarios.SHELTER, 0), 1);
    return then(h, new ReferralCommand.Refuse(new Refusal.NoCapacity(), t(2)));
  }

  static History<Referral, ReferralEvent> clientUnreachable() {
    History<Referral, ReferralEvent> h = draft("ref-health-1", CLINIC, "detox", LifeDomain.SUBSTANCE_USE, 0);
    h = sent(h, new DataSharingBasis.LegalBasis(LegalGround.LEGAL_OBLIGATION, "Wvggz art. 5:4"), 1);
    return then(h, new ReferralCommand.Refuse(new Refusal.ClientUnreachable(), t(2)));
  }

  /** Cancelled as a draft: never sent. */
  static History<Referral, ReferralEvent> cancelledDraft() {
    History<Referral, ReferralEvent> h = draft("ref-housing-3", HOUSING, "urgency-permit", LifeDomain.HOUSING, 0);
    return then(h, new ReferralCommand.Cancel(MAARTJE, t(1)));
  }

  /**
   * Sent to a service that had said it has no capacity (a member added to version 1: not part of
   * {@link #histories()}, so the vectors built from those keep their bytes), then refused for that reason.
   */
  static History<Referral, ReferralEvent> sentDespiteNoCapacity() {
    History<Referral, ReferralEvent> h = draft("ref-debt-4", DEBT_SERVICES, "debt-rescheduling", LifeDomain.FINANCES,
        0);
    h = then(h, new ReferralCommand.RecordBasis(new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wgs art. 7"),
        t(1)));
    h = then(h, new ReferralCommand.Send(Deadline.after(Duration.ofDays(5)), Deadline.after(Duration.ofDays(28)),
        t(2), java.util.Optional.of(Capacity.NO)));
    return then(h, new ReferralCommand.Refuse(new Refusal.NoCapacity(), t(30)));
  }

  /** Sent with each waiting-list answer, one per vector, as single events. */
  static ImmutableMap<String, ReferralEvent> capacityEvents() {
    ImmutableMap.Builder<String, ReferralEvent> b = ImmutableMap.builder();
    b.put("sent-capacity-no", sentDespiteNoCapacity().events().get(2));
    for (Capacity c : Capacity.values()) {
      if (c != Capacity.NO) {
        b.put("sent-capacity-" + c.code(), new ReferralEvent.Sent(ReferralId.of("ref-debt-5"), t(10), t(40), t(5),
            java.util.Optional.of(c)));
      }
    }
    return b.buildOrThrow();
  }

  static ImmutableMap<String, History<Referral, ReferralEvent>> histories() {
    return ImmutableMap.<String, History<Referral, ReferralEvent>>builder()
        .put("drafted", drafted())
        .put("closed-loop", closedLoop())
        .put("waitlisted-then-failed", waitlistedThenFailed())
        .put("refused-on-precondition", refusedOnPrecondition())
        .put("refused-not-eligible-unicode", refusedNotEligible())
        .put("handed-over", handedOver())
        .put("cancelled-draft", cancelledDraft())
        .buildOrThrow();
  }

  /** Every event type, every basis and every refusal, one per vector. */
  static ImmutableMap<String, ReferralEvent> singleEvents() {
    List<ReferralEvent> loop = closedLoop().events();
    List<ReferralEvent> wait = waitlistedThenFailed().events();
    List<ReferralEvent> pre = refusedOnPrecondition().events();
    return ImmutableMap.<String, ReferralEvent>builder()
        .put("drafted", loop.get(0))
        .put("basis-recorded-consent", loop.get(1))
        .put("sent", loop.get(2))
        .put("received", loop.get(3))
        .put("accepted", loop.get(4))
        .put("started", loop.get(5))
        .put("completed", loop.get(6))
        .put("outcome-acknowledged", loop.get(7))
        .put("basis-recorded-legal-basis", wait.get(1))
        .put("waitlisted", wait.get(3))
        .put("failed", wait.get(5))
        .put("refused-precondition-unmet", pre.get(4))
        .put("refused-precondition-unmet-without-agency", new ReferralEvent.Refused(ReferralId.of("ref-health-2"),
            Refusal.PreconditionUnmet.first(LifeDomain.HOUSING), t(10)))
        .put("refused-not-eligible", refusedNotEligible().events().get(3))
        .put("refused-no-capacity", noCapacity().events().get(3))
        .put("refused-client-unreachable", clientUnreachable().events().get(3))
        .put("accountability-accepted", handedOver().events().get(4))
        .put("cancelled", cancelledDraft().events().get(1))
        .buildOrThrow();
  }

  /** Three referrals' events, interleaved, each in order. */
  static List<ReferralEvent> interleaved() {
    return Scenarios.interleave(List.of(closedLoop().events(), refusedOnPrecondition().events(),
        handedOver().events()));
  }
}
