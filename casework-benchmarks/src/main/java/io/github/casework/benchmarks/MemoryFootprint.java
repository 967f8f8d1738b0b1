package io.github.casework.benchmarks;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Benchmark 7: retained bytes per typical case (the state after its 50-event history), measured with JOL over
 * 1,000 cases so that shared constants (enum values, interned strings) are amortised, against the plain mutable
 * POJO holding the same information. Run: {@code java -cp casework-benchmarks/target/benchmarks.jar
 * io.github.casework.benchmarks.MemoryFootprint}.
 */
public final class MemoryFootprint {
  private MemoryFootprint() {}

  /**
   * Prints bytes per case for casework and the baseline, and their ratio.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // JOL cannot read record field offsets through Unsafe; this switches it to its other method.
    System.setProperty("jol.magicFieldOffset", "true");
    int n = 1000;
    List<Case> cases = new ArrayList<>(n);
    List<PlainCase> plain = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<CaseEvent> history = TypicalCase.history50("case-" + i);
      cases.add(Case.replay(history));
      PlainCase p = new PlainCase();
      history.forEach(p::apply);
      plain.add(p);
    }
    double casework = GraphLayout.parseInstance(cases.toArray()).totalSize() / (double) n;
    double baseline = GraphLayout.parseInstance(plain.toArray()).totalSize() / (double) n;
    System.out.printf("memory per typical case (8 needs, 50-event history applied):%n");
    System.out.printf("  baseline plain POJO : %8.0f bytes%n", baseline);
    System.out.printf("  casework Case       : %8.0f bytes%n", casework);
    System.out.printf("  ratio               : %8.2f%n", casework / baseline);
  }
}
