package io.github.casework.benchmarks;

import io.github.casework.casefile.Assessment;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: a hand-written mutable object applying the same events with no checks at all, as a vendor might
 * write without the library.
 */
public final class PlainCase {
  String id;
  String client;
  String agency;
  String owner;
  String status;
  String closure;
  final Map<String, PlainNeed> needs = new HashMap<>();
  final List<Assessment> assessments = new ArrayList<>();
  Instant lastChangedAt;
  long version;

  /** A plain need. */
  static final class PlainNeed {
    String id;
    String domain;
    String urgency;
    String accountable;
    Instant registeredAt;
    Disposition disposition;
  }

  /** Applies one event without any check. */
  public void apply(CaseEvent e) {
    if (e instanceof CaseEvent.Opened o) {
      id = o.caseId().value();
      client = o.client().value();
      agency = o.agency().value();
      owner = o.owner().value();
      status = "intake";
    } else if (e instanceof CaseEvent.NeedRegistered n) {
      PlainNeed need = new PlainNeed();
      need.id = n.need().value();
      need.domain = n.domain().code();
      need.urgency = n.urgency().code();
      need.accountable = n.accountable().value();
      need.registeredAt = n.at();
      needs.put(need.id, need);
    } else if (e instanceof CaseEvent.Activated || e instanceof CaseEvent.Resumed) {
      status = "active";
    } else if (e instanceof CaseEvent.WaitingStarted) {
      status = "waiting";
    } else if (e instanceof CaseEvent.AccountabilityTransferred a) {
      needs.get(a.need().value()).accountable = a.to().value();
    } else if (e instanceof CaseEvent.NeedDisposed d) {
      PlainNeed need = needs.get(d.need().value());
      need.disposition = d.disposition();
      if (d.disposition() instanceof Disposition.HandedOver h) {
        need.accountable = h.to().value();
      }
    } else if (e instanceof CaseEvent.AssessmentRecorded a) {
      assessments.add(a.assessment());
    } else if (e instanceof CaseEvent.Closed c) {
      status = "closed";
      closure = c.reason().code();
    }
    lastChangedAt = e.at();
    version++;
  }
}
