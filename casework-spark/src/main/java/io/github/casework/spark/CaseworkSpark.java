package io.github.casework.spark;

import io.github.casework.CaseworkException;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.examples.simulation.SimulationConfig;
import io.github.casework.examples.simulation.SimulationResult;
import io.github.casework.norm.ServiceNorms;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code spark-submit} entry point: {@code check} runs the caseload check over {@code caseload-events} files and
 * writes {@link FindingsOutput}'s files; {@code simulate} runs the simulation's replications and writes the files of
 * {@code casework simulate}. The master comes from {@code spark-submit} ({@code --master local[2]} on a laptop, the
 * cluster's otherwise). Exit codes: 0 done, 2 invalid input (one line on stderr naming where and which rule).
 */
@Command(name = "casework-spark", mixinStandardHelpOptions = true, subcommands = {CaseworkSpark.Check.class,
    CaseworkSpark.Simulate.class}, description = "The caseload check and simulation replications on Apache Spark.")
public final class CaseworkSpark implements Runnable {
  @Spec
  private CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public CaseworkSpark() {}

  /**
   * Runs a subcommand and exits with its code.
   *
   * @param args the arguments, not null
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs a subcommand.
   *
   * @param args the arguments, not null
   * @return the exit code
   */
  public static int execute(String... args) {
    return new CommandLine(new CaseworkSpark()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  private static SparkSession session() {
    // spark-submit sets the master; a run without one (a test, an IDE) gets local mode on every core.
    SparkSession.Builder b = SparkSession.builder().appName("casework");
    org.apache.spark.SparkConf conf = new org.apache.spark.SparkConf();
    if (!conf.contains("spark.master")) {
      b.master("local[*]");
    }
    if (!conf.contains("spark.serializer")) {
      b.config("spark.serializer", SparkCheck.SERIALIZER);
    }
    return b.getOrCreate();
  }

  /** {@code casework-spark check}: the caseload check. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Checks caseload-events NDJSON files (or directories of them) and writes findings.ndjson, "
          + "findings.parquet and summary.csv to --out.")
  static final class Check implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--at", required = true, paramLabel = "INSTANT",
        description = "The instant to judge due dates at, such as 2026-12-15T09:00:00Z.")
    private String at = "";

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the output files.")
    private Path out = Path.of(".");

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
        description = "Partitions for the clients' parts. Default: 4 per core of the session.")
    private int partitions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "caseload-events files or directories.")
    private List<String> paths = List.of();

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      Instant instant;
      try {
        instant = Instant.parse(at);
      } catch (DateTimeParseException e) {
        err.println("casework-spark check: --at must be an instant such as 2026-12-15T09:00:00Z");
        return 2;
      }
      SparkSession spark = session();
      try {
        int n = partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
        SparkCheck.Result result = SparkCheck.run(spark, paths, CaseworkSpark::dutchDefaults, instant, n);
        FindingsOutput.write(spark, result, out);
        spec.commandLine().getOut().printf(Locale.ROOT, "%d findings in %d events (%d clients' parts); files in "
            + "%s%n", result.findings().size(), result.events(), result.parts(), out);
        return 0;
      } catch (CaseworkException e) {
        err.println("casework-spark check: " + e.getMessage() + " [" + e.code() + "]");
        return 2;
      } finally {
        spark.stop();
      }
    }
  }

  /** {@code casework-spark simulate}: the simulation's replications. */
  @Command(name = "simulate", mixinStandardHelpOptions = true,
      description = "Runs the simulation's replications as Spark tasks and writes the files of casework simulate.")
  static final class Simulate implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "A JSON configuration; default the defaults.")
    private @Nullable Path config;

    @Option(names = "--seed", defaultValue = "2027", description = "Seed. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--years", defaultValue = "2", description = "Years. Default: ${DEFAULT-VALUE}.")
    private int years;

    @Option(names = "--replications", defaultValue = "4", description = "Replications. Default: ${DEFAULT-VALUE}.")
    private int replications;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the output files.")
    private Path out = Path.of(".");

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      if (years < 1 || years > 100 || replications < 1 || replications > 100_000) {
        err.println("casework-spark simulate: --years must be 1 to 100 and --replications 1 to 100000");
        return 2;
      }
      SimulationConfig cfg;
      try {
        cfg = config == null ? SimulationConfig.defaults() : SimulationConfig.read(config);
      } catch (CaseworkException e) {
        err.println("casework-spark simulate: the configuration: at " + e.getMessage() + " [" + e.code() + "]");
        return 2;
      } catch (IOException e) {
        err.println("casework-spark simulate: the configuration cannot be read (" + e.getClass().getSimpleName()
            + ")");
        return 2;
      }
      SparkSession spark = session();
      try {
        SimulationResult result = SparkReplications.run(spark, cfg, seed, years, replications);
        result.write(out);
        spec.commandLine().getOut().printf(Locale.ROOT, "%d years, %d replications per policy, seed %d; files in "
            + "%s%n", years, replications, seed, out);
        return 0;
      } finally {
        spark.stop();
      }
    }
  }

  /** The check of {@code casework check}: the Dutch default norms. */
  static CaseloadCheck dutchDefaults() {
    return CaseloadCheck.of(ServiceNorms.dutchDefaults());
  }
}
