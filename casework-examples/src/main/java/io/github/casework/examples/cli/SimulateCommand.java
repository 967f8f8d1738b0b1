package io.github.casework.examples.cli;

import io.github.casework.InvalidValueException;
import io.github.casework.examples.simulation.Metrics;
import io.github.casework.examples.simulation.Policy;
import io.github.casework.examples.simulation.ProgressListener;
import io.github.casework.examples.simulation.Simulation;
import io.github.casework.examples.simulation.SimulationConfig;
import io.github.casework.examples.simulation.SimulationResult;
import io.github.casework.examples.simulation.Sweep;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casework simulate}: runs the simulation kit (refer-and-forget against closed-loop referrals in one city
 * district), writes its files to {@code --out} and prints the headline estimates with 95% confidence intervals.
 * A progress bar is drawn on stderr when stderr is a terminal.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Simulates a city district under refer-and-forget and closed-loop referral policies and "
        + "writes summary.csv, summary.json, weekly.csv, policies.png and config.json to --out."})
public final class SimulateCommand implements Callable<Integer> {
  private static final List<String> HEADLINES = List.of(Metrics.CLIENTS_BETWEEN_CRACKS, Metrics.NEEDS_MET_FRACTION,
      Metrics.RESOLUTION_MEDIAN_DAYS, Metrics.DROP_OUTS, Metrics.DEADLOCKS_RESOLVED, Metrics.ESCALATIONS);

  @Spec
  private CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A JSON configuration merged over the documented defaults. Default: the defaults.")
  private @Nullable Path config;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "2027", description = "Seed. Default: ${DEFAULT-VALUE}.")
  private long seed;

  @Option(names = "--years", paramLabel = "Y", defaultValue = "2", description = "Years. Default: ${DEFAULT-VALUE}.")
  private int years;

  @Option(names = "--replications", paramLabel = "R", defaultValue = "4",
      description = "Independent replications, run in parallel. Default: ${DEFAULT-VALUE}.")
  private int replications;

  @Option(names = "--sweep", paramLabel = "KEY=FROM:TO:STEP",
      description = {"Runs the policy comparison at every value of one number of the configuration, such as "
          + "closedLoop.followUpReliability=0.5:1.0:0.1, with common random numbers, and writes sweep.csv, sweep.png "
          + "and config.json to --out instead."})
  private @Nullable String sweep;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "simulation-out",
      description = "Directory for the output files. Default: ${DEFAULT-VALUE}.")
  private Path out;

  /** Creates the command; picocli calls this. */
  public SimulateCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (years < 1 || years > 100 || replications < 1 || replications > 1000) {
      err.println("casework simulate: --years must be 1 to 100 and --replications 1 to 1000");
      return ExitCodes.INVALID;
    }
    SimulationConfig cfg;
    try {
      cfg = config == null ? SimulationConfig.defaults() : SimulationConfig.read(config);
    } catch (NoSuchFileException e) {
      err.println("casework simulate: " + config + ": file not found");
      return ExitCodes.INVALID;
    } catch (InvalidValueException e) {
      // The exception's message already starts with its field, the JSON path.
      err.println("casework simulate: " + config + ": at " + e.getMessage() + " [" + e.code() + "]");
      return ExitCodes.INVALID;
    } catch (IOException e) {
      err.println("casework simulate: " + config + ": cannot be read (" + e.getClass().getSimpleName() + ")");
      return ExitCodes.INVALID;
    }
    ProgressListener progress = Terminal.isStderrTerminal()
        ? (done, total, fraction) -> {
          synchronized (err) {
            err.printf("\r[%-40s] %3.0f%% (%d/%d runs)", "#".repeat((int) (40 * fraction)), 100 * fraction, done,
                total);
            err.flush();
          }
        }
        : ProgressListener.NONE;
    if (Files.exists(out) && !Files.isDirectory(out)) {
      err.println("casework simulate: " + out + ": --out must name a directory; this is a file, not a directory");
      return ExitCodes.INVALID;
    }
    if (sweep != null) {
      return sweep(cfg, progress, err, stdout);
    }
    SimulationResult result;
    try {
      result = Simulation.run(cfg, seed, years, replications, out, progress);
    } catch (AccessDeniedException e) {
      err.println("casework simulate: " + out + ": cannot write the output (permission denied)");
      return ExitCodes.INVALID;
    } catch (IOException e) {
      err.println("casework simulate: " + out + ": cannot write the output (an I/O error)");
      return ExitCodes.INVALID;
    }
    if (progress != ProgressListener.NONE) {
      err.println();
    }
    stdout.printf(Locale.ROOT, "%d years, %d replications per policy, seed %d; files in %s%n", years, replications,
        seed, out);
    stdout.printf(Locale.ROOT, "%-24s %28s %28s%n", "metric (mean ± 95% CI)", Policy.REFER_AND_FORGET.code(),
        Policy.CLOSED_LOOP.code());
    for (String metric : HEADLINES) {
      stdout.printf(Locale.ROOT, "%-24s %28s %28s%n", metric, format(result, Policy.REFER_AND_FORGET, metric),
          format(result, Policy.CLOSED_LOOP, metric));
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private int sweep(SimulationConfig cfg, ProgressListener progress, PrintWriter err, PrintWriter stdout) {
    Sweep.Result result;
    try {
      Sweep grid = Sweep.parse(sweep);
      // Every grid point's configuration is checked before anything runs.
      grid.values().forEach(v -> grid.configAt(cfg, v));
      result = grid.run(cfg, seed, years, replications, progress);
      result.write(out);
    } catch (InvalidValueException e) {
      err.println("casework simulate: --sweep: " + e.getMessage() + " [" + e.code() + "]");
      return ExitCodes.INVALID;
    } catch (AccessDeniedException e) {
      err.println("casework simulate: " + out + ": cannot write the output (permission denied)");
      return ExitCodes.INVALID;
    } catch (IOException e) {
      err.println("casework simulate: " + out + ": cannot write the output (an I/O error)");
      return ExitCodes.INVALID;
    }
    if (progress != ProgressListener.NONE) {
      err.println();
    }
    stdout.printf(Locale.ROOT, "sweep of %s over %d values, %d years, %d replications per policy and value, seed %d;"
        + " files in %s%n", result.sweep().key(), result.sweep().values().size(), years, replications, seed, out);
    stdout.printf(Locale.ROOT, "%-12s %34s %34s%n", "value", "closed-loop minus refer-and-forget:",
        "");
    stdout.printf(Locale.ROOT, "%-12s %34s %34s%n", "", Metrics.CLIENTS_BETWEEN_CRACKS, Metrics.NEEDS_MET_FRACTION);
    for (int i = 0; i < result.points().size(); i++) {
      SimulationResult p = result.points().get(i);
      stdout.printf(Locale.ROOT, "%-12s %34s %34s%n",
          new java.math.BigDecimal(result.sweep().values().get(i)).round(new java.math.MathContext(6))
              .stripTrailingZeros().toPlainString(),
          p.difference(Metrics.CLIENTS_BETWEEN_CRACKS).format(), p.difference(Metrics.NEEDS_MET_FRACTION).format());
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private static String format(SimulationResult result, Policy policy, String metric) {
    return result.estimate(policy, metric).format();
  }
}
