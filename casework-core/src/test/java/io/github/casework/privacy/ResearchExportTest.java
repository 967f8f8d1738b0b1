package io.github.casework.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.CaseworkEvent;
import io.github.casework.InvalidValueException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import io.github.casework.id.AggregateId;
import io.github.casework.id.CaseId;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Area;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.ReferralGen;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The research export: keyed pseudonyms, weeks, no free text, and tables with small cells suppressed. */
class ResearchExportTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final ResearchKey KEY = ResearchKey.of("a host secret of thirty-two bytes or more".getBytes(
      StandardCharsets.UTF_8));
  static final ResearchKey OTHER = ResearchKey.of("another host's secret, also long enough!".getBytes(
      StandardCharsets.UTF_8));

  /** A caseload's histories: cases from the case generator, referrals from the referral generator. */
  record Histories(List<List<CaseworkEvent>> histories, Map<CaseId, Area> areas) {
    List<CaseworkEvent> events() {
      List<CaseworkEvent> out = new ArrayList<>();
      histories.forEach(out::addAll);
      return out;
    }

    @Override
    public String toString() {
      return "Histories[" + histories.size() + "]";
    }
  }

  static final Gen<Histories> HISTORIES = r -> {
    List<List<CaseworkEvent>> out = new ArrayList<>();
    Map<CaseId, Area> areas = new HashMap<>();
    int cases = 1 + r.nextInt(5);
    Set<CaseId> caseIds = new HashSet<>();
    for (int i = 0; i < cases; i++) {
      List<CaseworkEvent> h = caseHistory(r);
      CaseId id = ((CaseEvent) h.get(0)).caseId();
      if (!caseIds.add(id)) {
        continue;
      }
      out.add(new ArrayList<>(h));
      if (r.nextBoolean()) {
        areas.put(id, Area.of("area-" + r.nextInt(3)));
      }
    }
    int referrals = r.nextInt(5);
    Set<Object> referralIds = new HashSet<>();
    for (int i = 0; i < referrals; i++) {
      List<CaseworkEvent> h = referralHistory(r);
      // The referral generator draws ids at random; a caseload holds each referral once.
      if (referralIds.add(h.get(0).aggregateId())) {
        out.add(new ArrayList<>(h));
      }
    }
    return new Histories(out, areas);
  };

  static List<CaseworkEvent> caseHistory(SplittableRandom r) {
    CaseEvent.Opened opened = CaseworkGen.caseOpenings().next(r);
    Case state = Case.start(opened);
    List<CaseworkEvent> events = new ArrayList<>(List.of(opened));
    int steps = r.nextInt(30);
    for (int i = 0; i < steps; i++) {
      try {
        var d = state.decide(CaseworkGen.caseCommands(state, r));
        events.addAll(d.events());
        state = d.state();
      } catch (io.github.casework.CaseworkException rejected) {
        // skipped
      }
    }
    return events;
  }

  static List<CaseworkEvent> referralHistory(SplittableRandom r) {
    ReferralEvent.Drafted drafted = ReferralGen.drafts().next(r);
    Referral state = Referral.start(drafted);
    List<CaseworkEvent> events = new ArrayList<>(List.of(drafted));
    int steps = r.nextInt(ReferralGen.SEQUENCE_STEPS + 1);
    for (int i = 0; i < steps; i++) {
      try {
        var d = state.decide(ReferralGen.referralCommands(state, r));
        events.addAll(d.events());
        state = d.state();
      } catch (io.github.casework.CaseworkException rejected) {
        // skipped
      }
    }
    return events;
  }

  /** Every string an object graph of records, collections and optionals holds, ids by their text. */
  static void strings(Object o, Set<String> out) {
    if (o instanceof Optional<?> opt) {
      opt.ifPresent(v -> strings(v, out));
    } else if (o instanceof Collection<?> c) {
      c.forEach(v -> strings(v, out));
    } else if (o instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        strings(k, out);
        strings(v, out);
      });
    } else if (o instanceof AggregateId id) {
      out.add(id.value());
    } else if (o instanceof String s) {
      out.add(s);
    } else if (o.getClass().isRecord()) {
      for (RecordComponent rc : o.getClass().getRecordComponents()) {
        try {
          rc.getAccessor().setAccessible(true);
          strings(rc.getAccessor().invoke(o), out);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  /** The ids of an event graph, as "Kind:text" (the record component's type and the id's text). */
  static Set<String> ids(List<? extends CaseworkEvent> events) {
    Set<String> out = new HashSet<>();
    for (CaseworkEvent e : events) {
      idsOf(e, out);
    }
    return out;
  }

  static void idsOf(Object o, Set<String> out) {
    if (o instanceof Optional<?> opt) {
      opt.ifPresent(v -> idsOf(v, out));
    } else if (o instanceof Collection<?> c) {
      c.forEach(v -> idsOf(v, out));
    } else if (o instanceof AggregateId id) {
      out.add(id.value());
    } else if (o.getClass().isRecord()) {
      for (RecordComponent rc : o.getClass().getRecordComponents()) {
        try {
          rc.getAccessor().setAccessible(true);
          idsOf(rc.getAccessor().invoke(o), out);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  @Test
  void noInputIdOrFreeTextSurvivesAndTheHistoriesStillReplay() {
    Property.forAll("privacy.export-no-input-id", HISTORIES, h -> {
      ResearchExport export = ResearchExport.of(h.events(), h.areas(), KEY, 10, ZONE);
      Set<String> input = new HashSet<>();
      strings(h.events(), input);
      Set<String> kept = new HashSet<>();
      for (CaseworkEvent e : h.events()) {
        // What the export keeps on purpose: service codes, legal provisions.
        if (e instanceof ReferralEvent.Drafted d) {
          kept.add(d.service());
        } else if (e instanceof ReferralEvent.BasisRecorded b
            && b.basis() instanceof io.github.casework.referral.DataSharingBasis.LegalBasis l) {
          kept.add(l.provision());
        }
      }
      input.removeAll(kept);
      Set<String> output = new HashSet<>();
      strings(export.events(), output);
      // No output value is an input id or free text.
      assertThat(output).doesNotContainAnyElementsOf(input);
      // A grep of the output's text for every input text that cannot occur in a hex pseudonym by chance.
      String text = export.events().toString();
      for (String s : input) {
        if (s.length() >= 6 && !s.matches("[0-9a-f]*")) {
          assertThat(text).as("input text of %d characters survives", s.length()).doesNotContain(s);
        }
      }
      assertThat(export.events()).hasSameSizeAs(h.events());
      for (CaseworkEvent e : export.events()) {
        assertThat(e.at().atZone(ZONE).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(e.at().atZone(ZONE).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        if (e instanceof CaseEvent.NeedDisposed d && d.disposition() instanceof Disposition.Unmet u) {
          assertThat(u.explanation()).isEqualTo(ResearchExport.WITHHELD);
        }
        if (e instanceof ReferralEvent.Refused f && f.refusal() instanceof Refusal.NotEligible n) {
          assertThat(n.criterion()).isEqualTo(ResearchExport.WITHHELD);
        }
      }
      // Coarsening keeps each history's order, so every pseudonymised history replays under the aggregates' rules.
      Map<String, List<CaseworkEvent>> byAggregate = new LinkedHashMap<>();
      export.events().forEach(e -> byAggregate.computeIfAbsent(e.aggregateType().name() + ":"
          + e.aggregateId().value(), k -> new ArrayList<>()).add(e));
      for (List<CaseworkEvent> history : byAggregate.values()) {
        if (history.get(0) instanceof CaseEvent) {
          Case.replay(history.stream().map(CaseEvent.class::cast).toList());
        } else {
          Referral.replay(history.stream().map(ReferralEvent.class::cast).toList());
        }
      }
    });
  }

  @Test
  void theSameKeyGivesTheSamePseudonymsAndAnotherKeyUnrelatedOnes() {
    Property.forAll("privacy.export-keyed", HISTORIES, h -> {
      ResearchExport a = ResearchExport.of(h.events(), h.areas(), KEY, 10, ZONE);
      ResearchExport b = ResearchExport.of(h.events(), h.areas(), KEY, 10, ZONE);
      ResearchExport c = ResearchExport.of(h.events(), h.areas(), OTHER, 10, ZONE);
      assertThat(a.events()).isEqualTo(b.events());
      Set<String> ids = ids(a.events());
      Set<String> otherIds = ids(c.events());
      // One pseudonym per kind and id: at least as many as distinct id texts (a text may be of two kinds).
      assertThat(ids.size()).isGreaterThanOrEqualTo(ids(h.events()).size());
      assertThat(ids).doesNotContainAnyElementsOf(otherIds);
      assertThat(ids).allMatch(s -> s.matches("[0-9a-f]{64}"));
    });
  }

  @Test
  void pseudonymsAreTheHmacOfKindAndId() throws Exception {
    String p = KEY.pseudonym("case", "case-1");
    // An independent HMAC-SHA-256 (the JDK's) over the framing: the kind, a zero byte, the id, in UTF-8.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("a host secret of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8),
        "HmacSHA256"));
    mac.update("case".getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    assertThat(p).isEqualTo(HexFormat.of().formatHex(mac.doFinal("case-1".getBytes(StandardCharsets.UTF_8))));
    assertThat(p).hasSize(64).isEqualTo(KEY.pseudonym("case", "case-1")).isNotEqualTo(KEY.pseudonym("client",
        "case-1")).isNotEqualTo(OTHER.pseudonym("case", "case-1"));
    assertThat(KEY.toString()).doesNotContain("secret");
  }

  @Test
  void everyPublishedCellIsAtLeastKOrSuppressed() {
    int[] suppressed = {0};
    int[] published = {0};
    Property.forAll("privacy.export-k", HISTORIES, h -> {
      for (int k : new int[] {2, 3, 10}) {
        ResearchExport export = ResearchExport.of(h.events(), h.areas(), KEY, k, ZONE);
        Map<String, Integer> truth = new HashMap<>();
        for (CaseworkEvent e : h.events()) {
          if (e instanceof CaseEvent.NeedRegistered n) {
            truth.merge(Optional.ofNullable(h.areas().get(n.caseId())) + "/" + n.domain() + "/"
                + io.github.casework.signal.Quarter.containing(n.at(), ZONE), 1, Integer::sum);
          }
        }
        assertThat(export.table()).hasSize(truth.size());
        for (ResearchExport.Cell cell : export.table()) {
          int n = truth.get(cell.area() + "/" + cell.domain() + "/" + cell.quarter());
          if (n >= k) {
            assertThat(cell.count()).hasValue(n);
            published[0]++;
          } else {
            assertThat(cell.count()).isEmpty();
            suppressed[0]++;
          }
        }
      }
    });
    assertThat(suppressed[0]).isPositive();
    assertThat(published[0]).isPositive();
  }

  @Test
  void anExportNeedsAKeyOfThirtyTwoBytesAndAKOfTwo() {
    assertThatThrownBy(() -> ResearchKey.of(new byte[31])).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.code()).isEqualTo(PrivacyCodes.EXPORT_KEY_TOO_SHORT));
    assertThatThrownBy(() -> ResearchExport.of(List.of(), Map.of(), KEY, 1, ZONE))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(PrivacyCodes.EXPORT_K_TOO_SMALL));
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) 7);
    ResearchKey key = ResearchKey.of(secret);
    String before = key.pseudonym("case", "x");
    Arrays.fill(secret, (byte) 8);
    assertThat(key.pseudonym("case", "x")).as("the key is copied").isEqualTo(before);
  }
}
