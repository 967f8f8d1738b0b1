package io.github.casework.examples.cli;

import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.EventStreamKind;
import io.github.casework.json.EventStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code casework validate FILE|-}: checks that a document or event stream of any kind follows the wire format
 * (its shape, as the kind's JSON Schema describes it, with unknown members rejected unless {@code --lenient}) and
 * the domain's invariants (every value through the domain's factories, every history replayed through the
 * aggregates' rules), without running the caseload check.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Validates a document (JSON) or event stream (NDJSON) of any kind against the wire format and "
        + "the domain's rules, without checking the caseload."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:valid",
        "2:usage error, or unreadable or invalid input (the message names file, line or path, and rule)"})
public final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  private CaseworkCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file, or - for standard input.")
  private String file;

  @Option(names = "--lenient", description = "Skip members the format does not define, as readers of later minor "
      + "revisions must; by default they are errors.")
  private boolean lenient;

  /** Creates the command; picocli calls this. */
  public ValidateCommand() {}

  @Override
  public Integer call() {
    CaseworkJson json = lenient ? CaseworkJson.standard() : CaseworkJson.strict();
    PrintWriter out = spec.commandLine().getOut();
    try (Input input = Input.open(file, parent.stdin(), spec.commandLine().getErr(), parent.progress())) {
      String kind = input.kind().orElse("");
      Optional<DocumentKind<?>> document = DocumentKind.ofName(kind);
      try {
        Optional<EventStreamKind<?, ?>> streamKind = EventStreamKind.ofName(kind);
        if (streamKind.isPresent()) {
          try (EventStreamReader<?, ?> r = json.newEventReader(streamKind.get(), input.stream())) {
            r.forEachRemaining(e -> { });
            out.print(input.name() + ": valid " + kind + " stream: " + r.count() + " events of "
                + r.aggregateCount() + " aggregates\n");
          }
        } else if (document.isPresent()) {
          json.read(document.get(), input.stream());
          out.print(input.name() + ": valid " + kind + " document\n");
        } else {
          // No kind found (empty, not JSON, no envelope) or an unknown one: the reader names the exact problem.
          json.read(DocumentKind.CASE, input.stream());
          throw InputException.wrongInput(input.name(), CliCodes.UNKNOWN_KIND, "names no known document kind");
        }
      } catch (CaseworkJsonException e) {
        throw InputException.invalid(input.name(), e);
      } catch (UncheckedIOException e) {
        throw InputException.unreadable(input.name(), CliCodes.FILE_UNREADABLE, "cannot be read ("
            + e.getCause().getClass().getSimpleName() + ")");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
