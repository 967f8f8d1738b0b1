package io.github.casework.benchmarks;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.Need;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Professional;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Benchmark 4: the caseload check over n cases with three referrals each, against two baselines over the same
 * snapshot: a plain linear scan (counting open needs and overdue referrals, no analysis: the lower bound of any
 * check), and the fair one, {@link #baselineHandWrittenRules}, which does by hand with hash maps and records what a
 * team would write instead of the library for its three commonest findings on this caseload (overdue answers,
 * ping-pong, needs held by someone without a role) and sorts the findings. Scaling: time(10n)/time(n) must stay
 * under 11.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CaseloadCheckBenchmark {
  /** Number of cases. */
  @Param({"10000", "100000", "1000000"})
  public int cases;

  private Caseload caseload;
  private Instant at;
  private final CaseloadCheck check = CaseloadCheck.of(ServiceNorms.dutchDefaults());

  /** Builds the snapshot once per parameter. */
  @Setup
  public void setUp() {
    caseload = SyntheticCaseload.of(cases, 42);
    at = SyntheticCaseload.at();
  }

  /** The lower bound (the baseline of the first rounds): one pass over cases and referrals, counting. */
  @Benchmark
  public long baselinePlainScan() {
    long count = 0;
    for (Case c : caseload.cases()) {
      for (Need n : c.needs()) {
        if (n.isOpen()) {
          count++;
        }
      }
    }
    for (Referral r : caseload.referrals()) {
      if (r.responseDue().isPresent() && r.respondedAt().isEmpty() && r.responseDue().get().isBefore(at)) {
        count++;
      }
    }
    return count;
  }

  /** A hand-written finding: what a team's own script would collect, with its sentence made at once. */
  record PlainFinding(int severity, String code, String subject, String text) {}

  private record PairKey(String client, String domain, String first, String second) {}

  /**
   * The fair baseline: overdue answers, ping-pong (the same client and domain between one pair of agencies three
   * times or more) and needs whose accountable professional holds no role, written as a team would without the
   * library (records as keys of hash maps, a sentence per finding, one sort), none of the library's other rules.
   */
  @Benchmark
  public List<PlainFinding> baselineHandWrittenRules() {
    List<PlainFinding> out = new ArrayList<>();
    ZoneId zone = ZoneId.of("Europe/Amsterdam");
    Map<String, String> roster = new HashMap<>();
    for (Professional p : caseload.professionals()) {
      roster.put(p.id().value(), p.agency().value());
    }
    for (Case c : caseload.cases()) {
      for (Need n : c.needs()) {
        if (n.isOpen() && !roster.containsKey(n.accountable().value())) {
          out.add(new PlainFinding(3, "need.orphaned", c.id().value() + "/" + n.id().value(),
              "Need " + n.id().value() + " of case " + c.id().value() + " is held by " + n.accountable().value()
                  + ", who holds no role."));
        }
      }
    }
    Map<PairKey, List<Referral>> pairs = new HashMap<>();
    for (Referral r : caseload.referrals()) {
      if (r.status() == ReferralStatus.SENT || r.status() == ReferralStatus.RECEIVED) {
        Instant due = r.responseDue().orElseThrow();
        if (due.isBefore(at)) {
          out.add(new PlainFinding(1, "referral.overdue", r.id().value(), "Referral " + r.id().value() + " to "
              + r.to().value() + " has no answer since " + due.atZone(zone).toLocalDate() + "."));
        }
      }
      if (r.sentAt().isPresent() && r.status() != ReferralStatus.CANCELLED) {
        String from = r.from().value();
        String to = r.to().value();
        boolean ordered = from.compareTo(to) <= 0;
        pairs.computeIfAbsent(new PairKey(r.client().value(), r.domain().code(), ordered ? from : to,
            ordered ? to : from), k -> new ArrayList<>()).add(r);
      }
    }
    for (Map.Entry<PairKey, List<Referral>> e : pairs.entrySet()) {
      if (e.getValue().size() >= 3) {
        out.add(new PlainFinding(2, "referral.ping-pong", e.getKey().client(), "Client " + e.getKey().client()
            + " went " + e.getValue().size() + " times between " + e.getKey().first() + " and "
            + e.getKey().second() + "."));
      }
    }
    out.sort(Comparator.comparingInt(PlainFinding::severity).reversed().thenComparing(PlainFinding::code)
        .thenComparing(PlainFinding::subject));
    return out;
  }

  /** casework: the full check. */
  @Benchmark
  public List<Finding> caseworkCheck() {
    return check.run(caseload, at);
  }
}
