package io.github.casework.json;

import io.github.casework.CaseworkException;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.ReferralGen;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generators of the wire format's documents, built from the core's generators. */
final class JsonGen {
  private JsonGen() {}

  /**
   * Case histories reached by random command sequences of every kind, the referral side included (rejected
   * commands are skipped).
   */
  static Gen<CaseHistory> caseHistories() {
    return r -> {
      CaseHistory h = CaseHistory.of(List.of(CaseworkGen.caseOpenings().next(r)));
      int steps = r.nextInt(30);
      for (int i = 0; i < steps; i++) {
        try {
          h = h.append(h.state().decide(ReferralGen.caseCommands(h.state(), r)));
        } catch (CaseworkException rejected) {
          // skipped: the generator explores valid and invalid commands alike
        }
      }
      return h;
    };
  }

  /** Single events, drawn from random histories. */
  static Gen<CaseEvent> caseEvents() {
    return r -> {
      List<CaseEvent> events = caseHistories().next(r).events();
      return events.get(r.nextInt(events.size()));
    };
  }

  /** Agency directories with distinct agencies and professionals who work at them. */
  static Gen<AgencyDirectory> directories() {
    return r -> {
      Map<Object, Agency> agencies = new LinkedHashMap<>();
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) {
        Agency a = CaseworkGen.agencies().next(r);
        agencies.putIfAbsent(a.id(), a);
      }
      Map<Object, Professional> professionals = new LinkedHashMap<>();
      if (!agencies.isEmpty()) {
        List<Agency> list = new ArrayList<>(agencies.values());
        int m = r.nextInt(8);
        for (int i = 0; i < m; i++) {
          Professional p = CaseworkGen.professionals().next(r);
          Agency at = list.get(r.nextInt(list.size()));
          professionals.putIfAbsent(p.id(), new Professional(p.id(), at.id(), p.role()));
        }
      }
      return AgencyDirectory.of(agencies.values(), professionals.values());
    };
  }
}
