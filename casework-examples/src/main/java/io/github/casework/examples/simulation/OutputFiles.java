package io.github.casework.examples.simulation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes a {@link SimulationResult} as CSV, JSON and PNG files with fixed, locale-free formats. */
final class OutputFiles {
  static final String CONFIG = "config.json";
  static final String SUMMARY_CSV = "summary.csv";
  static final String SUMMARY_JSON = "summary.json";
  static final String WEEKLY_CSV = "weekly.csv";
  static final String CHART = "policies.png";
  static final String SWEEP_CSV = "sweep.csv";
  static final String SWEEP_CHART = "sweep.png";
  private static final String DIFFERENCE = "difference";

  private OutputFiles() {}

  static void write(SimulationResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(CONFIG), result.config().toJson(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(SUMMARY_CSV), summaryCsv(result), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(SUMMARY_JSON), summaryJson(result), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(WEEKLY_CSV), weeklyCsv(result), StandardCharsets.UTF_8);
    Files.write(dir.resolve(CHART), PolicyChart.png(result));
  }

  static void writeSweep(Sweep.Result result, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(CONFIG), result.base().toJson(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(SWEEP_CSV), sweepCsv(result), StandardCharsets.UTF_8);
    Files.write(dir.resolve(SWEEP_CHART), PolicyChart.sweepPng(result));
  }

  /** Tidy: one row per grid point, policy (or the paired difference) and measure. */
  static String sweepCsv(Sweep.Result result) {
    StringBuilder b = new StringBuilder(
        "parameter,value,policy,metric,n,mean,sd,ci95_half_width,ci95_low,ci95_high\n");
    for (int i = 0; i < result.points().size(); i++) {
      SimulationResult point = result.points().get(i);
      String prefix = result.sweep().key() + "," + number(result.sweep().values().get(i)) + ",";
      for (Policy p : Policy.values()) {
        for (String metric : Metrics.NAMES) {
          tidyRow(b, prefix + p.code() + "," + metric, point.estimate(p, metric));
        }
      }
      for (String metric : Metrics.NAMES) {
        tidyRow(b, prefix + DIFFERENCE + "," + metric, point.difference(metric));
      }
    }
    return b.toString();
  }

  private static void tidyRow(StringBuilder b, String keys, Estimate e) {
    b.append(keys).append(',').append(e.n()).append(',').append(number(e.mean())).append(',')
        .append(number(e.standardDeviation())).append(',').append(number(e.halfWidth())).append(',')
        .append(number(e.lower())).append(',').append(number(e.upper())).append('\n');
  }

  static String summaryCsv(SimulationResult result) {
    StringBuilder b = new StringBuilder("metric,policy,n,mean,sd,ci95_half_width,ci95_low,ci95_high\n");
    for (String metric : Metrics.NAMES) {
      for (Policy p : Policy.values()) {
        row(b, metric, p.code(), result.estimate(p, metric));
      }
      row(b, metric, DIFFERENCE, result.difference(metric));
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String metric, String policy, Estimate e) {
    b.append(metric).append(',').append(policy).append(',').append(e.n()).append(',').append(number(e.mean()))
        .append(',').append(number(e.standardDeviation())).append(',').append(number(e.halfWidth())).append(',')
        .append(number(e.lower())).append(',').append(number(e.upper())).append('\n');
  }

  static String summaryJson(SimulationResult result) {
    StringWriter out = new StringWriter();
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try (JsonGenerator g = JsonMapper.builder().build().createGenerator(out)) {
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("format", "casework-simulation-summary");
      g.writeNumberField("version", 1);
      g.writeNumberField("seed", result.seed());
      g.writeNumberField("years", result.years());
      g.writeNumberField("weeks", result.weeks());
      g.writeNumberField("replications", result.replications());
      g.writeStringField("confidence", "95% Student t interval over replications");
      g.writeObjectFieldStart("policies");
      for (Policy p : Policy.values()) {
        g.writeObjectFieldStart(p.code());
        for (String metric : Metrics.NAMES) {
          estimate(g, metric, result.estimate(p, metric));
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart(DIFFERENCE);
      g.writeStringField("definition", Policy.CLOSED_LOOP.code() + " minus " + Policy.REFER_AND_FORGET.code()
          + ", paired by replication");
      for (String metric : Metrics.NAMES) {
        estimate(g, metric, result.difference(metric));
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  private static void estimate(JsonGenerator g, String name, Estimate e) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("mean", decimal(e.mean()));
    g.writeFieldName("ci95HalfWidth");
    if (Double.isNaN(e.halfWidth())) {
      g.writeNull();
    } else {
      g.writeNumber(decimal(e.halfWidth()));
    }
    g.writeNumberField("sd", decimal(e.standardDeviation()));
    g.writeEndObject();
  }

  static String weeklyCsv(SimulationResult result) {
    StringBuilder b = new StringBuilder("policy,replication,week,week_start");
    RunResult first = result.runs().get(0);
    for (String c : first.weekly().columns()) {
      b.append(',').append(c);
    }
    b.append('\n');
    LocalDate start = result.config().startDate();
    for (Policy p : Policy.values()) {
      for (RunResult run : result.runs(p)) {
        WeeklySeries s = run.weekly();
        for (int w = 0; w < s.weeks(); w++) {
          b.append(p.code()).append(',').append(run.replication()).append(',').append(w).append(',')
              .append(start.plusWeeks(w));
          for (String c : s.columns()) {
            b.append(',').append(s.value(w, c));
          }
          b.append('\n');
        }
      }
    }
    return b.toString();
  }

  /** Six decimals at most, from the exact binary value: independent of the JDK's shortest-repr algorithm. */
  static String number(double x) {
    if (Double.isNaN(x)) {
      return "";
    }
    return decimal(x).toPlainString();
  }

  static BigDecimal decimal(double x) {
    BigDecimal d = new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.signum() == 0 ? BigDecimal.ZERO : d;
  }
}
