package io.github.casework.examples.stories;

import io.github.casework.CaseworkEvent;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.SignalEvent;

/**
 * One-line descriptions of the library's events for a timeline: ids, codes and dates only. Free text a
 * professional wrote (refusal criteria, explanations, target groups) is never shown, as the library's own
 * {@code toString}s do not show it either.
 */
final class EventText {
  private EventText() {}

  static String describe(CaseworkEvent event) {
    if (event instanceof CaseEvent e) {
      return caseEvent(e);
    } else if (event instanceof ReferralEvent e) {
      return referralEvent(e);
    } else if (event instanceof EscalationEvent e) {
      return escalationEvent(e);
    } else if (event instanceof SignalEvent e) {
      return signalEvent(e);
    }
    throw new AssertionError("bug: an event of no aggregate: " + event.getClass().getName());
  }

  private static String caseEvent(CaseEvent event) {
    if (event instanceof CaseEvent.Opened e) {
      return e.caseId() + " for " + e.client() + " at " + e.agency() + ", owner " + e.owner();
    } else if (event instanceof CaseEvent.NeedRegistered e) {
      return e.need() + " (" + e.domain().code() + ", " + e.urgency().code() + "), accountable " + e.accountable();
    } else if (event instanceof CaseEvent.NeedDisposed e) {
      Disposition d = e.disposition();
      return e.need() + " -> " + d.type() + (d instanceof Disposition.HandedOver h ? " to " + h.to() : "");
    } else if (event instanceof CaseEvent.NeedReferred e) {
      return e.need() + " referred to " + e.agency() + " (" + e.referral() + ")";
    } else if (event instanceof CaseEvent.ReferralLoopClosed e) {
      return e.need() + ": loop of " + e.referral() + " closed by " + e.by() + ", still accountable";
    } else if (event instanceof CaseEvent.NeedHandedOver e) {
      return e.need() + ": accountability " + e.from() + " -> " + e.to() + " (" + e.referral() + ")";
    } else if (event instanceof CaseEvent.AccountabilityTransferred e) {
      return e.need() + ": accountability " + e.from() + " -> " + e.to();
    } else if (event instanceof CaseEvent.UrgentThreatReported e) {
      return e.need() + ": " + e.threat().code();
    } else if (event instanceof CaseEvent.Closed e) {
      return e.caseId() + " (" + e.reason().code() + ")";
    }
    return event.caseId().toString();
  }

  private static String referralEvent(ReferralEvent event) {
    if (event instanceof ReferralEvent.Drafted e) {
      return e.referralId() + ": " + e.caseId() + "/" + e.need() + " from " + e.from() + " to " + e.to() + " ("
          + e.service() + ")";
    } else if (event instanceof ReferralEvent.BasisRecorded e) {
      return e.referralId() + ": " + e.basis().type()
          + (e.basis() instanceof DataSharingBasis.LegalBasis b ? " (" + b.ground().code() + ")" : "");
    } else if (event instanceof ReferralEvent.Sent e) {
      return e.referralId() + ": response due " + Timeline.day(e.responseDue());
    } else if (event instanceof ReferralEvent.Waitlisted e) {
      return e.referralId() + ": expected start " + Timeline.day(e.expected());
    } else if (event instanceof ReferralEvent.Refused e) {
      return e.referralId() + ": " + refusal(e.refusal());
    } else if (event instanceof ReferralEvent.Completed e) {
      return e.referralId() + ": " + e.outcome().code();
    } else if (event instanceof ReferralEvent.Failed e) {
      return e.referralId() + ": " + e.reason().code();
    } else if (event instanceof ReferralEvent.Cancelled e) {
      return e.referralId() + " by " + e.by();
    } else if (event instanceof ReferralEvent.AccountabilityAccepted e) {
      return e.referralId() + " by " + e.by() + " (warm handover)";
    } else if (event instanceof ReferralEvent.OutcomeAcknowledged e) {
      return e.referralId() + " by " + e.by() + " (loop closed)";
    }
    return event.referralId().toString();
  }

  private static String refusal(Refusal refusal) {
    if (refusal instanceof Refusal.PreconditionUnmet p) {
      return "precondition: " + p.domain().code() + " first"
          + p.expectedAgency().map(a -> ", by " + a).orElse("");
    }
    return refusal.type();
  }

  private static String escalationEvent(EscalationEvent event) {
    if (event instanceof EscalationEvent.Raised e) {
      return e.escalationId() + " (" + e.reason().code() + ") about " + e.subject().caseId() + "/"
          + e.subject().need() + e.subject().blockingReferral().map(r -> ", blocked by " + r).orElse("")
          + "; at " + e.target().agency() + ", " + e.route().code() + ", mandate up to "
          + e.mandate().highestDirect().code() + " (" + e.mandate().policy().code() + ")";
    } else if (event instanceof EscalationEvent.Climbed e) {
      return e.escalationId() + ": " + e.level().code() + " " + e.addressed()
          + e.beyondMandateReason().map(r -> ", beyond the mandate (" + r.code() + ")").orElse("");
    } else if (event instanceof EscalationEvent.ManagerInformed e) {
      return e.escalationId() + ": own manager informed";
    } else if (event instanceof EscalationEvent.Resolved e) {
      return e.escalationId() + ": " + e.outcome().code()
          + (e.outcome().isIncidental() ? " (an incident: an incidental solution)" : "");
    }
    return event.escalationId().toString();
  }

  private static String signalEvent(SignalEvent event) {
    if (event instanceof SignalEvent.Raised e) {
      return e.signalId() + ": " + e.observation().period() + ", " + e.observation().area() + ", "
          + e.observation().topic().domain().code() + ", " + e.observation().trend().code() + ", "
          + e.observation().evidence().caseCount() + " cases; to " + e.addressee().role().code() + " of "
          + e.addressee().agency() + ", response due " + Timeline.day(e.responseDue());
    } else if (event instanceof SignalEvent.Acknowledged e) {
      return e.signalId() + " by " + e.by();
    } else if (event instanceof SignalEvent.Responded e) {
      return e.signalId() + ": " + e.response().kind().code() + " by " + e.by();
    } else if (event instanceof SignalEvent.FeedbackGiven e) {
      return e.signalId() + ": feedback reached " + e.reached().size();
    }
    return event.signalId().toString();
  }
}
