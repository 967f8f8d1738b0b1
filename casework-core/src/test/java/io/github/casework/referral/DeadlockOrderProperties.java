package io.github.casework.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.referral.ReferralNetworkProperties.Node;
import io.github.casework.testing.Property;
import io.github.casework.testing.Reach;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Tries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The order of {@link ReferralNetwork#deadlocks()}, which the CLI's golden outputs depend on: a cycle comes where
 * the first referral (in input order) whose standing answer leads into it comes. Which cycles are found is
 * {@link ReferralNetworkProperties}' brute-force oracle; this checks only their order, on shuffled inputs so
 * that the same referrals are seen in many orders.
 */
class DeadlockOrderProperties {

  @Test
  void deadlocksComeInTheOrderOfTheFirstReferralLeadingIntoThem() {
    AtomicInteger withTwo = new AtomicInteger();
    Property.forAll("referral-network.deadlock-order", r -> {
      List<Referral> refs = new ArrayList<>(ReferralGen.referralSets().next(r));
      Collections.shuffle(refs, new Random(r.nextLong()));
      return refs;
    }, refs -> {
      Map<Node, Referral> standing = ReferralNetworkProperties.standingAnswers(refs);
      Map<Node, Set<Node>> edges = ReferralNetworkProperties.edges(refs, standing);
      Set<List<Node>> expected = new LinkedHashSet<>();
      for (Referral r : refs) {
        if (r.respondedAt().isPresent()) {
          cycleAhead(new Node(r.client(), r.to(), r.domain()), edges).ifPresent(expected::add);
        }
      }
      List<List<Node>> actual = new ArrayList<>();
      for (NetworkFinding.PreconditionDeadlock d : ReferralNetwork.of(refs).deadlocks()) {
        List<Node> cycle = new ArrayList<>();
        d.cycle().forEach(b -> cycle.add(new Node(d.client(), b.agency(), b.domain())));
        actual.add(cycle);
      }
      assertThat(actual).containsExactlyElementsOf(expected);
      if (actual.size() >= 2) {
        withTwo.incrementAndGet();
      }
    });
    // The order is only tested where there are at least two deadlocks to order.
    Reach.require("referral sets with two or more deadlocks", withTwo.get(), Tries.count(), 0.015);
  }

  /** The cycle the successor walk from a node runs into, rotated to its least node; empty if the walk stops. */
  private static Optional<List<Node>> cycleAhead(Node start, Map<Node, Set<Node>> edges) {
    List<Node> path = new ArrayList<>();
    Node at = start;
    while (at != null && !path.contains(at)) {
      path.add(at);
      Set<Node> next = edges.getOrDefault(at, Set.of());
      assertThat(next).as("at most one edge leaves a node").hasSizeLessThanOrEqualTo(1);
      at = next.isEmpty() ? null : next.iterator().next();
    }
    if (at == null) {
      return Optional.empty();
    }
    return Optional.of(ReferralNetworkProperties.rotate(path.subList(path.indexOf(at), path.size())));
  }
}
