package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import com.google.common.graph.Graph;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.MutableGraph;
import io.github.casework.InvalidValueException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Need;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Professional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The referral network of one client or of many clients at once: the analyses over a set of {@link Referral}s
 * that show where clients get lost between agencies. Each finding names the ids involved.
 *
 * <ul>
 *   <li>{@link #pingPongs(int)}: the same need bounced between the same two agencies;
 *   <li>{@link #deadlocks()}: precondition deadlocks, cycles of any length in the waits-for graph built from
 *       precondition refusals (the clinic that wants the social problems solved first, and social work that
 *       wants detox first);
 *   <li>{@link #orphanedNeeds(Collection, Collection)}: needs whose accountable professional no longer holds an
 *       agency role or an open case;
 *   <li>{@link #staleReferrals(Instant)}: referrals past their response or follow-up due date.
 * </ul>
 *
 * <p><b>"The same need" across agencies.</b> A {@link io.github.casework.id.NeedId} is only unique within its
 * case, and each agency registers the client's need in its own case; so across agencies a need is identified
 * by the client and its {@link LifeDomain}.
 *
 * <p><b>Cost.</b> Every analysis makes a constant number of passes over the referrals (and, for orphaned needs,
 * over the cases' needs and the roster), grouping with hash maps; nothing compares referrals pairwise. Time and
 * space are O(n) expected in the number n of referrals, plus, for ping-pong, O(k log k) to list the k referrals
 * named in findings in the order they were sent. The same referrals give the same findings in any input order
 * (each cycle is named from its least node); for the same input order they also come in the same order.
 *
 * <p>Pure: the instant of an analysis is passed in. Immutable and thread-safe.
 */
public final class ReferralNetwork {

  /** The number of returns from which a need going back and forth is reported, unless another is given. */
  public static final int DEFAULT_PING_PONG_RETURNS = 2;

  private final ImmutableList<Referral> referrals;

  private ReferralNetwork(ImmutableList<Referral> referrals) {
    this.referrals = referrals;
  }

  /**
   * Returns the network of these referrals, of one client or of many.
   *
   * @param referrals the referrals, each once, in any order, not null
   * @return the network
   * @throws InvalidValueException if two referrals share an id
   */
  public static ReferralNetwork of(Iterable<Referral> referrals) {
    ImmutableList<Referral> copy = ImmutableList.copyOf(referrals);
    Set<ReferralId> ids = Sets.newHashSetWithExpectedSize(copy.size());
    for (Referral r : copy) {
      if (!ids.add(r.id())) {
        throw new InvalidValueException(ReferralCodes.NETWORK_DUPLICATE, "ReferralNetwork.referrals",
            "each referral may occur once; referral " + r.id() + " occurs twice");
      }
    }
    return new ReferralNetwork(copy);
  }

  /** {@return the referrals of this network, in the order given} */
  public ImmutableList<Referral> referrals() {
    return referrals;
  }

  /**
   * Finds needs bounced between the same agencies at least {@value #DEFAULT_PING_PONG_RETURNS} times.
   *
   * @return the findings, see {@link #pingPongs(int)}
   */
  public ImmutableList<NetworkFinding.PingPong> pingPongs() {
    return pingPongs(DEFAULT_PING_PONG_RETURNS);
  }

  /**
   * Finds needs bounced between the same two agencies. Only referrals that were sent and not withdrawn count
   * (drafts and cancelled referrals do not): these are grouped by client, life domain and the unordered pair
   * of agencies. Each referral in a group after the first is a return — the need came back, whether the
   * receiving agency refused it and it was sent again, or referred it back — and a group with at least
   * {@code minReturns} returns is a ping-pong.
   *
   * <p>O(n) expected time for n referrals, plus sorting the referrals named in findings by sending time.
   *
   * @param minReturns the number of returns from which to report, at least 1
   * @return the findings, one per client, life domain and pair of agencies
   * @throws InvalidValueException if {@code minReturns} is less than 1
   */
  public ImmutableList<NetworkFinding.PingPong> pingPongs(int minReturns) {
    if (minReturns < 1) {
      throw new InvalidValueException(
          ReferralCodes.NETWORK_THRESHOLD, "ReferralNetwork.minReturns", "must be at least 1");
    }
    Map<PairKey, List<Referral>> groups = Maps.newLinkedHashMapWithExpectedSize(referrals.size());
    for (Referral r : referrals) {
      if (r.sentAt().isEmpty() || r.status() == ReferralStatus.CANCELLED) {
        continue;
      }
      groups.computeIfAbsent(PairKey.of(r), k -> new ArrayList<>(2)).add(r);
    }
    ImmutableList.Builder<NetworkFinding.PingPong> out = ImmutableList.builder();
    for (Map.Entry<PairKey, List<Referral>> group : groups.entrySet()) {
      List<Referral> hops = group.getValue();
      int returns = hops.size() - 1;
      if (returns >= minReturns) {
        PairKey k = group.getKey();
        ImmutableList<ReferralId> ordered = hops.stream()
            .sorted(Comparator.comparing((Referral r) -> r.sentAt().orElseThrow()).thenComparing(Referral::id))
            .map(Referral::id).collect(ImmutableList.toImmutableList());
        out.add(new NetworkFinding.PingPong(k.client(), k.domain(), k.first(), k.second(), returns, ordered));
      }
    }
    return out.build();
  }

  /**
   * Finds precondition deadlocks. The waits-for graph (a Guava {@link Graph}) has a node per client, agency and
   * life domain for which that agency's latest answer — the most recent acceptance, waitlisting or refusal of a
   * referral of that client in that domain to that agency (ties broken by the greater referral id) — is a
   * {@link Refusal.PreconditionUnmet}. Its edge points to the node of the precondition: the named agency with
   * the precondition's life domain or, if the refusal named no agency, the agency that gave the latest answer
   * to any referral of that client in that domain (no edge if there is none). An older refusal that the agency
   * has since replaced by another answer no longer blocks anything.
   *
   * <p>Every cycle is a deadlock. Because each node holds one standing refusal, it has at most one outgoing
   * edge, so each strongly connected component with more than one node is exactly one simple cycle; the
   * components are found with Tarjan's algorithm and each cycle is named in waiting order, starting from its
   * least agency id (then life domain). A precondition never names the referral's own domain, so there are no
   * self-loops.
   *
   * <p>O(n) expected time and space for n referrals: one pass to find the latest answers, one to build the
   * graph (at most n nodes and n edges), and a linear-time component search.
   *
   * @return the deadlocks, one per cycle
   */
  public ImmutableList<NetworkFinding.PreconditionDeadlock> deadlocks() {
    Map<Node, Referral> standing = Maps.newLinkedHashMapWithExpectedSize(referrals.size());
    Map<DomainKey, Referral> latestInDomain = Maps.newHashMapWithExpectedSize(referrals.size());
    for (Referral r : referrals) {
      if (r.respondedAt().isEmpty()) {
        continue;
      }
      standing.merge(Node.of(r), r, ReferralNetwork::later);
      latestInDomain.merge(new DomainKey(r.client(), r.domain()), r, ReferralNetwork::later);
    }
    MutableGraph<Node> waitsFor = GraphBuilder.directed().allowsSelfLoops(false)
        .expectedNodeCount(standing.size()).build();
    for (Map.Entry<Node, Referral> e : standing.entrySet()) {
      Optional<Refusal> refusal = e.getValue().refusal();
      if (refusal.isEmpty() || !(refusal.get() instanceof Refusal.PreconditionUnmet p)) {
        continue;
      }
      Node from = e.getKey();
      waitsFor.addNode(from);
      Optional<AgencyId> expected = p.expectedAgency().or(() ->
          Optional.ofNullable(latestInDomain.get(new DomainKey(from.client(), p.domain()))).map(Referral::to));
      expected.ifPresent(agency -> waitsFor.putEdge(from, new Node(from.client(), agency, p.domain())));
    }
    ImmutableList.Builder<NetworkFinding.PreconditionDeadlock> out = ImmutableList.builder();
    for (List<Node> component : stronglyConnected(waitsFor)) {
      if (component.size() < 2) {
        continue;
      }
      List<Node> cycle = cycleThrough(waitsFor, component);
      ImmutableList<NetworkFinding.PreconditionDeadlock.Blocked> steps = cycle.stream()
          .map(n -> blocked(n, standing.get(n)))
          .collect(ImmutableList.toImmutableList());
      out.add(new NetworkFinding.PreconditionDeadlock(cycle.get(0).client(), steps));
    }
    return out.build();
  }

  /**
   * Finds orphaned needs: needs still being worked on whose accountable professional no longer holds an agency
   * role (is not in the roster), or holds no open case of the client at their own agency. A need is still being
   * worked on if it is open in an open case (the professional is the need's accountable one), or if it was
   * handed over through a referral that is still accepted or in progress (the professional is the one who
   * accepted accountability); after a handover the receiving agency is expected to hold an open case of the
   * client.
   *
   * <p>O(n + m + p) expected time for n referrals, m needs in the given cases and p professionals in the roster.
   *
   * @param cases the cases to look at, open and closed, not null
   * @param roster the professionals who currently hold a role at an agency, not null
   * @return the findings, needs of the cases first, then handed-over needs in referral order
   */
  public ImmutableList<NetworkFinding.OrphanedNeed> orphanedNeeds(Collection<Case> cases,
      Collection<Professional> roster) {
    requireNonNull(cases, "cases");
    requireNonNull(roster, "roster");
    Map<ProfessionalId, AgencyId> agencyOf = Maps.newHashMapWithExpectedSize(roster.size());
    for (Professional p : roster) {
      agencyOf.put(p.id(), p.agency());
    }
    Set<ClientAgency> openCases = Sets.newHashSetWithExpectedSize(cases.size());
    for (Case c : cases) {
      if (c.status() != CaseStatus.CLOSED) {
        openCases.add(new ClientAgency(c.client(), c.agency()));
      }
    }
    ImmutableList.Builder<NetworkFinding.OrphanedNeed> out = ImmutableList.builder();
    for (Case c : cases) {
      if (c.status() == CaseStatus.CLOSED) {
        continue;
      }
      for (Need n : c.needs()) {
        if (n.isOpen()) {
          orphanReason(n.accountable(), c.client(), agencyOf, openCases).ifPresent(reason -> out.add(
              new NetworkFinding.OrphanedNeed(c.client(), c.id(), n.id(), n.domain(), n.accountable(), reason,
                  Optional.empty())));
        }
      }
    }
    for (Referral r : referrals) {
      if (r.handover().isEmpty()
          || (r.status() != ReferralStatus.ACCEPTED && r.status() != ReferralStatus.IN_PROGRESS)) {
        continue;
      }
      ProfessionalId holder = r.handover().get().to();
      orphanReason(holder, r.client(), agencyOf, openCases).ifPresent(reason -> out.add(
          new NetworkFinding.OrphanedNeed(r.client(), r.caseId(), r.need(), r.domain(), holder, reason,
              Optional.of(r.id()))));
    }
    return out.build();
  }

  private static NetworkFinding.PreconditionDeadlock.Blocked blocked(Node node, Referral standing) {
    Refusal.PreconditionUnmet p = (Refusal.PreconditionUnmet) standing.refusal()
        .orElseThrow(() -> new AssertionError("bug: a blocked node without its refusal"));
    return new NetworkFinding.PreconditionDeadlock.Blocked(node.agency(), node.domain(), standing.id(), p.domain());
  }

  private static Optional<NetworkFinding.OrphanedNeed.Reason> orphanReason(ProfessionalId holder, ClientId client,
      Map<ProfessionalId, AgencyId> agencyOf, Set<ClientAgency> openCases) {
    AgencyId agency = agencyOf.get(holder);
    if (agency == null) {
      return Optional.of(NetworkFinding.OrphanedNeed.Reason.NO_AGENCY_ROLE);
    }
    if (!openCases.contains(new ClientAgency(client, agency))) {
      return Optional.of(NetworkFinding.OrphanedNeed.Reason.NO_OPEN_CASE);
    }
    return Optional.empty();
  }

  /**
   * Finds referrals past a due date at an instant: sent or received but not answered after the response due
   * date; accepted or in progress without an outcome after the follow-up due date; waitlisted after the
   * expected start. A referral due exactly at {@code at} is not yet overdue.
   *
   * <p>O(n) time for n referrals.
   *
   * @param at the instant of the analysis, not null
   * @return the findings, in referral order
   */
  public ImmutableList<NetworkFinding.StaleReferral> staleReferrals(Instant at) {
    requireNonNull(at, "at");
    ImmutableList.Builder<NetworkFinding.StaleReferral> out = ImmutableList.builder();
    for (Referral r : referrals) {
      Optional<Instant> due;
      NetworkFinding.StaleReferral.Kind kind;
      switch (r.status()) {
        case SENT, RECEIVED -> {
          due = r.responseDue();
          kind = NetworkFinding.StaleReferral.Kind.NO_RESPONSE;
        }
        case ACCEPTED, IN_PROGRESS -> {
          due = r.followUpDue();
          kind = NetworkFinding.StaleReferral.Kind.NO_OUTCOME;
        }
        case WAITLISTED -> {
          due = r.expectedStart();
          kind = NetworkFinding.StaleReferral.Kind.WAITLIST_OVERDUE;
        }
        default -> {
          continue;
        }
      }
      Instant dueAt = due.orElseThrow(() -> new AssertionError("bug: a sent referral without its due date"));
      if (at.isAfter(dueAt)) {
        out.add(new NetworkFinding.StaleReferral(r.client(), r.id(), r.to(), kind, dueAt,
            Duration.between(dueAt, at)));
      }
    }
    return out.build();
  }

  /**
   * Returns all findings at an instant: ping-pong with the default threshold, deadlocks, orphaned needs and
   * stale referrals, in that order.
   *
   * @param at the instant of the analysis, not null
   * @param cases the cases to look at for orphaned needs, not null
   * @param roster the professionals who currently hold a role at an agency, not null
   * @return the findings
   */
  public ImmutableList<NetworkFinding> findings(Instant at, Collection<Case> cases, Collection<Professional> roster) {
    requireNonNull(at, "at");
    return ImmutableList.<NetworkFinding>builder()
        .addAll(pingPongs())
        .addAll(deadlocks())
        .addAll(orphanedNeeds(cases, roster))
        .addAll(staleReferrals(at))
        .build();
  }

  /** Keeps the later answer; equal instants are broken by the greater referral id, so the result is total. */
  private static Referral later(Referral a, Referral b) {
    int byTime = a.respondedAt().orElseThrow().compareTo(b.respondedAt().orElseThrow());
    if (byTime != 0) {
      return byTime > 0 ? a : b;
    }
    return a.id().compareTo(b.id()) >= 0 ? a : b;
  }

  /**
   * Tarjan's strongly connected components, iteratively (no recursion, so long chains cannot overflow the
   * stack). O(V + E).
   */
  static <N> List<List<N>> stronglyConnected(Graph<N> graph) {
    // Per node: {discovery index, low link}; one map lookup serves both.
    Map<N, int[]> marks = Maps.newHashMapWithExpectedSize(graph.nodes().size());
    Deque<N> stack = new ArrayDeque<>();
    Set<N> onStack = Sets.newHashSetWithExpectedSize(graph.nodes().size());
    List<List<N>> components = new ArrayList<>();
    Deque<Map.Entry<N, Iterator<N>>> work = new ArrayDeque<>();
    int counter = 0;
    for (N root : graph.nodes()) {
      if (marks.containsKey(root)) {
        continue;
      }
      marks.put(root, new int[] {counter, counter});
      counter++;
      stack.push(root);
      onStack.add(root);
      work.push(Map.entry(root, graph.successors(root).iterator()));
      while (!work.isEmpty()) {
        Map.Entry<N, Iterator<N>> frame = work.peek();
        int[] mark = marks.get(frame.getKey());
        if (frame.getValue().hasNext()) {
          N next = frame.getValue().next();
          int[] seen = marks.get(next);
          if (seen == null) {
            marks.put(next, new int[] {counter, counter});
            counter++;
            stack.push(next);
            onStack.add(next);
            work.push(Map.entry(next, graph.successors(next).iterator()));
          } else if (onStack.contains(next)) {
            mark[1] = Math.min(mark[1], seen[0]);
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          int[] parent = marks.get(work.peek().getKey());
          parent[1] = Math.min(parent[1], mark[1]);
        }
        if (mark[1] == mark[0]) {
          List<N> component = new ArrayList<>();
          N member;
          do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
          } while (!member.equals(frame.getKey()));
          components.add(component);
        }
      }
    }
    return components;
  }

  /**
   * A simple cycle through a strongly connected component, starting at its least node, found by breadth-first
   * search inside the component back to the start. O(size of the component and its edges).
   */
  private static List<Node> cycleThrough(Graph<Node> graph, List<Node> component) {
    Set<Node> members = new HashSet<>(component);
    Node start = component.stream().min(Node.ORDER).orElseThrow();
    Map<Node, Node> parent = new HashMap<>();
    Deque<Node> queue = new ArrayDeque<>();
    queue.add(start);
    parent.put(start, start);
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      for (Node next : graph.successors(node)) {
        if (next.equals(start)) {
          List<Node> path = new ArrayList<>();
          for (Node at = node; !at.equals(start); at = parent.get(at)) {
            path.add(at);
          }
          path.add(start);
          Collections.reverse(path);
          return path;
        }
        if (members.contains(next) && !parent.containsKey(next)) {
          parent.put(next, node);
          queue.add(next);
        }
      }
    }
    throw new AssertionError("bug: a strongly connected component without a cycle through its start");
  }

  /** A node of the waits-for graph: an agency's standing answer to a client's need in one life domain. */
  private record Node(ClientId client, AgencyId agency, LifeDomain domain) {
    static final Comparator<Node> ORDER =
        Comparator.comparing(Node::agency).thenComparing(Node::domain);

    static Node of(Referral r) {
      return new Node(r.client(), r.to(), r.domain());
    }
  }

  private record DomainKey(ClientId client, LifeDomain domain) {}

  private record ClientAgency(ClientId client, AgencyId agency) {}

  /** A client's need in one life domain between an unordered pair of agencies (first ≤ second by id). */
  private record PairKey(ClientId client, LifeDomain domain, AgencyId first, AgencyId second) {
    static PairKey of(Referral r) {
      boolean ordered = r.from().compareTo(r.to()) <= 0;
      return new PairKey(r.client(), r.domain(), ordered ? r.from() : r.to(), ordered ? r.to() : r.from());
    }
  }

  /** Shows the number of referrals; a network holds no personal details. */
  @Override
  public String toString() {
    return "ReferralNetwork[referrals=" + referrals.size() + "]";
  }
}
