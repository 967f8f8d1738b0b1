package io.github.casework.benchmarks;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares the ratios of a short JMH run with the committed reference ratios of {@code BENCHMARKS.tsv}, so that a
 * regression shows without a timed test ({@code scripts/benchmarks.sh --check}). Each row of the table names two
 * benchmarks of one run, a metric, the committed ratio {@code metric(a) / metric(b)}, its relative error and
 * whether a lower or a higher ratio is better. A measured ratio has moved when it differs from the reference by
 * more than the combined relative error: the reference's and the run's (the JMH errors of both benchmarks, added
 * in quadrature); it got worse when it moved the wrong way.
 *
 * <p>Usage: {@code RatioCheck plan TABLE [REGEX]} prints the JMH arguments that run the benchmarks the rows
 * matching {@code REGEX} need (one per line); {@code RatioCheck compare TABLE RESULT.json [REGEX]} prints one line
 * per row and exits 1 if a ratio got worse beyond its error, 2 if a row's benchmark is missing from the result or
 * the table is malformed, 0 otherwise. Immutable and thread-safe.
 */
public final class RatioCheck {
  private static final String PACKAGE = "io.github.casework.benchmarks.";
  private static final Pattern TAB = Pattern.compile("\t");

  /** Whether a lower or a higher ratio is the better one. */
  enum Better {
    LOWER, HIGHER
  }

  /**
   * One benchmark of a row: the class and method, and the parameter values it must have (empty for none).
   *
   * @param name {@code Class.method}, without the package
   * @param params the JMH parameters the result must carry
   */
  record Spec(String name, ImmutableMap<String, String> params) {
    static Spec parse(String text) {
      int at = text.indexOf('@');
      if (at < 0) {
        return new Spec(text, ImmutableMap.of());
      }
      ImmutableMap.Builder<String, String> params = ImmutableMap.builder();
      for (String pair : text.substring(at + 1).split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("a parameter is written name=value");
        }
        params.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
      return new Spec(text.substring(0, at), params.buildOrThrow());
    }

    String className() {
      int dot = name.lastIndexOf('.');
      return dot < 0 ? name : name.substring(0, dot);
    }

    boolean matches(JsonNode result) {
      if (!result.path("benchmark").asText().equals(PACKAGE + name)) {
        return false;
      }
      for (Map.Entry<String, String> p : params.entrySet()) {
        if (!result.path("params").path(p.getKey()).asText().equals(p.getValue())) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * One committed reference ratio.
   *
   * @param section the BENCHMARKS.md section it comes from
   * @param name a short unique name
   * @param a the numerator's benchmark
   * @param b the denominator's benchmark
   * @param metric {@code score} or the name of a secondary metric (an {@code @AuxCounters} field as
   *     {@code :events}, a profiler's as {@code gc.alloc.rate.norm} or {@code cpu.worker})
   * @param ratio the committed ratio {@code metric(a) / metric(b)}, positive
   * @param error its relative error, at least 0
   * @param better whether a lower or higher ratio is better
   */
  record Row(String section, String name, Spec a, Spec b, String metric, double ratio, double error,
      Better better) {
    Row {
      requireNonNull(name, "name");
      if (!(ratio > 0) || !(error >= 0)) {
        throw new IllegalArgumentException("row " + name + ": the ratio must be positive and the error at least 0");
      }
    }

    boolean selectedBy(Pattern regex) {
      return regex.matcher(section + " " + name + " " + a.name() + " " + b.name()).find();
    }
  }

  /**
   * A measured value with its JMH error (the half-width of the 99.9% interval; 0 when JMH gives none).
   *
   * @param score the value
   * @param error its error
   */
  record Measured(double score, double error) {}

  /**
   * What a row's comparison found.
   *
   * @param row the row
   * @param measured the measured ratio
   * @param measuredError its relative error
   * @param change the relative change against the reference, {@code measured / reference - 1}
   * @param combined the combined relative error
   */
  record Verdict(Row row, double measured, double measuredError, double change, double combined) {
    boolean moved() {
      return Math.abs(change) > combined;
    }

    boolean worse() {
      return moved() && (row.better() == Better.LOWER ? change > 0 : change < 0);
    }

    String line() {
      String state = !moved() ? "same" : worse() ? "WORSE" : "better";
      return String.format(Locale.ROOT, "%-6s %-32s reference %10.3f ±%3.0f%%  measured %10.3f ±%3.0f%%  change %+6.1f%%"
          + " (allowed ±%.0f%%)", state, row.name(), row.ratio(), 100 * row.error(), measured,
          100 * measuredError, 100 * change, 100 * combined);
    }
  }

  private RatioCheck() {}

  /**
   * Reads the reference table: tab-separated, a {@code #} starts a comment line, the first other line is the
   * header {@code section name a b metric ratio error better}.
   */
  static ImmutableList<Row> readTable(List<String> lines) {
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    boolean header = true;
    int number = 0;
    for (String line : lines) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = TAB.split(line, -1);
      if (header) {
        if (!String.join(" ", f).equals("section name a b metric ratio error better")) {
          throw new IllegalArgumentException("line " + number + ": the header must be: section name a b metric ratio"
              + " error better (tab-separated)");
        }
        header = false;
        continue;
      }
      if (f.length != 8) {
        throw new IllegalArgumentException("line " + number + ": a row has 8 tab-separated fields");
      }
      try {
        rows.add(new Row(f[0], f[1], Spec.parse(f[2]), Spec.parse(f[3]), f[4], Double.parseDouble(f[5]),
            Double.parseDouble(f[6]), Better.valueOf(f[7].toUpperCase(Locale.ROOT))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
      }
    }
    return rows.build();
  }

  /** {@return the JMH include regex and profilers that produce the metrics of these rows} */
  static ImmutableList<String> plan(List<Row> rows) {
    ImmutableSortedSet.Builder<String> names = ImmutableSortedSet.naturalOrder();
    ImmutableSortedSet.Builder<String> profilers = ImmutableSortedSet.naturalOrder();
    for (Row r : rows) {
      names.add(Pattern.quote(PACKAGE + r.a().name()), Pattern.quote(PACKAGE + r.b().name()));
      if (r.metric().startsWith("gc.")) {
        profilers.add("gc");
      } else if (r.metric().startsWith("cpu.")) {
        profilers.add(CpuTimeProfiler.class.getName());
      }
    }
    List<String> args = new ArrayList<>();
    args.add("^(" + String.join("|", names.build()) + ")$");
    for (String p : profilers.build()) {
      args.add("-prof");
      args.add(p);
    }
    return ImmutableList.copyOf(args);
  }

  /** {@return a row's metric of one benchmark in a JMH JSON result, if the result holds it} */
  static Optional<Measured> find(JsonNode results, Spec spec, String metric) {
    for (JsonNode r : results) {
      if (!spec.matches(r)) {
        continue;
      }
      JsonNode m = metric.equals("score") ? r.path("primaryMetric") : secondary(r.path("secondaryMetrics"), metric);
      if (m == null || !m.has("score")) {
        return Optional.empty();
      }
      double error = m.path("scoreError").asDouble(0);
      return Optional.of(new Measured(m.path("score").asDouble(), Double.isFinite(error) ? error : 0));
    }
    return Optional.empty();
  }

  /** JMH names a profiler's metrics with a leading middle dot, an aux counter with a colon; either may be omitted. */
  private static JsonNode secondary(JsonNode metrics, String metric) {
    for (Iterator<String> it = metrics.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      String bare = key.startsWith("\u00b7") ? key.substring(1) : key;
      if (key.equals(metric) || bare.equals(metric) || bare.equals(":" + metric) || (":" + bare).equals(metric)) {
        return metrics.get(key);
      }
    }
    return null;
  }

  /** {@return the verdict of one row on a run, empty if the run lacks one of its benchmarks} */
  static Optional<Verdict> compare(Row row, JsonNode results) {
    Optional<Measured> a = find(results, row.a(), row.metric());
    Optional<Measured> b = find(results, row.b(), row.metric());
    if (a.isEmpty() || b.isEmpty() || !(a.get().score() > 0) || !(b.get().score() > 0)) {
      return Optional.empty();
    }
    double measured = a.get().score() / b.get().score();
    double ea = a.get().error() / a.get().score();
    double eb = b.get().error() / b.get().score();
    double measuredError = Math.sqrt(ea * ea + eb * eb);
    double combined = Math.sqrt(measuredError * measuredError + row.error() * row.error());
    return Optional.of(new Verdict(row, measured, measuredError, measured / row.ratio() - 1, combined));
  }

  /**
   * Compares a run with the table and prints one line per selected row.
   *
   * @return 1 if a ratio got worse beyond its error, 2 if a benchmark is missing, 0 otherwise
   */
  static int compare(List<Row> rows, JsonNode results, PrintStream out) {
    int status = 0;
    for (Row row : rows) {
      Optional<Verdict> v = compare(row, results);
      if (v.isEmpty()) {
        out.println("MISSING " + row.name() + ": the run has no " + row.metric() + " for " + row.a().name() + " or "
            + row.b().name());
        status = 2;
        continue;
      }
      out.println(v.get().line());
      if (v.get().worse() && status == 0) {
        status = 1;
      }
    }
    return status;
  }

  /**
   * Runs {@code plan} or {@code compare}.
   *
   * @param args {@code plan TABLE [REGEX]} or {@code compare TABLE RESULT.json [REGEX]}
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    int status;
    try {
      status = run(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("benchmarks --check: " + e.getMessage());
      status = 2;
    }
    System.exit(status);
  }

  static int run(String[] args, PrintStream out) throws IOException {
    if (args.length >= 2 && args[0].equals("plan")) {
      List<Row> rows = select(args[1], args.length > 2 ? args[2] : "");
      plan(rows).forEach(out::println);
      return 0;
    }
    if (args.length >= 3 && args[0].equals("compare")) {
      List<Row> rows = select(args[1], args.length > 3 ? args[3] : "");
      JsonNode results = new ObjectMapper().readTree(Path.of(args[2]).toFile());
      return compare(rows, results, out);
    }
    throw new IllegalArgumentException("usage: RatioCheck plan TABLE [REGEX] | compare TABLE RESULT.json [REGEX]");
  }

  private static List<Row> select(String table, String regex) throws IOException {
    Pattern p = Pattern.compile(regex);
    List<Row> rows = readTable(Files.readAllLines(Path.of(table), StandardCharsets.UTF_8)).stream()
        .filter(r -> r.selectedBy(p)).toList();
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no row of " + table + " matches the regex given");
    }
    return rows;
  }
}
