package io.github.casework.benchmarks;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 1: replaying a 50-event case history through {@link Case#replay} (every rule checked, immutable
 * states) against {@link PlainCase} applying the same events with no checks. Target: at most 2× the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventApplicationBenchmark {
  private List<CaseEvent> history;

  /** Builds the history once. */
  @Setup
  public void setUp() {
    history = TypicalCase.history50("case-bench");
  }

  /** The baseline: a mutable POJO, no checks. */
  @Benchmark
  public PlainCase baselinePlainPojo() {
    PlainCase c = new PlainCase();
    for (CaseEvent e : history) {
      c.apply(e);
    }
    return c;
  }

  /** casework: replay through evolve. */
  @Benchmark
  public Case caseworkReplay() {
    return Case.replay(history);
  }
}
