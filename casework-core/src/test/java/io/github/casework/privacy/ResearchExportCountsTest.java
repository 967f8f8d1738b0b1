package io.github.casework.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.CaseworkEvent;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Urgency;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.signal.Area;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What an export reports besides its events: the threshold, what it left out, and its table's order. */
class ResearchExportCountsTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private static CaseEvent.NeedRegistered need(String caseId, String needId) {
    return new CaseEvent.NeedRegistered(CaseId.of(caseId), NeedId.of(needId), LifeDomain.HOUSING, Urgency.URGENT,
        ProfessionalId.of("sw-1"), AT);
  }

  @Test
  void escalationEventsAreLeftOutAndCounted() {
    List<CaseworkEvent> events = new ArrayList<>();
    events.add(need("case-1", "n1"));
    events.add(new EscalationEvent.ManagerInformed(EscalationId.of("esc-1"), AT));
    events.add(new EscalationEvent.ManagerInformed(EscalationId.of("esc-2"), AT));
    ResearchExport export = ResearchExport.of(events, Map.of(), ResearchExportTest.KEY, 3, ResearchExportTest.ZONE);
    assertThat(export.leftOut()).isEqualTo(2);
    assertThat(export.events()).hasSize(1);
    assertThat(export.k()).isEqualTo(3);
    assertThat(export.toString()).isEqualTo("ResearchExport[events=1, cells=1, k=3]");
    assertThat(ResearchExport.of(List.of(need("case-1", "n1")), Map.of(), ResearchExportTest.KEY, 2,
        ResearchExportTest.ZONE).leftOut()).isZero();
  }

  @Test
  void theTableListsTheUnknownAreaFirstThenAreasByCode() {
    List<CaseworkEvent> events = List.of(need("case-z", "n1"), need("case-z", "n2"), need("case-a", "n1"),
        need("case-none", "n1"), need("case-a", "n2"));
    Map<CaseId, Area> areas = Map.of(CaseId.of("case-z"), Area.of("zuid"), CaseId.of("case-a"), Area.of("centrum"));
    ResearchExport export = ResearchExport.of(events, areas, ResearchExportTest.KEY, 2, ResearchExportTest.ZONE);
    assertThat(export.table()).extracting(c -> c.area().map(Area::code).orElse("(unknown)"))
        .containsExactly("(unknown)", "centrum", "zuid");
    assertThat(export.table()).extracting(ResearchExport.Cell::count)
        .containsExactly(OptionalInt.empty(), OptionalInt.of(2), OptionalInt.of(2));
  }
}
