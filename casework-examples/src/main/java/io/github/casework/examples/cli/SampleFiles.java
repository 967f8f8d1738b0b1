package io.github.casework.examples.cli;

import io.github.casework.CaseworkEvent;
import io.github.casework.examples.sample.SampleCaseload;
import io.github.casework.id.AggregateId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.EventStreamWriter;
import io.github.casework.json.History;
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
      CaseloadSnapshot context = CaseloadSnapshot.of(List.of(), snapshot.caseload());
      try (EventStreamWriter<CaseworkEvent> w = CaseworkJson.standard().newCaseloadWriter(context, bytes)) {
        w.writeAll(sample.events());
      }
    } else {
      CaseworkJson.standard().write(DocumentKind.CASELOAD, snapshot, bytes);
    }
    out.print(bytes.toString(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The sample as a snapshot: each aggregate's history, grouped from the sample's events in their order. */
  static CaseloadSnapshot snapshot(SampleCaseload.Sample sample) {
    Map<AggregateId, List<CaseworkEvent>> byAggregate = new LinkedHashMap<>();
    for (CaseworkEvent e : sample.events()) {
      byAggregate.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(e);
    }
    return CaseloadSnapshot.of(byAggregate.values().stream().map(History::ofAny).toList(), sample.caseload());
  }
}
