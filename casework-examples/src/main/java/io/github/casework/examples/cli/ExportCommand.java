package io.github.casework.examples.cli;

import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.EventStreamWriter;
import io.github.casework.store.EventCursor;
import io.github.casework.store.JdbcEventStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casework export [--db URL|PATH]}: writes everything an event store holds as one caseload event stream
 * (NDJSON) on stdout: a header with the kept agencies, professionals, mandates and areas, then every event in feed
 * (commit) order, read through a cursor so that memory does not grow with the store.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    subcommands = {ResearchExportCommand.class},
    description = {"Writes the caseload in an event store to stdout as a caseload event stream (NDJSON), events in "
        + "commit order."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:exported",
        "2:usage error, or the store cannot be read (the message names the stream, version and rule)"})
public final class ExportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--db", paramLabel = "URL|PATH", arity = "0..1", defaultValue = "", fallbackValue = "",
      description = StoreDatabase.OPTION_HELP)
  private String db;

  /** Events written between two flushes to stdout. */
  private static final int CHUNK = 1_000;

  /** Creates the command; picocli calls this. */
  public ExportCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (StoreDatabase database = StoreDatabase.open(db)) {
      JdbcEventStore store = database.store();
      CaseloadSnapshot context = CaseloadSnapshot.of(List.of(),
          store.context().orElse(CaseloadSnapshot.empty().caseload()));
      // The writer writes whole lines; each chunk of them goes to stdout as text, so memory stays bounded.
      ByteArrayOutputStream chunk = new ByteArrayOutputStream();
      try (EventStreamWriter<CaseworkEvent> writer = CaseworkJson.standard().newCaseloadWriter(context, chunk);
          EventCursor events = store.readFeed(0)) {
        while (events.hasNext()) {
          writer.write(events.next().event());
          if (writer.count() % CHUNK == 0) {
            writer.flush();
            out.print(chunk.toString(StandardCharsets.UTF_8));
            chunk.reset();
          }
        }
      }
      out.print(chunk.toString(StandardCharsets.UTF_8));
      out.flush();
    } catch (CaseworkException e) {
      throw StoreDatabase.failed(e);
    }
    return ExitCodes.OK;
  }
}
