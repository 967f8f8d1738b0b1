package io.github.casework.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The regression check's arithmetic on fixed JMH results: no benchmark runs here. */
class RatioCheckTest {
  private static final String HEADER = "section\tname\ta\tb\tmetric\tratio\terror\tbetter";
  private static final String ROW = "6\tsim.cost\tSimulationBenchmark.baselineQueueCore\t"
      + "SimulationBenchmark.caseworkDistrictYear\t:events\t10\t0.2\tlower";

  /** A JMH result of the two simulation benchmarks with these event rates and errors. */
  private static JsonNode run(double queue, double queueError, double district, double districtError)
      throws IOException {
    String json = "[" + result("baselineQueueCore", queue, queueError) + ","
        + result("caseworkDistrictYear", district, districtError) + "]";
    return new ObjectMapper().readTree(json);
  }

  private static String result(String method, double events, double error) {
    return "{\"benchmark\":\"io.github.casework.benchmarks.SimulationBenchmark." + method + "\","
        + "\"primaryMetric\":{\"score\":1.0,\"scoreError\":0.1},"
        + "\"secondaryMetrics\":{\":events\":{\"score\":" + events + ",\"scoreError\":" + error + "}}}";
  }

  private static RatioCheck.Verdict verdict(JsonNode results) {
    RatioCheck.Row row = RatioCheck.readTable(List.of("# comment", HEADER, ROW)).get(0);
    return RatioCheck.compare(row, results).orElseThrow();
  }

  @Test
  void aRatioWithinTheCombinedErrorHasNotMoved() throws IOException {
    // 11× against 10× ± 20%, both rates ± 5%: a 10% change inside sqrt(0.2² + 0.05² + 0.05²) = 21%.
    RatioCheck.Verdict v = verdict(run(1_100_000, 55_000, 100_000, 5_000));
    assertThat(v.measured()).isCloseTo(11, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.change()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.combined()).isCloseTo(Math.sqrt(0.04 + 0.0025 + 0.0025),
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.moved()).isFalse();
    assertThat(v.worse()).isFalse();
  }

  @Test
  void aCostRatioThatGrewBeyondItsErrorIsWorseAndOneThatShrankIsBetter() throws IOException {
    RatioCheck.Verdict worse = verdict(run(1_500_000, 0, 100_000, 0));
    assertThat(worse.moved()).isTrue();
    assertThat(worse.worse()).isTrue();
    assertThat(worse.line()).startsWith("WORSE");
    RatioCheck.Verdict better = verdict(run(500_000, 0, 100_000, 0));
    assertThat(better.moved()).isTrue();
    assertThat(better.worse()).isFalse();
    assertThat(better.line()).startsWith("better");
  }

  @Test
  void wideRunErrorsWidenWhatCountsAsAMove() throws IOException {
    // The same 50% growth, but each rate ± 40%: inside sqrt(0.2² + 0.4² + 0.4²) = 60%.
    RatioCheck.Verdict v = verdict(run(1_500_000, 600_000, 100_000, 40_000));
    assertThat(v.moved()).isFalse();
  }

  @Test
  void theExitStatusIsOneForAWorseRatioAndTwoForAMissingBenchmark(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path table = Files.writeString(dir.resolve("t.tsv"), HEADER + "\n" + ROW + "\n");
    Path worse = Files.writeString(dir.resolve("worse.json"), new ObjectMapper().writeValueAsString(
        run(1_500_000, 0, 100_000, 0)));
    Path same = Files.writeString(dir.resolve("same.json"), new ObjectMapper().writeValueAsString(
        run(1_000_000, 0, 100_000, 0)));
    Path missing = Files.writeString(dir.resolve("missing.json"), "[" + result("baselineQueueCore", 1, 0) + "]");
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
    assertThat(RatioCheck.run(new String[] {"compare", table.toString(), worse.toString()}, out)).isEqualTo(1);
    assertThat(RatioCheck.run(new String[] {"compare", table.toString(), same.toString(), "sim"}, out)).isZero();
    assertThat(RatioCheck.run(new String[] {"compare", table.toString(), missing.toString()}, out)).isEqualTo(2);
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("WORSE", "same", "MISSING sim.cost");
    assertThatThrownBy(() -> RatioCheck.run(new String[] {"compare", table.toString(), same.toString(), "json"},
        out)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no row");
  }

  @Test
  void thePlanRunsOnlyTheBenchmarksTheRowsNeedWithTheirProfilers() {
    List<RatioCheck.Row> rows = RatioCheck.readTable(List.of(HEADER, ROW,
        "4\tcheck.alloc\tCaseloadCheckBenchmark.check@cases=100000\tCaseloadCheckBenchmark.plainScan@cases=100000"
            + "\tgc.alloc.rate.norm\t5\t0.1\tlower"));
    assertThat(rows.get(1).a().params()).containsEntry("cases", "100000");
    assertThat(RatioCheck.plan(rows)).containsExactly(
        "^(\\Qio.github.casework.benchmarks.CaseloadCheckBenchmark.check\\E"
            + "|\\Qio.github.casework.benchmarks.CaseloadCheckBenchmark.plainScan\\E"
            + "|\\Qio.github.casework.benchmarks.SimulationBenchmark.baselineQueueCore\\E"
            + "|\\Qio.github.casework.benchmarks.SimulationBenchmark.caseworkDistrictYear\\E)$",
        "-prof", "gc");
  }

  @Test
  void aMalformedTableIsRejectedNamingTheLine() {
    assertThatThrownBy(() -> RatioCheck.readTable(List.of("section\tname")))
        .hasMessageContaining("line 1").hasMessageContaining("header");
    assertThatThrownBy(() -> RatioCheck.readTable(List.of(HEADER, "6\tx\ta\tb\tscore\t-1\t0\tlower")))
        .hasMessageContaining("line 2").hasMessageContaining("positive");
    assertThatThrownBy(() -> RatioCheck.readTable(List.of(HEADER, "6\tx\ta\tb\tscore\t1\t0\tsideways")))
        .hasMessageContaining("line 2");
  }

  @Test
  void theCommittedTableReadsAndEveryRowNamesABenchmarkOfThisModule() throws ClassNotFoundException, IOException {
    Path table = Path.of(System.getProperty("basedir", ".")).resolve("../BENCHMARKS.tsv");
    List<RatioCheck.Row> rows = RatioCheck.readTable(Files.readAllLines(table, StandardCharsets.UTF_8));
    assertThat(rows).isNotEmpty();
    for (RatioCheck.Row r : rows) {
      for (RatioCheck.Spec s : List.of(r.a(), r.b())) {
        Class<?> c = Class.forName("io.github.casework.benchmarks." + s.className());
        String method = s.name().substring(s.name().lastIndexOf('.') + 1);
        assertThat(c.getMethods()).as(s.name()).anyMatch(m -> m.getName().equals(method));
      }
    }
  }
}
