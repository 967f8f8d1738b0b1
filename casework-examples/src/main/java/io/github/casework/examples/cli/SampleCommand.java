package io.github.casework.examples.cli;

import io.github.casework.examples.sample.SampleCaseload;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casework sample}: writes the fictional sample caseload of Welzijn Zuidoost (see {@link SampleCaseload}) to
 * stdout, as a snapshot or an event stream, or lists the findings it plants. The checked-in files under
 * {@code samples/} are its output with the default seed.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Writes the fictional sample caseload of one welfare organisation in one city district to "
        + "stdout, or lists the findings it plants (check it with --at 2026-12-15T09:00:00Z)."})
public final class SampleCommand implements Callable<Integer> {

  /** What to write. */
  enum Format {
    /** A caseload snapshot document. */
    json,
    /** A caseload event stream. */
    ndjson
  }

  @Spec
  private CommandSpec spec;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + SampleCaseload.SEED,
      description = "The seed of the healthy cases. Default: ${DEFAULT-VALUE}, the checked-in sample.")
  private long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (a caseload snapshot) or ndjson (a caseload event stream). Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--cases", paramLabel = "N", defaultValue = "" + SampleCaseload.HEALTHY_CASES,
      description = "How many healthy cases, 1 to 10000000: a large synthetic export (the planted findings stay). "
          + "Default: ${DEFAULT-VALUE}, the checked-in sample.")
  private int cases;

  @Option(names = "--planted", description = "List the planted findings instead: code, subject and story.")
  private boolean planted;

  /** Creates the command; picocli calls this. */
  public SampleCommand() {}

  @Override
  public Integer call() {
    if (cases < 1 || cases > 10_000_000) {
      spec.commandLine().getErr().println("casework sample: --cases must be 1 to 10000000");
      return ExitCodes.INVALID;
    }
    SampleCaseload.Sample sample = SampleCaseload.generate(seed, cases);
    PrintWriter out = spec.commandLine().getOut();
    if (planted) {
      int codeWidth = 0;
      for (SampleCaseload.Planted p : sample.planted()) {
        codeWidth = Math.max(codeWidth, p.code().code().length());
      }
      for (SampleCaseload.Planted p : sample.planted()) {
        String code = p.code().code();
        out.print(code + " ".repeat(codeWidth - code.length()) + "  " + p.subject() + "  (" + p.story() + ")\n");
      }
    } else {
      SampleFiles.write(sample, format == Format.ndjson, out);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
