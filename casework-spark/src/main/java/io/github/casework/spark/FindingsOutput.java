package io.github.casework.spark;

import static java.util.Objects.requireNonNull;

import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.FindingText;
import io.github.casework.check.Severity;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.Findings;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes what a {@link SparkCheck} run found: {@code findings.ndjson} (one {@code findings} document of the wire
 * format per line, each with one entry, in {@link Finding#ORDER}: read line by line, or join the entries into one
 * document), {@code findings.parquet} (one row per finding: its position, severity, code, subjects, English texts
 * and the line of {@code findings.ndjson}) and {@code summary.csv} (the number of findings per code and severity).
 * The NDJSON and CSV files are byte-identical for equal findings. Stateless; thread-safe.
 */
public final class FindingsOutput {
  /** The findings, one document per line. */
  public static final String NDJSON = "findings.ndjson";
  /** The findings as a Parquet table (a directory, as Spark writes it). */
  public static final String PARQUET = "findings.parquet";
  /** The findings per code and severity. */
  public static final String SUMMARY = "summary.csv";

  private FindingsOutput() {}

  /**
   * Writes the files into a directory, creating it if needed.
   *
   * @param spark the session that writes the Parquet table, not null
   * @param result what the check found, not null
   * @param dir the directory, not null
   * @throws IOException if a file cannot be written
   */
  public static void write(SparkSession spark, SparkCheck.Result result, Path dir) throws IOException {
    requireNonNull(spark, "spark");
    requireNonNull(result, "result");
    Files.createDirectories(dir);
    CaseworkJson json = CaseworkJson.standard();
    FindingText english = FindingText.english();
    List<Row> rows = new ArrayList<>();
    try (Writer w = Files.newBufferedWriter(dir.resolve(NDJSON), StandardCharsets.UTF_8)) {
      int position = 0;
      for (Finding f : result.findings()) {
        String line = json.writeString(DocumentKind.FINDINGS, Findings.of(result.at(), List.of(f), english)).strip();
        w.write(line);
        w.write('\n');
        FindingText.Rendered text = english.render(f);
        rows.add(RowFactory.create(position++, f.severity().name().toLowerCase(java.util.Locale.ROOT),
            f.code().code(), f.subjects().stream().map(Object::toString).toList().toArray(new String[0]),
            text.explanation(), text.nextStep(), line));
      }
    }
    Files.writeString(dir.resolve(SUMMARY), summary(result.findings()), StandardCharsets.UTF_8);
    StructType schema = new StructType()
        .add("position", DataTypes.IntegerType, false)
        .add("severity", DataTypes.StringType, false)
        .add("code", DataTypes.StringType, false)
        .add("subjects", DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add("explanation", DataTypes.StringType, false)
        .add("next_step", DataTypes.StringType, false)
        .add("json", DataTypes.StringType, false);
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(dir.resolve(PARQUET).toString());
  }

  /**
   * Returns the summary: a CSV header, then one line per code and severity found ({@code code,severity,findings}),
   * by code in {@link FindingCode} order, then by severity, most severe first.
   *
   * @param findings the findings, not null
   * @return the CSV text
   */
  public static String summary(List<Finding> findings) {
    Map<FindingCode, Map<Severity, Integer>> counts = new TreeMap<>();
    for (Finding f : findings) {
      counts.computeIfAbsent(f.code(), k -> new TreeMap<>(java.util.Comparator.reverseOrder()))
          .merge(f.severity(), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder("code,severity,findings\n");
    counts.forEach((code, bySeverity) -> bySeverity.forEach((severity, n) -> out.append(code.code()).append(',')
        .append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(',').append(n).append('\n')));
    return out.toString();
  }
}
