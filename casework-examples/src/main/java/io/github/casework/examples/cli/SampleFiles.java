package io.github.casework.examples.cli;

import io.github.casework.casefile.CaseEvent;
import io.github.casework.check.Caseload;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.json.CaseHistory;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.EscalationHistory;
import io.github.casework.json.EventStreamWriter;
import io.github.casework.json.ReferralHistory;
import io.github.casework.json.SignalHistory;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.SignalEvent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.github.casework.examples.sample.SampleCaseload;
import java.io.PrintWriter;

/** Writes the sample caseload as a snapshot document or an event stream. */
final class SampleFiles {
  private SampleFiles() {}

  static void write(SampleCaseload.Sample sample, boolean stream, PrintWriter out) {
    CaseloadSnapshot snapshot = snapshot(sample);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (stream) {
      CaseloadSnapshot context = CaseloadSnapshot.builder().agencies(snapshot.agencies())
          .professionals(snapshot.professionals()).mandates(snapshot.mandates()).areas(snapshot.areas()).build();
      try (EventStreamWriter<Object> w = CaseworkJson.standard().newCaseloadWriter(context, bytes)) {
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
    Map<String, List<CaseEvent>> cases = new LinkedHashMap<>();
    Map<String, List<ReferralEvent>> referrals = new LinkedHashMap<>();
    Map<String, List<EscalationEvent>> escalations = new LinkedHashMap<>();
    Map<String, List<SignalEvent>> signals = new LinkedHashMap<>();
    for (Object e : sample.events()) {
      if (e instanceof CaseEvent c) {
        cases.computeIfAbsent(c.caseId().value(), k -> new ArrayList<>()).add(c);
      } else if (e instanceof ReferralEvent r) {
        referrals.computeIfAbsent(r.referralId().value(), k -> new ArrayList<>()).add(r);
      } else if (e instanceof EscalationEvent x) {
        escalations.computeIfAbsent(x.escalationId().value(), k -> new ArrayList<>()).add(x);
      } else if (e instanceof SignalEvent g) {
        signals.computeIfAbsent(g.signalId().value(), k -> new ArrayList<>()).add(g);
      } else {
        throw new AssertionError("bug: the sample holds an event of no aggregate: " + e.getClass().getName());
      }
    }
    Caseload c = sample.caseload();
    return CaseloadSnapshot.builder()
        .cases(cases.values().stream().map(CaseHistory::of).toList())
        .referrals(referrals.values().stream().map(ReferralHistory::of).toList())
        .escalations(escalations.values().stream().map(EscalationHistory::of).toList())
        .signals(signals.values().stream().map(SignalHistory::of).toList())
        .agencies(c.agencies()).professionals(c.professionals()).mandates(c.mandates()).areas(c.areas())
        .build();
  }
}
