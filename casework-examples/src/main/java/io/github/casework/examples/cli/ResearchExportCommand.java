package io.github.casework.examples.cli;

import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.EventStreamWriter;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.privacy.PrivacyCodes;
import io.github.casework.privacy.ResearchExport;
import io.github.casework.privacy.ResearchKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code casework export research FILE --key-file PATH|--key-env NAME --out DIR}: writes a pseudonymised export of a
 * caseload for research ({@link ResearchExport}): {@value #EVENTS} (the case and referral events, every id replaced
 * by its keyed pseudonym, instants coarsened to the week, free text dropped) and {@value #TABLE} (needs per area,
 * life domain and quarter, cells under k suppressed). The key comes from a file or an environment variable, never
 * from the command line, where it would show in the shell's history and the process list; without a key the
 * command refuses.
 */
@Command(name = "research", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Writes a pseudonymised research export of a caseload: ids replaced by HMAC-SHA-256 pseudonyms "
        + "with the host's key, instants coarsened to the week, free text dropped, and a table of needs per area, "
        + "life domain and quarter with cells under k suppressed."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:exported",
        "2:usage error (no key, a short key), or unreadable or invalid input"})
public final class ResearchExportCommand implements Callable<Integer> {
  /** The events file in the output folder. */
  static final String EVENTS = "research-events.ndjson";
  /** The table file in the output folder. */
  static final String TABLE = "research-table.csv";

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "A caseload snapshot (.json) or caseload event stream (.ndjson); - reads stdin.")
  private String file;

  @Option(names = "--key-file", paramLabel = "PATH",
      description = "A file whose bytes are the key (at least 32 bytes), e.g. from: head -c 32 /dev/urandom > key")
  private @Nullable Path keyFile;

  @Option(names = "--key-env", paramLabel = "NAME",
      description = "The name of an environment variable whose value (UTF-8, at least 32 bytes) is the key.")
  private @Nullable String keyEnv;

  @Option(names = "--k", paramLabel = "K", defaultValue = "" + ResearchExport.DEFAULT_K,
      description = "Suppress table cells under K needs. Default: ${DEFAULT-VALUE}.")
  private int k;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "The folder to write " + EVENTS + " and " + TABLE + " into; existing files are kept unless "
          + "--force.")
  private Path out;

  @Option(names = "--force", description = "Overwrite the files if they exist.")
  private boolean force;

  /** Creates the command; picocli calls this. */
  public ResearchExportCommand() {}

  @Override
  public Integer call() {
    ResearchKey key = key();
    if (k < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--k must be at least 2 ["
          + PrivacyCodes.EXPORT_K_TOO_SMALL + "]");
    }
    if (!Files.isDirectory(out)) {
      throw InputException.unwritable(out.toString(), CliCodes.FILE_NO_FOLDER, "is not a folder");
    }
    Path events = out.resolve(EVENTS);
    Path table = out.resolve(TABLE);
    ReportFile.checkWritable(events, force);
    ReportFile.checkWritable(table, force);
    CaseworkCommand root = (CaseworkCommand) spec.root().userObject();
    CaseloadSnapshot snapshot;
    try (Input input = Input.open(file, root.stdin(), spec.commandLine().getErr(), root.progress())) {
      snapshot = CaseloadFiles.readSnapshot(input, CaseworkJson.strict(), "export research");
    }
    List<CaseworkEvent> all = new ArrayList<>();
    snapshot.histories().forEach(h -> all.addAll(h.events()));
    ResearchExport result;
    try {
      result = ResearchExport.of(all, snapshot.caseload().areas(), key, k, ServiceNorms.dutchDefaults().zone());
    } catch (CaseworkException e) {
      throw InputException.rejected(file, Optional.empty(), e);
    }
    ReportFile.write(events, ndjson(result), force);
    ReportFile.write(table, csv(result), force);
    long suppressed = result.table().stream().filter(c -> c.count().isEmpty()).count();
    PrintWriter o = spec.commandLine().getOut();
    o.println("research export: " + result.events().size() + " events (" + result.leftOut()
        + " escalation and signal events left out), " + result.table().size() + " table cells (" + suppressed
        + " under k=" + k + " suppressed), written to " + EVENTS + " and " + TABLE);
    o.flush();
    return ExitCodes.OK;
  }

  /** The key, from the file or the environment; never from an argument, never shown. */
  private ResearchKey key() {
    if ((keyFile == null) == (keyEnv == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), keyFile == null
          ? "a research export needs a key: --key-file PATH or --key-env NAME [" + PrivacyCodes.EXPORT_KEY_TOO_SHORT
              + "]"
          : "give the key by --key-file or by --key-env, not both");
    }
    byte[] bytes;
    String where;
    if (keyFile != null) {
      where = keyFile.toString();
      try {
        bytes = Files.readAllBytes(keyFile);
      } catch (NoSuchFileException e) {
        throw InputException.unreadable(where, CliCodes.FILE_NOT_FOUND, "does not exist");
      } catch (IOException e) {
        throw InputException.unreadable(where, CliCodes.FILE_UNREADABLE, "cannot be read (" + e.getClass().getSimpleName()
            + ")");
      }
    } else {
      where = "--key-env";
      String value = System.getenv(keyEnv);
      if (value == null) {
        throw InputException.wrongInput(where, PrivacyCodes.EXPORT_KEY_TOO_SHORT,
            "names an environment variable that is not set (" + Describe.code(keyEnv) + ")");
      }
      bytes = value.getBytes(StandardCharsets.UTF_8);
    }
    if (bytes.length < ResearchKey.MIN_BYTES) {
      // The length only: the key itself is never shown.
      throw InputException.wrongInput(where, PrivacyCodes.EXPORT_KEY_TOO_SHORT, "holds a key of " + bytes.length
          + " bytes; a research export needs at least " + ResearchKey.MIN_BYTES);
    }
    return ResearchKey.of(bytes);
  }

  private static String ndjson(ResearchExport result) {
    // No context in the header: the caseload's agencies and professionals are named by id there.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (EventStreamWriter<CaseworkEvent> writer = CaseworkJson.standard().newCaseloadWriter(CaseloadSnapshot.empty(),
        bytes)) {
      for (CaseworkEvent e : result.events()) {
        writer.write(e);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String csv(ResearchExport result) {
    StringBuilder sb = new StringBuilder("area,domain,quarter,needs\n");
    for (ResearchExport.Cell c : result.table()) {
      sb.append(c.area().map(a -> a.code()).orElse("")).append(',').append(c.domain().code()).append(',')
          .append(c.quarter()).append(',')
          .append(c.count().isPresent() ? Integer.toString(c.count().getAsInt()) : "suppressed").append('\n');
    }
    return sb.toString();
  }
}
