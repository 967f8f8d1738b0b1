package io.github.casework.benchmarks;

import io.github.casework.LifeDomain;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.Match;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.ServiceMatcher;
import io.github.casework.directory.Verdict;
import io.github.casework.signal.Area;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * The gap-finding benchmark (issue 20): gap finding over a directory of 2,000 services for n open needs, against a
 * plain loop over every service that judges its rule by walking the rule's tree, stopping at the first service with
 * room (as the matcher does). casework: the {@link ServiceMatcher}, built once per directory (rules compiled, services
 * indexed by domain and area), judging each need and adding the details (the exclusions, the full services) for
 * every gap. Goal: at most 5 µs per need on one core; linear in needs (two sizes).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GapFindingBenchmark {
  /** Number of open needs. */
  @Param({"10000", "100000"})
  public int needs;

  /** Number of services in the directory. */
  @Param({"2000"})
  public int services;

  private ServiceDirectory directory;
  private ServiceMatcher matcher;
  private SyntheticDirectory.OpenNeed[] open;
  private List<ServiceListing> listings;
  private Set<LifeDomain>[] domainsOf;

  /** Builds the directory, the matcher and the needs once per parameter. */
  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    directory = SyntheticDirectory.directory(services, 20);
    matcher = ServiceMatcher.of(directory);
    open = SyntheticDirectory.needs(needs, 21);
    listings = directory.listings();
    domainsOf = new Set[listings.size()];
    for (int i = 0; i < listings.size(); i++) {
      domainsOf[i] = EnumSet.copyOf(directory.serviceOf(listings.get(i)).domains());
    }
  }

  /** The baseline: for each need, every service in turn, its rule judged by a walk over the tree. */
  @Benchmark
  public long baselinePlainLoop() {
    long gaps = 0;
    for (SyntheticDirectory.OpenNeed n : open) {
      boolean eligible = false;
      boolean room = false;
      for (int i = 0; i < listings.size() && !room; i++) {
        ServiceListing l = listings.get(i);
        if (!domainsOf[i].contains(n.domain())) {
          continue;
        }
        Optional<Area> area = n.profile().area();
        if (!l.areas().isEmpty() && area.isPresent() && !l.areas().contains(area.get())) {
          continue;
        }
        if (walk(l.eligibility(), n.profile()) != 0) {
          eligible = true;
          room = l.hasRoom();
        }
      }
      if (!room) {
        gaps += eligible ? 1 : 1_000_000;
      }
    }
    return gaps;
  }

  /** casework: the matcher's verdict per need, and the details of every gap. */
  @Benchmark
  public long caseworkGapFinding() {
    long gaps = 0;
    for (SyntheticDirectory.OpenNeed n : open) {
      Verdict v = matcher.verdict(n.domain(), n.profile());
      if (v != Verdict.AVAILABLE) {
        Match m = matcher.match(n.domain(), n.profile());
        gaps += m instanceof Match.CapacityGap ? 1 : 1_000_000;
      }
    }
    return gaps;
  }

  /** The three-valued value of a rule (0 no, 1 yes, 2 unknown), walking the tree as plain code would. */
  static int walk(Eligibility e, ClientProfile p) {
    if (e instanceof Eligibility.All a) {
      int result = 1;
      for (Eligibility part : a.parts()) {
        int v = walk(part, p);
        if (v == 0) {
          return 0;
        }
        result = v == 2 ? 2 : result;
      }
      return result;
    }
    if (e instanceof Eligibility.Any a) {
      int result = 0;
      for (Eligibility part : a.parts()) {
        int v = walk(part, p);
        if (v == 1) {
          return 1;
        }
        result = v == 2 ? 2 : result;
      }
      return result;
    }
    if (e instanceof Eligibility.Not n) {
      int v = walk(n.rule(), p);
      return v == 2 ? 2 : 1 - v;
    }
    if (e instanceof Eligibility.AgeBetween a) {
      return p.age().isEmpty() ? 2 : p.age().getAsInt() >= a.min() && p.age().getAsInt() <= a.max() ? 1 : 0;
    }
    if (e instanceof Eligibility.HouseholdIn h) {
      return p.household().map(s -> h.situations().contains(s) ? 1 : 0).orElse(2);
    }
    if (e instanceof Eligibility.IncomeIn i) {
      return p.income().map(b -> i.bands().contains(b) ? 1 : 0).orElse(2);
    }
    if (e instanceof Eligibility.AreaIn a) {
      return p.area().map(x -> a.areas().contains(x) ? 1 : 0).orElse(2);
    }
    if (e instanceof Eligibility.Has h) {
      Optional<Boolean> v;
      switch (h.fact()) {
        case PREGNANCY:
          v = p.pregnant();
          break;
        case REGISTERED_ADDRESS:
          v = p.registeredAddress();
          break;
        case INSURANCE:
          v = p.insured();
          break;
        case EMPLOYMENT:
          v = p.employed();
          break;
        case ADDICTION:
          v = p.addiction();
          break;
        default:
          v = p.psychiatricCondition();
      }
      return v.map(b -> b ? 1 : 0).orElse(2);
    }
    return e == Eligibility.everyone() ? 1 : 0;
  }
}
