package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.Case;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import io.github.casework.testing.Property;
import io.github.casework.testing.Reach;
import io.github.casework.testing.Tries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A check split by client, as {@link RuleScope} describes it (each client's part with the {@link RuleScope#CLIENT}
 * rules, then the signals and every part's {@link CaseloadCheck#caseloadPart} with the {@link RuleScope#CASELOAD}
 * rules), finds what the check of the whole caseload finds. A rule that declares {@link RuleScope#CLIENT} but reads
 * across clients, or a {@code reads} that leaves out what its rule reads, fails this.
 */
class RuleScopeProperties {
  static final CaseloadCheck CHECK = CaseloadCheckProperties.CHECK;

  /** The clients' parts: the key of a part is a client (or, for an escalation of an unknown case, that case). */
  static List<Caseload> parts(Caseload whole) {
    Map<CaseId, Case> cases = new HashMap<>();
    whole.cases().forEach(c -> cases.put(c.id(), c));
    // Clients whose records point at each other share a part: a referral of one client naming another's case.
    Map<ClientId, ClientId> parent = new HashMap<>();
    for (Referral r : whole.referrals()) {
      Case c = cases.get(r.caseId());
      if (c != null && !c.client().equals(r.client())) {
        parent.put(root(parent, r.client()), root(parent, c.client()));
      }
    }
    Map<Object, List<Case>> partCases = new LinkedHashMap<>();
    Map<Object, List<Referral>> partReferrals = new LinkedHashMap<>();
    Map<Object, List<Escalation>> partEscalations = new LinkedHashMap<>();
    whole.cases().forEach(c -> partCases.computeIfAbsent(root(parent, c.client()), k -> new ArrayList<>()).add(c));
    whole.referrals().forEach(r -> partReferrals.computeIfAbsent(root(parent, r.client()), k -> new ArrayList<>())
        .add(r));
    for (Escalation e : whole.escalations()) {
      Case c = cases.get(e.subject().caseId());
      Object key = c == null ? e.subject().caseId() : root(parent, c.client());
      partEscalations.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    List<Object> keys = new ArrayList<>(partCases.keySet());
    partReferrals.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    partEscalations.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    List<Caseload> parts = new ArrayList<>();
    for (Object k : keys) {
      parts.add(whole.withAggregates(partCases.getOrDefault(k, List.of()), partReferrals.getOrDefault(k, List.of()),
          partEscalations.getOrDefault(k, List.of()), List.of()));
    }
    return parts;
  }

  private static ClientId root(Map<ClientId, ClientId> parent, ClientId client) {
    ClientId c = client;
    while (parent.containsKey(c)) {
      c = parent.get(c);
    }
    return c;
  }

  /** The split check: both stages, sorted as the check sorts. */
  static List<Finding> split(Caseload whole, java.time.Instant at) {
    List<Finding> out = new ArrayList<>();
    List<Case> cases = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    List<Escalation> escalations = new ArrayList<>();
    for (Caseload part : parts(whole)) {
      out.addAll(CHECK.run(part, at, RuleScope.CLIENT));
      Caseload gathered = CHECK.caseloadPart(part);
      cases.addAll(gathered.cases());
      referrals.addAll(gathered.referrals());
      escalations.addAll(gathered.escalations());
    }
    List<Signal> signals = whole.signals();
    out.addAll(CHECK.run(whole.withAggregates(cases, referrals, escalations, signals), at, RuleScope.CASELOAD));
    out.sort(Finding.ORDER);
    return out;
  }

  /** Every rule run on each part alone, as a split that ignores scopes would. */
  static List<Finding> naive(Caseload whole, java.time.Instant at) {
    List<Finding> out = new ArrayList<>();
    for (Caseload part : parts(whole)) {
      out.addAll(CHECK.run(part, at));
    }
    out.addAll(CHECK.run(whole.withAggregates(List.of(), List.of(), List.of(), whole.signals()), at));
    out.sort(Finding.ORDER);
    return out;
  }

  @Test
  void theCheckSplitByClientFindsWhatTheWholeCheckFinds() {
    int[] naiveWrong = {0};
    int[] manyParts = {0};
    Property.forAll("check.split-by-client", CaseloadCheckProperties.SCENARIOS, s -> {
      Caseload whole = CaseloadCheckProperties.caseload(s, true);
      List<Finding> expected = CHECK.run(whole, s.at());
      assertThat(split(whole, s.at())).isEqualTo(expected);
      if (!naive(whole, s.at()).equals(expected)) {
        naiveWrong[0]++;
      }
      if (parts(whole).size() > 1) {
        manyParts[0]++;
      }
    });
    // The property must see caseloads that a split ignoring scopes gets wrong, or it would not test the scopes.
    // (A naive split goes wrong where cases of several clients make one structural signal: about 1.5% of tries.)
    Reach.require("a naive split is wrong", naiveWrong[0], Tries.count(), 0.01);
    Reach.require("more than one part", manyParts[0], Tries.count(), 0.5);
  }

  @Test
  void theScopesAreTheDocumentedOnes() {
    Caseload empty = Caseload.builder().build();
    assertThat(CHECK.caseloadPart(empty)).isEqualTo(empty);
    assertThat(RuleScope.values()).containsExactly(RuleScope.CLIENT, RuleScope.CASELOAD);
  }
}
