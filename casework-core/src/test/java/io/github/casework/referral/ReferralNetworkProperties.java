package io.github.casework.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ReferralId;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Property;
import io.github.casework.testing.Reach;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Tries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The network analyses agree with oracles written independently here: a brute-force search for every simple
 * cycle (no graph library, no component algorithm) for deadlocks, and direct counts over every pair of agencies
 * for ping-pong and over every referral for staleness. Random referral sets come from
 * {@link ReferralGen#referralSets()}; each property runs {@link Tries#count()} tries (1,000 by default).
 */
class ReferralNetworkProperties {

  /** A node of the waits-for graph, as the oracle sees it. */
  record Node(ClientId client, AgencyId agency, LifeDomain domain) {}

  static final Comparator<Node> ORDER = Comparator.comparing(Node::agency).thenComparing(Node::domain);

  /** Whether {@code a} answered later than {@code b}: by response instant, then by referral id. */
  static boolean answeredLater(Referral a, Referral b) {
    int byTime = a.respondedAt().orElseThrow().compareTo(b.respondedAt().orElseThrow());
    return byTime > 0 || (byTime == 0 && a.id().compareTo(b.id()) > 0);
  }

  /** For each node, the referral that holds its agency's latest answer, by comparing every pair. */
  static Map<Node, Referral> standingAnswers(List<Referral> refs) {
    Map<Node, Referral> out = new HashMap<>();
    for (Referral r : refs) {
      if (r.respondedAt().isEmpty()) {
        continue;
      }
      boolean latest = true;
      for (Referral s : refs) {
        if (s != r && s.respondedAt().isPresent() && s.client().equals(r.client()) && s.to().equals(r.to())
            && s.domain() == r.domain() && answeredLater(s, r)) {
          latest = false;
        }
      }
      if (latest) {
        out.put(new Node(r.client(), r.to(), r.domain()), r);
      }
    }
    return out;
  }

  static Optional<Referral> latestAnswerInDomain(List<Referral> refs, ClientId client, LifeDomain domain) {
    Referral best = null;
    for (Referral r : refs) {
      if (r.respondedAt().isPresent() && r.client().equals(client) && r.domain() == domain
          && (best == null || answeredLater(r, best))) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The waits-for edges, built naively from the definition in {@link ReferralNetwork#deadlocks()}. */
  static Map<Node, Set<Node>> edges(List<Referral> refs, Map<Node, Referral> standing) {
    Map<Node, Set<Node>> edges = new HashMap<>();
    standing.forEach((node, r) -> {
      if (r.refusal().orElse(null) instanceof Refusal.PreconditionUnmet p) {
        Optional<AgencyId> agency = p.expectedAgency().isPresent() ? p.expectedAgency()
            : latestAnswerInDomain(refs, node.client(), p.domain()).map(Referral::to);
        agency.ifPresent(a -> edges.computeIfAbsent(node, k -> new HashSet<>())
            .add(new Node(node.client(), a, p.domain())));
      }
    });
    return edges;
  }

  /** Every simple cycle, by extending every path from every start; each cycle rotated to its least node. */
  static Set<List<Node>> allSimpleCycles(Map<Node, Set<Node>> edges) {
    Set<List<Node>> cycles = new HashSet<>();
    for (Node start : edges.keySet()) {
      List<Node> path = new ArrayList<>(List.of(start));
      extend(edges, start, path, cycles);
    }
    return cycles;
  }

  private static void extend(Map<Node, Set<Node>> edges, Node start, List<Node> path, Set<List<Node>> cycles) {
    Node last = path.get(path.size() - 1);
    for (Node next : edges.getOrDefault(last, Set.of())) {
      if (next.equals(start)) {
        cycles.add(rotate(path));
      } else if (!path.contains(next)) {
        path.add(next);
        extend(edges, start, path, cycles);
        path.remove(path.size() - 1);
      }
    }
  }

  static List<Node> rotate(List<Node> cycle) {
    int min = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (ORDER.compare(cycle.get(i), cycle.get(min)) < 0) {
        min = i;
      }
    }
    List<Node> out = new ArrayList<>(cycle.subList(min, cycle.size()));
    out.addAll(cycle.subList(0, min));
    return out;
  }

  @Test
  void deadlockDetectionAgreesWithABruteForceCycleSearch() {
    AtomicInteger withDeadlock = new AtomicInteger();
    AtomicInteger withLongCycle = new AtomicInteger();
    Property.forAll("referral-network.deadlocks", ReferralGen.referralSets(), refs -> {
      List<NetworkFinding.PreconditionDeadlock> found = ReferralNetwork.of(refs).deadlocks();
      Map<Node, Referral> standing = standingAnswers(refs);
      Map<Node, Set<Node>> edges = edges(refs, standing);
      Set<List<Node>> expected = allSimpleCycles(edges);

      Set<List<Node>> actual = new HashSet<>();
      for (NetworkFinding.PreconditionDeadlock d : found) {
        List<Node> cycle = new ArrayList<>();
        for (NetworkFinding.PreconditionDeadlock.Blocked b : d.cycle()) {
          Node node = new Node(d.client(), b.agency(), b.domain());
          cycle.add(node);
          assertThat(b.referral()).as("the standing refusal of %s", node).isEqualTo(standing.get(node).id());
          assertThat(standing.get(node).refusal()).get().isInstanceOfSatisfying(Refusal.PreconditionUnmet.class,
              p -> assertThat(p.domain()).isEqualTo(b.precondition()));
        }
        assertThat(cycle).as("a cycle is named from its least node").isEqualTo(rotate(cycle));
        assertThat(actual.add(cycle)).as("each cycle is reported once").isTrue();
        assertThat(d.agencies()).hasSize(cycle.size());
        assertThat(d.explanation()).contains(cycle.get(0).agency().value());
      }
      assertThat(actual).isEqualTo(expected);
      if (!found.isEmpty()) {
        withDeadlock.incrementAndGet();
      }
      if (found.stream().anyMatch(d -> d.cycle().size() >= 3)) {
        withLongCycle.incrementAndGet();
      }
    });
    // The generator must actually produce deadlocks, including rings of three or more (floors: see Reach).
    Reach.require("referral sets with a deadlock", withDeadlock.get(), Tries.count(), 0.05);
    Reach.require("referral sets with a deadlock of three or more", withLongCycle.get(), Tries.count(), 0.03);
  }

  @Test
  void pingPongDetectionAgreesWithADirectCount() {
    AtomicInteger withPingPong = new AtomicInteger();
    Property.forAll("referral-network.ping-pong", r -> new Object[] {ReferralGen.referralSets().next(r),
        1 + r.nextInt(3)}, input -> {
      @SuppressWarnings("unchecked")
      List<Referral> refs = (List<Referral>) input[0];
      int threshold = (Integer) input[1];
      Set<ClientId> clients = new TreeSet<>();
      Set<AgencyId> agencies = new TreeSet<>();
      for (Referral r : refs) {
        clients.add(r.client());
        agencies.add(r.from());
        agencies.add(r.to());
      }
      Set<NetworkFinding.PingPong> expected = new HashSet<>();
      for (ClientId client : clients) {
        for (LifeDomain domain : LifeDomain.values()) {
          for (AgencyId a : agencies) {
            for (AgencyId b : agencies) {
              if (a.compareTo(b) > 0) {
                continue;
              }
              List<Referral> between = new ArrayList<>();
              for (Referral r : refs) {
                boolean pair = (r.from().equals(a) && r.to().equals(b)) || (r.from().equals(b) && r.to().equals(a));
                if (pair && r.client().equals(client) && r.domain() == domain && r.sentAt().isPresent()
                    && r.status() != ReferralStatus.CANCELLED) {
                  between.add(r);
                }
              }
              if (between.size() - 1 >= threshold) {
                between.sort(Comparator.comparing((Referral r) -> r.sentAt().get()).thenComparing(Referral::id));
                expected.add(new NetworkFinding.PingPong(client, domain, a, b, between.size() - 1,
                    between.stream().map(Referral::id).collect(ImmutableList.toImmutableList())));
              }
            }
          }
        }
      }
      List<NetworkFinding.PingPong> found = ReferralNetwork.of(refs).pingPongs(threshold);
      assertThat(new LinkedHashSet<>(found)).hasSize(found.size()).isEqualTo(expected);
      if (!found.isEmpty()) {
        withPingPong.incrementAndGet();
      }
    });
    Reach.require("referral sets with ping-pong", withPingPong.get(), Tries.count(), 0.15);
  }

  @Test
  void staleReferralsAgreeWithADirectCheck() {
    Property.forAll("referral-network.stale", r -> new Object[] {ReferralGen.referralSets().next(r),
        CaseworkGen.EPOCH.plus(Duration.ofHours(r.nextInt(24 * 70)))}, input -> {
      @SuppressWarnings("unchecked")
      List<Referral> refs = (List<Referral>) input[0];
      Instant at = (Instant) input[1];
      List<ReferralId> expected = new ArrayList<>();
      for (Referral r : refs) {
        ReferralStatus s = r.status();
        boolean noResponse = (s == ReferralStatus.SENT || s == ReferralStatus.RECEIVED)
            && r.responseDue().get().isBefore(at);
        boolean noOutcome = (s == ReferralStatus.ACCEPTED || s == ReferralStatus.IN_PROGRESS)
            && r.followUpDue().get().isBefore(at);
        boolean waitlist = s == ReferralStatus.WAITLISTED && r.expectedStart().get().isBefore(at);
        if (noResponse || noOutcome || waitlist) {
          expected.add(r.id());
        }
      }
      List<NetworkFinding.StaleReferral> found = ReferralNetwork.of(refs).staleReferrals(at);
      assertThat(found).extracting(NetworkFinding.StaleReferral::referral).isEqualTo(expected);
      for (NetworkFinding.StaleReferral f : found) {
        assertThat(f.due().plus(f.overdue())).isEqualTo(at);
      }
    });
  }

  @Test
  void theNetworkIsTheSameWhateverTheOrderOfItsReferrals() {
    Property.forAll("referral-network.order", r -> {
      List<Referral> refs = new ArrayList<>(ReferralGen.referralSets().next(r));
      List<Referral> shuffled = new ArrayList<>(refs);
      Collections.shuffle(shuffled, new Random(r.nextLong()));
      return List.of(refs, shuffled);
    }, pair -> {
      ReferralNetwork a = ReferralNetwork.of(pair.get(0));
      ReferralNetwork b = ReferralNetwork.of(pair.get(1));
      assertThat(new HashSet<>(b.deadlocks())).isEqualTo(new HashSet<>(a.deadlocks()));
      assertThat(new HashSet<>(b.pingPongs())).isEqualTo(new HashSet<>(a.pingPongs()));
    });
  }
}
