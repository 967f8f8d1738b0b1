package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.Case;
import io.github.casework.escalation.Escalation;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Area;
import io.github.casework.signal.Signal;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.EscalationGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.Reach;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.SignalGen;
import io.github.casework.testing.Tries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The check is a deterministic function of the snapshot's content, not of the order of its lists. */
class CaseloadCheckProperties {
  static final CaseloadCheck CHECK = CaseloadCheck.of(ServiceNorms.dutchDefaults()).withDetector(
      io.github.casework.signal.SignalDetector.of(2));

  record Scenario(List<Case> cases, List<Referral> referrals, List<Escalation> escalations, List<Signal> signals,
      List<Agency> agencies, List<Professional> professionals, Map<io.github.casework.id.CaseId, Area> areas,
      Instant at, long shuffleSeed) {}

  static <T, K> List<T> distinctBy(List<T> items, Function<T, K> key) {
    Map<K, T> byKey = new LinkedHashMap<>();
    items.forEach(i -> byKey.putIfAbsent(key.apply(i), i));
    return new ArrayList<>(byKey.values());
  }

  static final Gen<Scenario> SCENARIOS = r -> {
    List<Case> cases = distinctBy(CaseworkGen.cases().listOf(0, 8).next(r), Case::id);
    List<Referral> referrals = distinctBy(ReferralGen.referralSets().next(r), Referral::id);
    referrals.addAll(ReferralGen.referrals().listOf(0, 4).next(r));
    referrals = distinctBy(referrals, Referral::id);
    List<Escalation> escalations = distinctBy(EscalationGen.escalations().listOf(0, 5).next(r), Escalation::id);
    List<Signal> signals = distinctBy(SignalGen.signals().listOf(0, 4).next(r), Signal::id);
    List<Agency> agencies = distinctBy(CaseworkGen.agencies().listOf(0, 12).next(r), Agency::id);
    List<Professional> pros = distinctBy(CaseworkGen.professionals().listOf(0, 12).next(r), Professional::id);
    Map<io.github.casework.id.CaseId, Area> areas = new HashMap<>();
    for (Case c : cases) {
      if (r.nextBoolean()) {
        areas.put(c.id(), SignalGen.areas().next(r));
      }
    }
    Instant at = CaseworkGen.EPOCH.plus(Duration.ofDays(r.nextInt(900)));
    return new Scenario(cases, referrals, escalations, signals, agencies, pros, areas, at, r.nextLong());
  };

  static Caseload caseload(Scenario s, boolean shuffled) {
    Random random = new Random(s.shuffleSeed());
    return Caseload.builder()
        .cases(maybeShuffle(s.cases(), shuffled, random))
        .referrals(maybeShuffle(s.referrals(), shuffled, random))
        .escalations(maybeShuffle(s.escalations(), shuffled, random))
        .signals(maybeShuffle(s.signals(), shuffled, random))
        .agencies(maybeShuffle(s.agencies(), shuffled, random))
        .professionals(maybeShuffle(s.professionals(), shuffled, random))
        .areas(s.areas()).build();
  }

  static <T> List<T> maybeShuffle(List<T> items, boolean shuffled, Random random) {
    List<T> copy = new ArrayList<>(items);
    if (shuffled) {
      Collections.shuffle(copy, random);
    }
    return copy;
  }

  @Test
  void theCheckIsDeterministicAndIndependentOfInputOrder() {
    int[] nonEmpty = {0};
    Property.forAll("check.order-independent", SCENARIOS, s -> {
      List<Finding> first = CHECK.run(caseload(s, false), s.at());
      assertThat(CHECK.run(caseload(s, false), s.at())).as("same snapshot, same findings").isEqualTo(first);
      assertThat(CHECK.run(caseload(s, true), s.at())).as("shuffled snapshot, same findings").isEqualTo(first);
      List<Finding> sorted = new ArrayList<>(first);
      sorted.sort(Finding.ORDER);
      assertThat(first).isEqualTo(sorted);
      if (!first.isEmpty()) {
        nonEmpty[0]++;
      }
      // Every finding of a generated snapshot reads in both languages, each placeholder filled.
      for (Finding f : first) {
        for (FindingText text : List.of(FindingText.dutch(), FindingText.english())) {
          FindingText.Rendered r = text.render(f);
          assertThat(r.explanation() + r.nextStep()).as("%s in %s", f.code(), text.locale())
              .doesNotContain("{", "}");
        }
      }
    });
    // The property must see findings, or it would hold vacuously.
    Reach.require("snapshots with findings", nonEmpty[0], Tries.count(), 0.5);
  }
}
