package io.github.casework.examples.cli;

import io.github.casework.CaseworkEvent;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.examples.sample.SampleCaseload;
import io.github.casework.id.AggregateId;
import io.github.casework.id.OutreachId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.EventStreamWriter;
import io.github.casework.json.History;
import io.github.casework.json.OutreachHistory;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the sample caseload as a snapshot document or an event stream. */
final class SampleFiles {
  private SampleFiles() {}

  static void write(SampleCaseload.Sample sample, boolean stream, PrintWriter out) {
    CaseloadSnapshot snapshot = snapshot(sample);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (stream) {
      CaseloadSnapshot context = CaseloadSnapshot.of(List.of(), snapshot.caseload()).withConsents(snapshot.consents());
      try (EventStreamWriter<CaseworkEvent> w = CaseworkJson.standard().newCaseloadWriter(context, bytes)) {
        w.writeAll(sample.events());
        sample.outreachEvents().forEach(w::writeOutreach);
      }
    } else {
      CaseworkJson.standard().write(DocumentKind.CASELOAD, snapshot, bytes);
    }
    out.print(bytes.toString(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * The sample as a snapshot: each aggregate's history, grouped from the sample's events in their order, and each
   * outreach case's history.
   */
  static CaseloadSnapshot snapshot(SampleCaseload.Sample sample) {
    Map<AggregateId, List<CaseworkEvent>> byAggregate = new LinkedHashMap<>();
    for (CaseworkEvent e : sample.events()) {
      byAggregate.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(e);
    }
    Map<OutreachId, List<OutreachEvent>> byOutreach = new LinkedHashMap<>();
    for (OutreachEvent e : sample.outreachEvents()) {
      byOutreach.computeIfAbsent(e.outreachId(), k -> new ArrayList<>()).add(e);
    }
    return CaseloadSnapshot.of(byAggregate.values().stream().map(History::ofAny).toList(), sample.caseload())
        .withOutreach(byOutreach.values().stream().map(OutreachHistory::of).toList());
  }
}
