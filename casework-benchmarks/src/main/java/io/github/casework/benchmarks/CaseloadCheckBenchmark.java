package io.github.casework.benchmarks;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.Need;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.referral.Referral;
import java.time.Instant;
import java.util.List;
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
 * Benchmark 4: the caseload check over n cases with three referrals each, against a plain linear scan of the same
 * snapshot (counting open needs and overdue referrals, no analysis). Scaling: time(10n)/time(n) must stay under
 * 12; target: 100,000 cases in under 2 s on one core.
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

  /** The baseline: one pass over cases and referrals, counting what a report would count. */
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

  /** casework: the full check. */
  @Benchmark
  public List<Finding> caseworkCheck() {
    return check.run(caseload, at);
  }
}
