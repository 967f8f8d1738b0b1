package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ReferralId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * <p><b>Cost.</b> Every analysis makes a constant number of passes over the referrals, grouping them in
 * open-addressing tables of array indexes (no key object or map entry per referral); nothing compares referrals
 * pairwise. Time and
 * space are O(n) expected in the number n of referrals, plus, for ping-pong, O(k log k) to list the k referrals
 * named in findings in the order they were sent. The same referrals give the same findings in any input order
 * (each cycle is named from its least node); for the same input order they also come in the same order.
 *
 * <p>Pure: the instant of an analysis is passed in. Immutable and thread-safe.
 */
public final class ReferralNetwork {

  /** The number of returns from which a need going back and forth is reported, unless another is given. */
  public static final int DEFAULT_PING_PONG_RETURNS = 2;

  /** The order of the nodes of the waits-for graph, by the answers that stand for them: agency, then domain. */
  private static final Comparator<Referral> NODE_ORDER =
      Comparator.comparing(Referral::to).thenComparing(Referral::domain);

  /** The order of the referrals of a ping-pong: by the instant they were sent, then by id. */
  private static final Comparator<Referral> SENT_ORDER =
      Comparator.comparing((Referral r) -> r.sentAt().orElseThrow()).thenComparing(Referral::id);

  private final ImmutableList<Referral> referrals;
  /** The referrals by id: built to check that ids are distinct, and kept for {@link #referral}. Read-only after. */
  private final KeyIndex ids;
  /** The referrals by client, made when first needed; see {@link #byClient()}. */
  private @Nullable ByClient byClient;

  private ReferralNetwork(ImmutableList<Referral> referrals, KeyIndex ids) {
    this.referrals = referrals;
    this.ids = ids;
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
    KeyIndex ids = new KeyIndex(copy.size()) {
      @Override
      int hash(int item) {
        return copy.get(item).id().hashCode();
      }

      @Override
      boolean sameKey(int a, int b) {
        return copy.get(a).id().equals(copy.get(b).id());
      }
    };
    for (int i = 0; i < copy.size(); i++) {
      if (ids.add(i) != i) {
        throw new InvalidValueException(ReferralCodes.NETWORK_DUPLICATE, "ReferralNetwork.referrals",
            "each referral may occur once; referral " + copy.get(i).id() + " occurs twice");
      }
    }
    return new ReferralNetwork(copy, ids);
  }

  /** {@return the referrals of this network, in the order given} */
  public ImmutableList<Referral> referrals() {
    return referrals;
  }

  /**
   * Returns the referral of this network with an id, such as one a finding names. O(1) expected time: the network
   * keeps the index of ids it checked for duplicates.
   *
   * @param id the referral's id, not null
   * @return the referral, or empty if the network holds none with this id
   */
  public Optional<Referral> referral(ReferralId id) {
    requireNonNull(id, "id");
    int group = ids.find(id.hashCode(), item -> referrals.get(item).id().equals(id));
    return group < 0 ? Optional.empty() : Optional.of(referrals.get(ids.firstItem(group)));
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
    // Each client's referrals that count, grouped by life domain and pair in a small index reset per client (see
    // ByClient): tables sized to every referral of the network were most of its allocation.
    ByClient clients = byClient();
    int[] items = new int[clients.largest];
    int[] groupOf = new int[clients.largest];
    int[] sizes = new int[clients.largest];
    KeyIndex pairs = new KeyIndex(0) {
      @Override
      int hash(int item) {
        Referral r = referrals.get(items[item]);
        // Symmetric in the two agencies, as the pair is unordered.
        return 31 * r.domain().hashCode() + (r.from().hashCode() ^ r.to().hashCode());
      }

      @Override
      boolean sameKey(int a, int b) {
        Referral x = referrals.get(items[a]);
        Referral y = referrals.get(items[b]);
        return x.domain() == y.domain()
            && (x.from().equals(y.from()) && x.to().equals(y.to())
                || x.from().equals(y.to()) && x.to().equals(y.from()));
      }
    };
    List<Ordered<NetworkFinding.PingPong>> found = new ArrayList<>();
    for (int c = 0; c < clients.first.length; c++) {
      int k = 0;
      for (int i = clients.first[c]; i >= 0; i = clients.next[i]) {
        Referral r = referrals.get(i);
        if (r.wasSent() && r.status() != ReferralStatus.CANCELLED) {
          items[k++] = i;
        }
      }
      if (k <= minReturns) {
        continue;
      }
      pairs.reset(k);
      for (int pos = 0; pos < k; pos++) {
        int before = pairs.groups();
        int group = pairs.add(pos);
        sizes[group] = group == before ? 1 : sizes[group] + 1;
        groupOf[pos] = group;
      }
      // The referrals of the groups that are findings, gathered in a second pass only for those groups, and only
      // for a client that has one (a list per client was 12 B a case of the caseload check).
      int reported = 0;
      // Each group's size is read once, here, so its slot then holds the group's finding number (or -1) instead.
      int[] finding = sizes;
      for (int g = 0; g < pairs.groups(); g++) {
        finding[g] = sizes[g] - 1 >= minReturns ? reported++ : -1;
      }
      if (reported == 0) {
        continue;
      }
      List<List<Referral>> hops = new ArrayList<>(reported);
      for (int f = 0; f < reported; f++) {
        hops.add(new ArrayList<>());
      }
      for (int pos = 0; pos < k; pos++) {
        if (finding[groupOf[pos]] >= 0) {
          hops.get(finding[groupOf[pos]]).add(referrals.get(items[pos]));
        }
      }
      for (int g = 0; g < pairs.groups(); g++) {
        if (finding[g] < 0) {
          continue;
        }
        List<Referral> group = hops.get(finding[g]);
        PairKey key = PairKey.of(group.get(0));
        group.sort(SENT_ORDER);
        ImmutableList.Builder<ReferralId> ordered = ImmutableList.builderWithExpectedSize(group.size());
        group.forEach(r -> ordered.add(r.id()));
        found.add(new Ordered<>(items[pairs.firstItem(g)], new NetworkFinding.PingPong(key.client(), key.domain(),
            key.first(), key.second(), group.size() - 1, ordered.build())));
      }
    }
    return inOrder(found);
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
    // Every edge joins two nodes of one client, so each client's graph is built and walked on its own (see ByClient),
    // its nodes numbered in a small index reset per client and its answers by life domain in an array; each cycle is
    // then put where the walk over all nodes in the order of their first answers would have found it: at the first
    // answer of the node its walk started from.
    ByClient clients = byClient();
    int largest = clients.largest;
    int[] items = new int[largest];
    // Each answer's instant, read once: comparing through respondedAt() made two Optionals per comparison.
    Instant[] responded = new Instant[largest];
    int[] standing = new int[largest];
    int[] waitsFor = new int[largest];
    // The walk that first reached each node, numbered from 1; 0 for none yet.
    int[] reachedBy = new int[largest];
    int[] latestInDomain = new int[LifeDomain.values().length];
    KeyIndex nodes = new KeyIndex(0) {
      @Override
      int hash(int item) {
        Referral r = referrals.get(items[item]);
        return nodeHash(r.to(), r.domain());
      }

      @Override
      boolean sameKey(int a, int b) {
        Referral x = referrals.get(items[a]);
        Referral y = referrals.get(items[b]);
        return x.to().equals(y.to()) && x.domain() == y.domain();
      }
    };
    // The node sought for an edge, one matcher for the analysis: a lambda capturing the node per edge was allocated.
    final class Sought implements KeyIndex.Matcher {
      @Nullable AgencyId agency;
      @Nullable LifeDomain domain;

      @Override
      public boolean test(int item) {
        Referral x = referrals.get(items[item]);
        return x.to().equals(agency) && x.domain() == domain;
      }
    }
    Sought sought = new Sought();
    List<Ordered<NetworkFinding.PreconditionDeadlock>> found = new ArrayList<>();
    for (int c = 0; c < clients.first.length; c++) {
      int k = 0;
      boolean refused = false;
      for (int i = clients.first[c]; i >= 0; i = clients.next[i]) {
        Referral r = referrals.get(i);
        Instant answered = r.lastAnswerAt();
        if (answered != null) {
          items[k] = i;
          responded[k++] = answered;
          // Only a refusal can block: a client whose answers hold none has no edge.
          refused |= r.refusalOrNull() != null;
        }
      }
      if (!refused) {
        continue;
      }
      nodes.reset(k);
      Arrays.fill(latestInDomain, -1);
      for (int pos = 0; pos < k; pos++) {
        int before = nodes.groups();
        int node = nodes.add(pos);
        standing[node] = node == before ? pos : later(standing[node], pos, items, responded);
        int domain = referrals.get(items[pos]).domain().ordinal();
        latestInDomain[domain] = latestInDomain[domain] < 0 ? pos : later(latestInDomain[domain], pos, items,
            responded);
      }
      // The successor of each node, or -1: no standing precondition refusal, or a node nobody answered as.
      int count = nodes.groups();
      for (int g = 0; g < count; g++) {
        waitsFor[g] = -1;
        Referral r = referrals.get(items[standing[g]]);
        if (!(r.refusalOrNull() instanceof Refusal.PreconditionUnmet p)) {
          continue;
        }
        LifeDomain wanted = p.domain();
        Optional<AgencyId> expected = p.expectedAgency();
        AgencyId agency;
        if (expected.isPresent()) {
          agency = expected.get();
        } else if (latestInDomain[wanted.ordinal()] >= 0) {
          agency = referrals.get(items[latestInDomain[wanted.ordinal()]]).to();
        } else {
          continue;
        }
        sought.agency = agency;
        sought.domain = wanted;
        waitsFor[g] = nodes.find(nodeHash(agency, wanted), sought);
      }
      Arrays.fill(reachedBy, 0, count, 0);
      int walk = 0;
      for (int root = 0; root < count; root++) {
        if (waitsFor[root] < 0 || reachedBy[root] != 0) {
          continue;
        }
        walk++;
        int at = root;
        while (at >= 0 && reachedBy[at] == 0) {
          reachedBy[at] = walk;
          at = waitsFor[at];
        }
        if (at >= 0 && reachedBy[at] == walk) {
          List<Integer> cycle = cycleThrough(waitsFor, at, standing, items);
          ImmutableList<NetworkFinding.PreconditionDeadlock.Blocked> steps = cycle.stream()
              .map(g -> blocked(referrals.get(items[standing[g]])))
              .collect(ImmutableList.toImmutableList());
          found.add(new Ordered<>(items[nodes.firstItem(root)], new NetworkFinding.PreconditionDeadlock(
              referrals.get(items[standing[cycle.get(0)]]).client(), steps)));
        }
      }
    }
    return inOrder(found);
  }

  /** A finding of one client's analysis, with the index of the referral whose place it takes among all findings. */
  private record Ordered<F>(int at, F finding) {}

  /** {@return the findings of all clients, in the order of the referrals whose places they take} */
  private static <F> ImmutableList<F> inOrder(List<Ordered<F>> found) {
    found.sort(Comparator.comparingInt(Ordered::at));
    ImmutableList.Builder<F> out = ImmutableList.builderWithExpectedSize(found.size());
    found.forEach(f -> out.add(f.finding()));
    return out.build();
  }

  /** {@return the referrals grouped by client, made by the first analysis that needs them} */
  private ByClient byClient() {
    ByClient grouped = byClient;
    if (grouped == null) {
      // A benign race: two threads may both group, and either's result, published through final fields, will do.
      grouped = ByClient.of(referrals);
      byClient = grouped;
    }
    return grouped;
  }

  /**
   * The referrals of each client as a chain of indexes, the clients in the order of their last referral. Ping-pong and
   * deadlocks never join referrals of two clients, so they group each client's referrals in an index sized to them:
   * one table of n slots here instead of three, and the tables per client are reused, and small. Immutable once made.
   */
  private static final class ByClient {
    /** The first referral of each client. */
    final int[] first;
    /** The next referral of the same client, in the order given, or -1. */
    final int[] next;
    /** The most referrals of one client. */
    final int largest;

    private ByClient(int[] first, int[] next, int largest) {
      this.first = first;
      this.next = next;
      this.largest = largest;
    }

    static ByClient of(ImmutableList<Referral> referrals) {
      int n = referrals.size();
      KeyIndex clients = new KeyIndex(n) {
        @Override
        int hash(int item) {
          return referrals.get(item).client().hashCode();
        }

        @Override
        boolean sameKey(int a, int b) {
          return referrals.get(a).client().equals(referrals.get(b).client());
        }
      };
      // From the last referral to the first, so that each chain links forward and each group ends at its first.
      int[] next = new int[n];
      int group = -1;
      for (int i = n - 1; i >= 0; i--) {
        // A caseload lists its referrals case by case, so a client's usually follow each other: the neighbour's
        // group is taken without probing the table (a cache miss per referral in a table of n slots; the first
        // ping-pong call with this grouping, 100,000 cases: about 0.6 → 0.5 µs a case, at load 4–5).
        if (group < 0 || !referrals.get(i).client().equals(referrals.get(i + 1).client())) {
          int before = clients.groups();
          group = clients.add(i);
          next[i] = group == before ? -1 : clients.firstItem(group);
        } else {
          next[i] = i + 1;
        }
        clients.represent(group, i);
      }
      int[] first = new int[clients.groups()];
      int largest = 0;
      for (int g = 0; g < first.length; g++) {
        first[g] = clients.firstItem(g);
        int size = 0;
        for (int i = first[g]; i >= 0; i = next[i]) {
          size++;
        }
        largest = Math.max(largest, size);
      }
      return new ByClient(first, next, largest);
    }
  }

  private static int nodeHash(AgencyId agency, LifeDomain domain) {
    return 31 * agency.hashCode() + domain.hashCode();
  }

  /**
   * Keeps the index of the later answer (by the instants of the answers); equal instants are broken by the greater
   * referral id, so the result is total.
   */
  private int later(int a, int b, int[] items, Instant[] responded) {
    int byTime = responded[a].compareTo(responded[b]);
    if (byTime != 0) {
      return byTime > 0 ? a : b;
    }
    return referrals.get(items[a]).id().compareTo(referrals.get(items[b]).id()) >= 0 ? a : b;
  }

  private static NetworkFinding.PreconditionDeadlock.Blocked blocked(Referral standing) {
    Refusal.PreconditionUnmet p = (Refusal.PreconditionUnmet) standing.refusal()
        .orElseThrow(() -> new AssertionError("bug: a blocked node without its refusal"));
    return new NetworkFinding.PreconditionDeadlock.Blocked(standing.to(), standing.domain(), standing.id(),
        p.domain());
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

  /**
   * The cycle through a node that lies on one, in waiting order, starting at the cycle's least node (by agency id,
   * then life domain, of its standing answer). O(length of the cycle).
   */
  private List<Integer> cycleThrough(int[] waitsFor, int onCycle, int[] standing, int[] items) {
    List<Integer> cycle = new ArrayList<>();
    int least = 0;
    int at = onCycle;
    do {
      if (!cycle.isEmpty() && NODE_ORDER.compare(referrals.get(items[standing[at]]),
          referrals.get(items[standing[cycle.get(least)]])) < 0) {
        least = cycle.size();
      }
      cycle.add(at);
      at = waitsFor[at];
      if (at < 0) {
        throw new AssertionError("bug: a walk left the cycle it ran into");
      }
    } while (at != onCycle);
    Collections.rotate(cycle, -least);
    return cycle;
  }

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
