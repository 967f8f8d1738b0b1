package io.github.casework.examples.stories;

import io.github.casework.CaseworkEvent;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.examples.text.Dates;
import io.github.casework.examples.text.Words;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.SignalEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the library recorded, in plain words for a social worker, in English or Dutch: who did what, with names for
 * the story's people and agencies, life domains and dates in words. Bookkeeping that only repeats another line (the
 * legal basis of a referral, the case's own copy of a referral, the receipt of an answer when the loop line follows)
 * is not told. Free text a professional wrote (refusal criteria, explanations) is never shown, as the library's own
 * {@code toString}s do not show it either. Not thread-safe; one per timeline.
 */
final class EventText {
  private final boolean dutch;
  private final Words words;
  private final Dates dates;
  private final Function<String, String> name;
  private final Map<ReferralId, ReferralEvent.Drafted> drafted = new HashMap<>();
  private final Map<EscalationId, EscalationEvent.Raised> raised = new HashMap<>();
  private final Map<String, LifeDomain> needs = new HashMap<>();

  EventText(boolean dutch, Words words, Dates dates, Function<String, String> name) {
    this.dutch = dutch;
    this.words = words;
    this.dates = dates;
    this.name = name;
  }

  /** {@return the line for an event, starting with a capital, or empty when it only repeats another} */
  Optional<String> describe(CaseworkEvent event) {
    return line(event).map(l -> Character.toUpperCase(l.charAt(0)) + l.substring(1));
  }

  private Optional<String> line(CaseworkEvent event) {
    if (event instanceof CaseEvent e) {
      return caseEvent(e);
    } else if (event instanceof ReferralEvent e) {
      return referralEvent(e);
    } else if (event instanceof EscalationEvent e) {
      return Optional.of(escalationEvent(e));
    } else if (event instanceof SignalEvent e) {
      return Optional.of(signalEvent(e));
    }
    throw new AssertionError("bug: an event of no aggregate: " + event.getClass().getName());
  }

  private String say(String en, String nl) {
    return dutch ? nl : en;
  }

  private String n(Object id) {
    return name.apply(id.toString());
  }

  private Optional<String> caseEvent(CaseEvent event) {
    if (event instanceof CaseEvent.Opened e) {
      return Optional.of(say(n(e.owner()) + " opens a case for " + n(e.client()) + " at " + n(e.agency()) + ".",
          n(e.owner()) + " opent een dossier voor " + n(e.client()) + " bij " + n(e.agency()) + "."));
    } else if (event instanceof CaseEvent.NeedRegistered e) {
      needs.put(e.caseId() + "/" + e.need(), e.domain());
      return Optional.of(say("Need: " + words.domain(e.domain()) + ", " + words.urgency(e.urgency()) + "; "
          + n(e.accountable()) + " holds it.", "Hulpvraag: " + words.domain(e.domain()) + ", "
          + words.urgency(e.urgency()) + "; " + n(e.accountable()) + " houdt hem vast."));
    } else if (event instanceof CaseEvent.NeedDisposed e) {
      Disposition d = e.disposition();
      String what = d instanceof Disposition.Met ? say("met", "opgelost")
          : d instanceof Disposition.HandedOver h ? say("handed over to " + n(h.to()), "overgedragen aan " + n(h.to()))
          : d instanceof Disposition.WithdrawnByClient ? say("withdrawn by the client", "ingetrokken door de cliënt")
          : say("closed unmet", "gesloten zonder oplossing");
      String domain = Optional.ofNullable(needs.get(e.caseId() + "/" + e.need())).map(words::domain).orElse("");
      return Optional.of(say("The " + domain + " need is " + what + ".", "De hulpvraag " + domain + " is " + what
          + "."));
    } else if (event instanceof CaseEvent.NeedHandedOver e) {
      return Optional.of(say(n(e.to()) + " at " + n(e.agency()) + " now holds the need (a warm handover).",
          n(e.to()) + " van " + n(e.agency()) + " houdt de hulpvraag nu vast (een warme overdracht)."));
    } else if (event instanceof CaseEvent.AccountabilityTransferred e) {
      return Optional.of(say(n(e.to()) + " takes the need over from " + n(e.from()) + ".",
          n(e.to()) + " neemt de hulpvraag over van " + n(e.from()) + "."));
    } else if (event instanceof CaseEvent.ReferralLoopClosed e) {
      return Optional.of(say(n(e.by()) + " takes note of the answer, and keeps holding the need.",
          n(e.by()) + " neemt het antwoord op, en houdt de hulpvraag vast."));
    } else if (event instanceof CaseEvent.UrgentThreatReported e) {
      return Optional.of(say("Urgent threat reported: " + e.threat().code() + ".",
          "Dreiging gemeld: " + e.threat().code() + "."));
    } else if (event instanceof CaseEvent.FirstConversationHeld) {
      return Optional.of(say("First conversation held.", "Eerste gesprek gevoerd."));
    } else if (event instanceof CaseEvent.Closed e) {
      return Optional.of(say("The case is closed: " + words.closure(e.reason()) + ".",
          "Het dossier is gesloten: " + words.closure(e.reason()) + "."));
    }
    return Optional.empty();
  }

  private Optional<String> referralEvent(ReferralEvent event) {
    if (event instanceof ReferralEvent.Drafted e) {
      drafted.put(e.referralId(), e);
      return Optional.empty();
    }
    ReferralEvent.Drafted d = drafted.get(event.referralId());
    if (d == null) {
      throw new AssertionError("bug: a referral event before its drafting");
    }
    String to = n(d.to());
    if (event instanceof ReferralEvent.Sent e) {
      String due = dates.dayMonth(e.responseDue());
      return Optional.of(say(n(d.referrer()) + " refers the " + words.domain(d.domain()) + " need to " + to
          + "; an answer is due by " + due + ".", n(d.referrer()) + " verwijst de hulpvraag "
          + words.domain(d.domain()) + " naar " + to + "; antwoord uiterlijk " + due + "."));
    } else if (event instanceof ReferralEvent.Refused e) {
      return Optional.of(to + " " + say("refuses: ", "weigert: ") + refusal(e.refusal()));
    } else if (event instanceof ReferralEvent.Waitlisted e) {
      return Optional.of(say(to + " puts it on the waiting list, start expected " + dates.dayMonth(e.expected()) + ".",
          to + " zet het op de wachtlijst, start verwacht " + dates.dayMonth(e.expected()) + "."));
    } else if (event instanceof ReferralEvent.Accepted) {
      return Optional.of(say(to + " accepts.", to + " neemt de verwijzing aan."));
    } else if (event instanceof ReferralEvent.AccountabilityAccepted e) {
      return Optional.of(say(n(e.by()) + " at " + to + " takes over responsibility for the need.",
          n(e.by()) + " van " + to + " neemt de verantwoordelijkheid voor de hulpvraag over."));
    } else if (event instanceof ReferralEvent.Started) {
      return Optional.of(say(to + " starts.", to + " begint."));
    } else if (event instanceof ReferralEvent.Completed e) {
      return Optional.of(say(to + " reports back: " + words.referralOutcome(e.outcome()) + ".",
          to + " koppelt terug: " + words.referralOutcome(e.outcome()) + "."));
    } else if (event instanceof ReferralEvent.Failed) {
      return Optional.of(say(to + " reports that it failed.", to + " meldt dat het niet lukte."));
    } else if (event instanceof ReferralEvent.Cancelled e) {
      return Optional.of(say(n(e.by()) + " cancels the referral.", n(e.by()) + " trekt de verwijzing in."));
    } else if (event instanceof ReferralEvent.OutcomeAcknowledged e) {
      return Optional.of(say(n(e.by()) + " takes note of the outcome.", n(e.by()) + " neemt de uitkomst op."));
    }
    return Optional.empty();
  }

  private String refusal(Refusal refusal) {
    if (refusal instanceof Refusal.PreconditionUnmet p) {
      String by = p.expectedAgency().map(a -> say(", by " + n(a), ", door " + n(a))).orElse("");
      return say("first " + words.domain(p.domain()) + by + ".", "eerst " + words.domain(p.domain()) + by + ".");
    } else if (refusal instanceof Refusal.NotEligible) {
      return say("he does not meet its rules.", "hij voldoet niet aan de regels.");
    } else if (refusal instanceof Refusal.NoCapacity) {
      return say("it is full.", "het zit vol.");
    } else if (refusal instanceof Refusal.ClientUnreachable) {
      return say("the client cannot be reached.", "de cliënt is niet bereikbaar.");
    }
    return say("refused.", "geweigerd.");
  }

  private String escalationEvent(EscalationEvent event) {
    if (event instanceof EscalationEvent.Raised e) {
      raised.put(e.escalationId(), e);
      return say(n(e.raisedBy()) + " escalates at " + n(e.target().agency()) + ": " + words.reason(e.reason()) + ".",
          n(e.raisedBy()) + " schaalt op bij " + n(e.target().agency()) + ": " + words.reason(e.reason()) + ".");
    }
    EscalationEvent.Raised r = raised.get(event.escalationId());
    if (r == null) {
      throw new AssertionError("bug: an escalation event before it was raised");
    }
    if (event instanceof EscalationEvent.Climbed e) {
      String level = words.level(e.level());
      String mandate = words.level(r.mandate().highestDirect());
      return e.beyondMandateReason().map(reason -> say(n(r.raisedBy()) + " goes to " + level + ": a step beyond "
          + "her mandate, which reaches " + mandate + "; her reason: " + words.beyond(reason) + ".",
          n(r.raisedBy()) + " stapt naar " + level + ": een stap boven haar mandaat, dat tot " + mandate
          + " reikt; haar reden: " + words.beyond(reason) + "."))
          .orElseGet(() -> say(n(r.raisedBy()) + " goes to " + level + ".", n(r.raisedBy()) + " stapt naar " + level
              + "."));
    } else if (event instanceof EscalationEvent.ManagerInformed) {
      return say(n(r.raisedBy()) + " informs her own manager.", n(r.raisedBy()) + " licht haar eigen manager in.");
    } else if (event instanceof EscalationEvent.Resolved e) {
      return say("Result: " + words.outcome(e.outcome()) + (e.outcome().isIncidental()
          ? " — for this one case; the rule stays as it is." : "."), "Resultaat: " + words.outcome(e.outcome())
          + (e.outcome().isIncidental() ? " — voor dit ene geval; de regel blijft zoals hij is." : "."));
    }
    return event.escalationId().toString();
  }

  private String signalEvent(SignalEvent event) {
    if (event instanceof SignalEvent.Raised e) {
      return say("The peer group raises a signal with the " + words.role(e.addressee().role()) + " of "
          + n(e.addressee().agency()) + ": " + words.domain(e.observation().topic().domain()) + ", "
          + e.observation().evidence().caseCount() + " cases; a response is due by " + dates.day(e.responseDue())
          + ".", "De vakgroep brengt een signalering bij de " + words.role(e.addressee().role()) + " van "
          + n(e.addressee().agency()) + ": " + words.domain(e.observation().topic().domain()) + ", "
          + e.observation().evidence().caseCount() + " gevallen; reactie uiterlijk " + dates.day(e.responseDue())
          + ".");
    } else if (event instanceof SignalEvent.Acknowledged e) {
      return say(n(e.by()) + " acknowledges the signal.", n(e.by()) + " bevestigt de signalering.");
    } else if (event instanceof SignalEvent.Responded e) {
      return say(n(e.by()) + " responds: " + e.response().kind().code() + ".",
          n(e.by()) + " reageert: " + e.response().kind().code() + ".");
    } else if (event instanceof SignalEvent.FeedbackGiven e) {
      return say("Feedback reached " + e.reached().size() + ".", "Terugkoppeling bereikte " + e.reached().size() + ".");
    }
    return say("The signal is closed.", "De signalering is gesloten.");
  }
}
