package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ReferralId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 *   <li>{@link #staleReferrals(Instant)}: referrals past their response or follow-up due date.
 * </ul>
 *
 * <p><b>"The same need" across agencies.</b> A {@link io.github.casework.id.NeedId} is only unique within its
 * case, and each agency registers the client's need in its own case; so across agencies a need is identified
 * by the client and its {@link LifeDomain}.
 *
 * <p>Whether a need is still held by someone (an orphaned need) is not a question about referrals alone; the
 * caseload answers it ({@link io.github.casework.check.Caseload#orphanedNeeds()}).
 *
 * <p><b>Cost.</b> Every analysis makes a constant number of passes over the referrals, grouping with hash maps;
 * nothing compares referrals pairwise. Time and
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
   * Finds precondition deadlocks. The waits-for graph has a node per client, agency and life domain for which
   * that agency's latest answer — the most recent acceptance, waitlisting or refusal of a referral of that client
   * in that domain to that agency (ties broken by the greater referral id) — is a
   * {@link Refusal.PreconditionUnmet}. Its edge points to the node of the precondition: the named agency with
   * the precondition's life domain or, if the refusal named no agency, the agency that gave the latest answer
   * to any referral of that client in that domain (no edge if there is none). An older refusal that the agency
   * has since replaced by another answer no longer blocks anything.
   *
   * <p>Every cycle is a deadlock. Because each node holds one standing refusal, it has at most one outgoing
   * edge: the graph is a successor map, and walking it from any node either stops or runs into exactly one
   * cycle. So the cycles are found by walking from each node not yet seen, in the order the referrals hold
   * their standing answers; a walk that runs into its own path has found a new cycle. Each cycle is named in
   * waiting order, starting from its least agency id (then life domain), and the cycles come in the order of
   * the first node that leads into them. A precondition never names the referral's own domain, so there are no
   * self-loops.
   *
   * <p>O(n) expected time and space for n referrals: one pass to find the latest answers, one to build the
   * successor map (at most n nodes), and walks that visit each node once.
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
    Map<Node, Node> waitsFor = Maps.newLinkedHashMapWithExpectedSize(standing.size());
    for (Map.Entry<Node, Referral> e : standing.entrySet()) {
      Optional<Refusal> refusal = e.getValue().refusal();
      if (refusal.isEmpty() || !(refusal.get() instanceof Refusal.PreconditionUnmet p)) {
        continue;
      }
      Node from = e.getKey();
      Optional<AgencyId> expected = p.expectedAgency().or(() ->
          Optional.ofNullable(latestInDomain.get(new DomainKey(from.client(), p.domain()))).map(Referral::to));
      expected.ifPresent(agency -> waitsFor.put(from, new Node(from.client(), agency, p.domain())));
    }
    ImmutableList.Builder<NetworkFinding.PreconditionDeadlock> out = ImmutableList.builder();
    // The walk that first reached each node, numbered from 1.
    Map<Node, Integer> reachedBy = Maps.newHashMapWithExpectedSize(2 * waitsFor.size());
    int walk = 0;
    for (Node root : waitsFor.keySet()) {
      if (reachedBy.containsKey(root)) {
        continue;
      }
      walk++;
      Node at = root;
      while (at != null && !reachedBy.containsKey(at)) {
        reachedBy.put(at, walk);
        at = waitsFor.get(at);
      }
      if (at != null && reachedBy.get(at) == walk) {
        List<Node> cycle = cycleThrough(waitsFor, at);
        ImmutableList<NetworkFinding.PreconditionDeadlock.Blocked> steps = cycle.stream()
            .map(n -> blocked(n, standing.get(n)))
            .collect(ImmutableList.toImmutableList());
        out.add(new NetworkFinding.PreconditionDeadlock(cycle.get(0).client(), steps));
      }
    }
    return out.build();
  }

  private static NetworkFinding.PreconditionDeadlock.Blocked blocked(Node node, Referral standing) {
    Refusal.PreconditionUnmet p = (Refusal.PreconditionUnmet) standing.refusal()
        .orElseThrow(() -> new AssertionError("bug: a blocked node without its refusal"));
    return new NetworkFinding.PreconditionDeadlock.Blocked(node.agency(), node.domain(), standing.id(), p.domain());
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
   * Returns all findings at an instant: ping-pong with the default threshold, deadlocks and stale referrals, in
   * that order.
   *
   * @param at the instant of the analysis, not null
   * @return the findings
   */
  public ImmutableList<NetworkFinding> findings(Instant at) {
    requireNonNull(at, "at");
    return ImmutableList.<NetworkFinding>builder()
        .addAll(pingPongs())
        .addAll(deadlocks())
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
   * The cycle through a node that lies on one, in waiting order, starting at the cycle's least node. O(length of
   * the cycle).
   */
  private static List<Node> cycleThrough(Map<Node, Node> waitsFor, Node onCycle) {
    List<Node> cycle = new ArrayList<>();
    int least = 0;
    Node at = onCycle;
    do {
      if (!cycle.isEmpty() && Node.ORDER.compare(at, cycle.get(least)) < 0) {
        least = cycle.size();
      }
      cycle.add(at);
      at = waitsFor.get(at);
      if (at == null) {
        throw new AssertionError("bug: a walk left the cycle it ran into");
      }
    } while (!at.equals(onCycle));
    Collections.rotate(cycle, -least);
    return cycle;
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
