package io.github.casework.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.casework.id.CaseId;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.SignalGen;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of the signal detector against an independent oracle that groups by calendar date. */
class SignalDetectorProperties {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  record Input(Quarter period, int threshold, List<Incident> incidents, long shuffleSeed) {}

  static final Gen<Input> INPUTS = r -> {
    Quarter q = SignalGen.quarters().next(r);
    return new Input(q, 1 + r.nextInt(6), SignalGen.incidentLists(q, AMSTERDAM, 60).next(r), r.nextLong());
  };

  /** Distinct cases per shape among incidents whose date in Amsterdam falls in the quarter. */
  static Map<IncidentShape, Set<CaseId>> casesByShape(List<Incident> incidents, Quarter q) {
    Map<IncidentShape, Set<CaseId>> out = new HashMap<>();
    for (Incident i : incidents) {
      if (q.contains(LocalDate.ofInstant(i.at(), AMSTERDAM))) {
        out.computeIfAbsent(i.shape(), s -> new HashSet<>()).add(i.caseId());
      }
    }
    return out;
  }

  @Test
  void theDetectorProposesExactlyTheGroupsThatReachTheThreshold() {
    Property.forAll("detector.oracle", INPUTS, in -> {
      ImmutableList<SignalProposal> proposals =
          SignalDetector.of(in.threshold(), AMSTERDAM).detect(in.incidents(), in.period());
      Map<IncidentShape, Set<CaseId>> now = casesByShape(in.incidents(), in.period());
      Map<IncidentShape, Set<CaseId>> before = casesByShape(in.incidents(), in.period().previous());
      Set<IncidentShape> expected = new HashSet<>();
      now.forEach((shape, cases) -> {
        if (cases.size() >= in.threshold()) {
          expected.add(shape);
        }
      });
      assertThat(proposals).extracting(SignalProposal::shape).containsExactlyInAnyOrderElementsOf(expected);
      for (SignalProposal p : proposals) {
        assertThat(p.cases()).containsExactlyInAnyOrderElementsOf(now.get(p.shape()));
        assertThat(p.incidents()).allSatisfy(i -> {
          assertThat(i.shape()).isEqualTo(p.shape());
          assertThat(in.period().contains(LocalDate.ofInstant(i.at(), AMSTERDAM))).isTrue();
        });
        long inGroup = in.incidents().stream().filter(i -> i.shape().equals(p.shape())
            && in.period().contains(LocalDate.ofInstant(i.at(), AMSTERDAM))).count();
        assertThat(p.incidents()).hasSize((int) inGroup);
        int previous = before.getOrDefault(p.shape(), Set.of()).size();
        assertThat(p.previousCases()).isEqualTo(previous);
        assertThat(p.trend()).isEqualTo(previous == 0 ? Trend.NEW : p.cases().size() > previous ? Trend.INCREASING
            : p.cases().size() == previous ? Trend.STABLE : Trend.DECREASING);
        for (int k = 1; k < p.incidents().size(); k++) {
          assertThat(p.incidents().get(k).at()).isAfterOrEqualTo(p.incidents().get(k - 1).at());
        }
      }
      for (int k = 1; k < proposals.size(); k++) {
        SignalProposal a = proposals.get(k - 1);
        SignalProposal b = proposals.get(k);
        assertThat(a.cases().size() > b.cases().size()
            || (a.cases().size() == b.cases().size() && a.shape().compareTo(b.shape()) < 0)).isTrue();
      }
    });
  }

  @Test
  void theOutputDoesNotDependOnTheInputOrder() {
    Property.forAll("detector.order-independent", INPUTS, in -> {
      SignalDetector detector = SignalDetector.of(in.threshold(), AMSTERDAM);
      List<Incident> shuffled = new ArrayList<>(in.incidents());
      Collections.shuffle(shuffled, new Random(in.shuffleSeed()));
      shuffled.addAll(in.incidents().subList(0, in.incidents().size() / 3)); // repeats count once
      assertThat(detector.detect(shuffled, in.period())).isEqualTo(detector.detect(in.incidents(), in.period()));
    });
  }
}
