package io.github.casework.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code casework sample}: writes the fictional sample caseload. */
@Command(name = "sample", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Writes the fictional sample caseload (seeded) and the findings it plants."})
public final class SampleCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public SampleCommand() {}

  @Override
  public Integer call() {
    return ExitCodes.OK;
  }
}
