package io.github.casework.examples;

import io.github.casework.CaseworkException;
import io.github.casework.Decision;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.LifeDomain;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The story of Mr. K. from the seed article, told by running the case API: a social worker (Maartje) holds his
 * housing need after his divorce; the case cannot be closed while that need is open; the need is handed over
 * to the housing service once it grants priority. Deterministic: fixed instants, fixed ids.
 */
public final class MrKStory {
  private static final Instant START = Instant.parse("2026-10-05T09:00:00Z");

  private MrKStory() {}

  /** Runs the story and prints its timeline to {@code out}; returns the final case. */
  public static Case run(PrintStream out) {
    AgencyId welfare = AgencyId.of("welfare-west");
    AgencyId housingService = AgencyId.of("dienst-wonen");
    ProfessionalId maartje = ProfessionalId.of("sw-maartje");
    ProfessionalId housingOfficer = ProfessionalId.of("dw-senior-official");
    NeedId housing = NeedId.of("need-housing");
    NeedId debts = NeedId.of("need-debts");
    List<CaseEvent> history = new ArrayList<>();

    out.println("Mr. K. (58, works at the flower auction) asks his social worker for housing after his divorce.");
    Decision<Case, CaseEvent> d =
        Case.open(CaseId.of("case-mr-k"), ClientId.of("client-k"), welfare, maartje, START);
    history.addAll(d.events());
    Case c = d.state();
    c = step(c, history, new CaseCommand.RegisterNeed(
        debts, LifeDomain.FINANCES, Urgency.ROUTINE, maartje, START.plusSeconds(3600)));
    c = step(c, history, new CaseCommand.RegisterNeed(
        housing, LifeDomain.HOUSING, Urgency.URGENT, maartje, START.plusSeconds(7200)));
    c = step(c, history, new CaseCommand.Activate(START.plusSeconds(7200)));
    c = step(c, history, new CaseCommand.DisposeNeed(debts, new Disposition.Met(Instant.parse("2026-10-20T10:00:00Z"))));

    out.println();
    out.println("The housing service refuses priority (the age rule was dropped); the shelter is full.");
    out.println("Can the case be closed now, as 'nothing more we can do'?");
    try {
      c.decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, Instant.parse("2026-10-21T10:00:00Z")));
      out.println("  closed (this must not happen)");
    } catch (CaseworkException e) {
      out.println("  rejected [" + e.code() + "]: " + e.getMessage());
    }

    out.println();
    out.println("Maartje goes 'er op af': to the refusing official and then higher; priority is granted and a"
        + " senior official accepts accountability for the housing need (a warm handover).");
    c = step(c, history, new CaseCommand.DisposeNeed(housing,
        new Disposition.HandedOver(housingOfficer, housingService, Instant.parse("2026-11-10T14:00:00Z"))));
    c = step(c, history, new CaseCommand.Close(ClosureReason.GOALS_REACHED, Instant.parse("2026-11-12T09:00:00Z")));

    out.println();
    out.println("Timeline (" + history.size() + " events, replayed into " + Case.replay(history) + "):");
    for (CaseEvent e : history) {
      out.printf("  %s  %-34s%s%n", e.at(), e.type(), describe(e));
    }
    return c;
  }

  private static Case step(Case c, List<CaseEvent> history, CaseCommand command) {
    Decision<Case, CaseEvent> d = c.decide(command);
    history.addAll(d.events());
    return d.state();
  }

  private static String describe(CaseEvent e) {
    if (e instanceof CaseEvent.NeedRegistered n) {
      return n.need() + " (" + n.domain().code() + ", " + n.urgency().code() + "), accountable " + n.accountable();
    } else if (e instanceof CaseEvent.NeedDisposed n) {
      return n.need() + " -> " + n.disposition().type()
          + (n.disposition() instanceof Disposition.HandedOver h ? " to " + h.to() + " at " + h.agency() : "");
    } else if (e instanceof CaseEvent.Closed cl) {
      return cl.reason().code();
    } else if (e instanceof CaseEvent.Opened o) {
      return o.caseId() + " at " + o.agency() + ", owner " + o.owner();
    }
    return "";
  }
}
