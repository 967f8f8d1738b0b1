package io.github.casework.examples.cli;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.ExpectedVersion;
import io.github.casework.check.Caseload;
import io.github.casework.id.AggregateId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.EventStreamKind;
import io.github.casework.json.EventStreamReader;
import io.github.casework.json.History;
import io.github.casework.store.Append;
import io.github.casework.store.JdbcEventStore;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code casework import FILE [--db URL|PATH]}: stores a caseload (a snapshot document or an event stream) in an
 * event store, with the agencies, professionals, mandates and areas it carries. An event stream is read and stored
 * in batches of {@value #BATCH} events, one transaction each, so a long file needs no more memory than a short one.
 * Importing the same file again stores nothing new: each append carries a message id made of its stream, its first
 * version and a hash of its events. The outreach cases of early signals and the consent withdrawals a file may carry
 * are not aggregates of the store: they are not stored, and a warning on stderr says how many stayed behind.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Imports a caseload into an event store: a snapshot (JSON, kind caseload) or an event stream "
        + "(NDJSON, kind caseload-events). Importing the same file again stores nothing new."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:imported",
        "2:usage error, unreadable or invalid input, or the store refused it (the message names where and why)"})
public final class ImportCommand implements Callable<Integer> {
  /** Events per transaction. */
  static final int BATCH = 2_000;

  @ParentCommand
  private CaseworkCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The caseload file, or - for standard input.")
  private String file;

  @Option(names = "--db", paramLabel = "URL|PATH", arity = "0..1", defaultValue = "", fallbackValue = "",
      description = StoreDatabase.OPTION_HELP)
  private String db;

  @Option(names = {"--lenient", "--tolerant"},
      description = "Skip members the format does not define, as readers of later minor revisions must; by default "
          + "they are errors, so that a misspelled member is not silently dropped from the store.")
  private boolean lenient;

  /** Creates the command; picocli calls this. */
  public ImportCommand() {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // Strict by default, as check: what is imported is what the store keeps, so nothing may be dropped unnoticed.
    CaseworkJson json = lenient ? CaseworkJson.standard() : CaseworkJson.strict();
    try (Input input = Input.open(file, parent.stdin(), spec.commandLine().getErr(), parent.progress());
        StoreDatabase database = StoreDatabase.open(db)) {
      String kind = input.kind().orElse(CaseloadFiles.SNAPSHOT);
      Batches batches = new Batches(database.store());
      Caseload context;
      int outreach;
      int withdrawals;
      try {
        if (kind.equals(CaseloadFiles.STREAM)) {
          try (EventStreamReader<CaseworkEvent, ?> reader =
              json.newEventReader(EventStreamKind.CASELOAD_EVENTS, input.stream())) {
            context = reader.context().orElse(CaseloadSnapshot.empty()).caseload();
            reader.forEachRemaining(batches::add);
            outreach = reader.outreach().size();
            withdrawals = reader.context().map(c -> c.consents().withdrawals().size()).orElse(0);
          }
        } else if (kind.equals(CaseloadFiles.SNAPSHOT)) {
          CaseloadSnapshot snapshot = json.read(DocumentKind.CASELOAD, input.stream());
          context = snapshot.caseload();
          outreach = snapshot.outreach().size();
          withdrawals = snapshot.consents().withdrawals().size();
          for (History<?, ?> h : snapshot.histories()) {
            h.events().forEach(batches::add);
          }
        } else {
          throw InputException.wrongInput(input.name(), CliCodes.WRONG_KIND, "holds a document of "
              + CaseloadFiles.kindOf(kind) + "; import reads a caseload snapshot (kind '" + CaseloadFiles.SNAPSHOT
              + "') or event stream (kind '"
              + CaseloadFiles.STREAM + "')");
        }
      } catch (CaseworkJsonException e) {
        throw InputException.invalid(input.name(), e);
      }
      try {
        batches.flush();
        database.store().putContext(context);
      } catch (CaseworkException e) {
        throw StoreDatabase.failed(e);
      }
      out.println("imported " + batches.events + " events of " + batches.versions.size() + " aggregates into "
          + database.description() + " (feed position " + database.store().headPosition() + ")");
      if (outreach > 0 || withdrawals > 0) {
        // The event store keeps the aggregates' events and the context; these are neither, so say they stay behind.
        PrintWriter err = spec.commandLine().getErr();
        err.println("casework import: warning: " + outreach + " outreach cases and " + withdrawals
            + " consent withdrawals of the file are not stored (the event store keeps the aggregates' events only)");
        err.flush();
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Collects events per aggregate and appends them in one transaction per batch. */
  private static final class Batches {
    private final JdbcEventStore store;
    private final Map<AggregateId, Long> versions = new HashMap<>();
    private final Map<AggregateId, List<CaseworkEvent>> pending = new LinkedHashMap<>();
    private int pendingCount;
    private long events;

    Batches(JdbcEventStore store) {
      this.store = store;
    }

    void add(CaseworkEvent event) {
      pending.computeIfAbsent(event.aggregateId(), k -> new ArrayList<>()).add(event);
      events++;
      if (++pendingCount >= BATCH) {
        try {
          flush();
        } catch (CaseworkException e) {
          throw StoreDatabase.failed(e);
        }
      }
    }

    void flush() {
      if (pending.isEmpty()) {
        return;
      }
      CaseworkJson json = CaseworkJson.standard();
      List<Append> appends = new ArrayList<>();
      for (Map.Entry<AggregateId, List<CaseworkEvent>> e : pending.entrySet()) {
        long before = versions.getOrDefault(e.getKey(), 0L);
        Hasher hash = Hashing.sha256().newHasher();
        for (CaseworkEvent event : e.getValue()) {
          hash.putString(json.writeEvent(event), StandardCharsets.UTF_8).putByte((byte) '\n');
        }
        String messageId = "import:" + e.getValue().get(0).aggregateType().name() + ":" + e.getKey().value() + ":"
            + (before + 1) + ":" + hash.hash().toString().substring(0, 16);
        ExpectedVersion expected = before == 0 ? ExpectedVersion.none() : ExpectedVersion.exactly(before);
        appends.add(new Append(e.getKey(), expected, com.google.common.collect.ImmutableList.copyOf(e.getValue()),
            Optional.of(messageId)));
        versions.put(e.getKey(), before + e.getValue().size());
      }
      store.appendAll(appends);
      pending.clear();
      pendingCount = 0;
    }
  }
}
