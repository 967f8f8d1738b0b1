package io.github.casework.benchmarks;

import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.ParticipationRung;
import io.github.casework.casefile.UnmetReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.casefile.ZrmScore;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The "typical case" the benchmarks share: one case, 8 needs, a 50-event history built through the API. */
public final class TypicalCase {
  private TypicalCase() {}

  /** Builds the 50-event history of one case. */
  public static List<CaseEvent> history50(String caseId) {
    Instant t = Instant.parse("2026-01-05T09:00:00Z");
    ProfessionalId owner = ProfessionalId.of("sw-1");
    List<CaseEvent> events = new ArrayList<>();
    Decision<Case, CaseEvent> d = Case.open(CaseId.of(caseId), ClientId.of("client-" + caseId),
        AgencyId.of("welfare"), owner, t);
    events.addAll(d.events());
    Case c = d.state();
    LifeDomain[] domains = LifeDomain.values();
    for (int i = 0; i < 8; i++) {
      t = t.plusSeconds(3600);
      c = apply(c, events, new CaseCommand.RegisterNeed(NeedId.of("need-" + i), domains[i], Urgency.values()[i % 4],
          owner, t));
    }
    c = apply(c, events, new CaseCommand.Activate(t));
    for (int round = 0; round < 6; round++) {
      t = t.plusSeconds(86_400);
      c = apply(c, events, new CaseCommand.StartWaiting(t));
      c = apply(c, events, new CaseCommand.Resume(t.plusSeconds(60)));
      c = apply(c, events, new CaseCommand.RecordAssessment(Assessment.of(t.plusSeconds(120),
          Map.of(LifeDomain.FINANCES, ZrmScore.of(1 + round % 5), LifeDomain.HOUSING, ZrmScore.of(2)),
          Optional.of(ParticipationRung.of(1 + round % 6)))));
      c = apply(c, events, new CaseCommand.TransferAccountability(NeedId.of("need-" + round),
          ProfessionalId.of("sw-" + (round + 2)), t.plusSeconds(180)));
    }
    for (int i = 0; i < 8; i++) {
      t = t.plusSeconds(86_400);
      Disposition disposition = switch (i % 4) {
        case 0 -> new Disposition.Met(t);
        case 1 -> new Disposition.HandedOver(ProfessionalId.of("other-" + i), AgencyId.of("housing"), t);
        case 2 -> new Disposition.WithdrawnByClient(t);
        default -> new Disposition.Unmet(UnmetReason.NO_SERVICE_AVAILABLE, "no service", t);
      };
      c = apply(c, events, new CaseCommand.DisposeNeed(NeedId.of("need-" + i), disposition));
    }
    while (events.size() < 49) {
      t = t.plusSeconds(600);
      c = apply(c, events, new CaseCommand.RecordAssessment(
          Assessment.of(t, Map.of(LifeDomain.SOCIAL_NETWORK, ZrmScore.of(3)), Optional.empty())));
    }
    apply(c, events, new CaseCommand.Close(ClosureReason.GOALS_REACHED, t.plusSeconds(60)));
    if (events.size() != 50) {
      throw new AssertionError("bug: history has " + events.size() + " events");
    }
    return List.copyOf(events);
  }

  private static Case apply(Case c, List<CaseEvent> events, CaseCommand command) {
    Decision<Case, CaseEvent> d = c.decide(command);
    events.addAll(d.events());
    return d.state();
  }
}
