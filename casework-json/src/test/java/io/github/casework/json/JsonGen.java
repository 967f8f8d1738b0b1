package io.github.casework.json;

import io.github.casework.CaseworkException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.check.Caseload;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.CaseId;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.signal.Area;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalEvent;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.EscalationGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.SignalGen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Generators of the wire format's documents, built from the core's generators. */
final class JsonGen {
  private JsonGen() {}

  /**
   * Case histories reached by random command sequences of every kind, the referral side included (rejected
   * commands are skipped).
   */
  static Gen<History<Case, CaseEvent>> caseHistories() {
    return r -> {
      History<Case, CaseEvent> h = History.of(Case.TYPE, List.of(CaseworkGen.caseOpenings().next(r)));
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

  /** Referral histories reached by random command sequences from {@link ReferralGen} (rejected ones skipped). */
  static Gen<History<Referral, ReferralEvent>> referralHistories() {
    return r -> {
      History<Referral, ReferralEvent> h = History.of(Referral.TYPE, List.of(ReferralGen.drafts().next(r)));
      int steps = r.nextInt(14);
      for (int i = 0; i < steps; i++) {
        try {
          h = h.append(h.state().decide(ReferralGen.referralCommands(h.state(), r)));
        } catch (CaseworkException rejected) {
          // skipped: the generator explores valid and invalid commands alike
        }
      }
      return h;
    };
  }

  /** Escalation histories reached by random command sequences from {@link EscalationGen}. */
  static Gen<History<Escalation, EscalationEvent>> escalationHistories() {
    return r -> {
      History<Escalation, EscalationEvent> h = History.of(Escalation.TYPE, List.of(EscalationGen.raisings().next(r)));
      int steps = r.nextInt(12);
      for (int i = 0; i < steps; i++) {
        try {
          h = h.append(h.state().decide(EscalationGen.commands(h.state(), r)));
        } catch (CaseworkException rejected) {
          // skipped: the generator explores valid and invalid commands alike
        }
      }
      return h;
    };
  }

  /** Signal histories reached by random command sequences from {@link SignalGen}. */
  static Gen<History<Signal, SignalEvent>> signalHistories() {
    return r -> {
      History<Signal, SignalEvent> h = History.of(Signal.TYPE, List.of(SignalGen.raisings().next(r)));
      int steps = r.nextInt(15);
      for (int i = 0; i < steps; i++) {
        try {
          h = h.append(h.state().decide(SignalGen.commands(h.state(), r)));
        } catch (CaseworkException rejected) {
          // skipped: the generator explores valid and invalid commands alike
        }
      }
      return h;
    };
  }

  /** One event drawn from a random history. */
  static <E> Gen<E> eventsOf(Gen<? extends List<E>> histories) {
    return r -> {
      List<E> events = histories.next(r);
      return events.get(r.nextInt(events.size()));
    };
  }

  /**
   * The events of one to four random histories with distinct aggregate ids, interleaved at random, each
   * history's in order.
   */
  static <E> Gen<List<E>> interleaved(Gen<? extends List<E>> histories, Function<E, String> idOf) {
    return r -> {
      List<List<E>> all = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        List<E> h = new ArrayList<>(histories.next(r));
        if (ids.add(idOf.apply(h.get(0)))) {
          all.add(h);
        }
      }
      List<E> out = new ArrayList<>();
      while (!all.isEmpty()) {
        List<E> h = all.get(r.nextInt(all.size()));
        out.add(h.remove(0));
        if (h.isEmpty()) {
          all.remove(h);
        }
      }
      return out;
    };
  }

  /** Up to {@code max} values with distinct keys. */
  static <T> List<T> distinct(Gen<T> gen, Function<T, Object> key, int max, java.util.SplittableRandom r) {
    Map<Object, T> out = new LinkedHashMap<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      T t = gen.next(r);
      out.putIfAbsent(key.apply(t), t);
    }
    return new ArrayList<>(out.values());
  }

  /**
   * Caseloads of random histories of every aggregate kind, a random directory's agencies and professionals, random
   * mandates (one per agency and role) and areas for some of the cases.
   */
  static Gen<CaseloadSnapshot> caseloads() {
    return r -> {
      List<History<Case, CaseEvent>> cases = distinct(caseHistories(), h -> h.state().id(), 3, r);
      AgencyDirectory directory = directories().next(r);
      Map<CaseId, Area> areas = new LinkedHashMap<>();
      for (History<Case, CaseEvent> h : cases) {
        if (r.nextBoolean()) {
          areas.put(h.state().id(), SignalGen.areas().next(r));
        }
      }
      List<History<?, ?>> histories = new ArrayList<>(cases);
      histories.addAll(distinct(referralHistories(), h -> h.state().id(), 3, r));
      histories.addAll(distinct(escalationHistories(), h -> h.state().id(), 3, r));
      histories.addAll(distinct(signalHistories(), h -> h.state().id(), 3, r));
      return CaseloadSnapshot.of(histories, Caseload.builder()
          .agencies(directory.agencies())
          .professionals(directory.professionals())
          .mandates(Mandates.of(distinct(EscalationGen.mandates(), m -> List.of(m.agency(), m.role()), 4, r),
              Gen.oneOf(LadderLevel.values()).next(r)))
          .areas(areas)
          .build());
    };
  }
}
