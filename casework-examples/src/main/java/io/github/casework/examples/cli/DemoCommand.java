package io.github.casework.examples.cli;

import io.github.casework.examples.stories.ClinicStory;
import io.github.casework.examples.stories.MrKStory;
import io.github.casework.examples.stories.Timeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code casework demo}: tells two stories from the seed article by running the library — Mr. K.'s escalation and
 * the structural signal that follows, and the client sent between the clinic and social work until the deadlock is
 * named and broken. Deterministic: the same text on every run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Tells two stories from the seed article by running the library: Mr. K.'s escalation and the "
        + "structural signal that follows, and the client sent between the clinic and social work."})
public final class DemoCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public DemoCommand() {}

  @Override
  public Integer call() {
    return tell(spec.commandLine().getOut());
  }

  /**
   * Tells both stories.
   *
   * @param out where to print, not null
   * @return {@link ExitCodes#OK}
   */
  static int tell(PrintWriter out) {
    Timeline t = new Timeline();
    MrKStory.run(t);
    ClinicStory.run(t);
    t.narrate("Run `casework check samples/caseload.json` to check a whole caseload the same way.");
    t.printTo(out);
    return ExitCodes.OK;
  }
}
