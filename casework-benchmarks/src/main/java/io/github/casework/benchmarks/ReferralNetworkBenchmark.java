package io.github.casework.benchmarks;

import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.referral.NetworkFinding;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralNetwork;
import io.github.casework.referral.ReferralStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 5: deadlock and ping-pong detection over many referrals, against a plain grouping of the referrals
 * by client and life domain in a hash map (the least any analysis per need must do; the baseline of the first
 * rounds) and a hand-written ping-pong detection (records as hash-map keys, a list per group: what a team would
 * write instead for the simpler of the two analyses). Scaling as benchmark 4.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReferralNetworkBenchmark {
  /** Number of referrals (three per case). */
  @Param({"100000", "1000000"})
  public int referrals;

  private List<Referral> all;

  /** Builds the referrals once per parameter. */
  @Setup
  public void setUp() {
    all = SyntheticCaseload.of(referrals / 3, 7).referrals();
  }

  private record Key(ClientId client, LifeDomain domain) {}

  /** The baseline: group by client and domain and count. */
  @Benchmark
  public int baselineGroupBy() {
    Map<Key, Integer> counts = new HashMap<>();
    for (Referral r : all) {
      counts.merge(new Key(r.client(), r.domain()), 1, Integer::sum);
    }
    return counts.size();
  }

  private record PairKey(ClientId client, LifeDomain domain, AgencyId first, AgencyId second) {}

  /** The hand-written ping-pong: sent referrals grouped by client, domain and unordered pair; three or more count. */
  @Benchmark
  public int baselineHandWrittenPingPong() {
    Map<PairKey, List<Referral>> groups = new HashMap<>();
    for (Referral r : all) {
      if (r.sentAt().isEmpty() || r.status() == ReferralStatus.CANCELLED) {
        continue;
      }
      boolean ordered = r.from().compareTo(r.to()) <= 0;
      groups.computeIfAbsent(new PairKey(r.client(), r.domain(), ordered ? r.from() : r.to(),
          ordered ? r.to() : r.from()), k -> new ArrayList<>()).add(r);
    }
    int found = 0;
    for (List<Referral> g : groups.values()) {
      if (g.size() >= 3) {
        found++;
      }
    }
    return found;
  }

  /** casework: deadlocks and ping-pong. */
  @Benchmark
  public int caseworkDeadlocksAndPingPong() {
    ReferralNetwork network = ReferralNetwork.of(all);
    List<NetworkFinding.PreconditionDeadlock> deadlocks = network.deadlocks();
    return deadlocks.size() + network.pingPongs().size();
  }
}
