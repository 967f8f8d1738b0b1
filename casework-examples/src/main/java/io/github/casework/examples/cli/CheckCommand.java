package io.github.casework.examples.cli;

import com.google.common.collect.ImmutableList;
import io.github.casework.Aggregate;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.CheckCodes;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingText;
import io.github.casework.check.Severity;
import io.github.casework.examples.report.TeamReport;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CheckInput;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.referral.ConsentRegister;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code casework check FILE|-}: reads a caseload snapshot (a JSON document) or event stream (NDJSON), runs the
 * caseload check with the Dutch default norms at an instant — over the aggregates, the outreach cases of early
 * signals and the consent withdrawals the file carries — and prints the findings. "Now" is read here, from the
 * command's clock, never inside the library.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Checks a caseload: reads a snapshot (JSON, kind caseload) or an event stream (NDJSON, kind "
        + "caseload-events), runs the caseload check and prints the findings, most severe first."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no finding reached --fail-on",
        "1:a finding reached --fail-on",
        "2:usage error, or unreadable or invalid input (the message names file, line or path, and rule)"})
public final class CheckCommand implements Callable<Integer> {

  /** How findings are printed. */
  enum Format {
    /** An aligned table with a summary line. */
    table,
    /** A findings document of the wire format. */
    json,
    /** The team report: one self-contained HTML page. */
    html
  }

  @ParentCommand
  private CaseworkCommand parent;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", arity = "0..1",
      description = "The caseload file, or - for standard input; not with --db.")
  private String file;

  @Option(names = "--db", paramLabel = "URL|PATH", arity = "0..1", fallbackValue = "",
      description = "Check the caseload in an event store instead of a file. " + StoreDatabase.OPTION_HELP)
  private String db;

  @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
      description = "When to judge due dates: an instant such as 2026-12-15T09:00:00Z, or a date (the start of that"
          + " day in Europe/Amsterdam). Default: now.")
  private Instant at;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json or html (the team report, one self-contained page). Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the output to this file instead of stdout; an existing file is kept unless --force.")
  private @Nullable Path outFile;

  @Option(names = "--force", description = "With --out: overwrite the file if it exists.")
  private boolean force;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", converter = SeverityConverter.class,
      description = "Exit with 1 when a finding is at least this severe: info, warning, error or critical. "
          + "Default: ${DEFAULT-VALUE}.")
  private Severity failOn;

  @Option(names = {"--lenient", "--tolerant"},
      description = "Skip members the format does not define, as readers of later minor revisions must; by default "
          + "they are errors, so that a misspelled member is not silently dropped.")
  private boolean lenient;

  @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
      description = "nl or en: the language of the explanations and next steps, in the table and in json. "
          + "Default: nl when the locale's language is Dutch, otherwise en.")
  private Locale lang;

  /** Creates the command; picocli calls this. */
  public CheckCommand() {}

  @Override
  public Integer call() {
    // Whole seconds: "now" is shown in the output, and nanoseconds there are noise.
    Instant when = at != null ? at : parent.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    if (force && outFile == null) {
      spec.commandLine().getErr().println("casework check: --force needs --out FILE");
      spec.commandLine().getErr().flush();
      return ExitCodes.INVALID;
    }
    if (outFile != null) {
      ReportFile.checkWritable(outFile, force);
    }
    Caseload caseload;
    ConsentRegister consents = ConsentRegister.empty();
    if ((file == null) == (db == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(), file == null
          ? "Missing required parameter: 'FILE' (or --db)" : "check reads either a FILE or --db, not both");
    }
    if (db != null) {
      caseload = StoreDatabase.loadCaseload(db);
    } else {
      try (Input input = Input.open(file, parent.stdin(), spec.commandLine().getErr(), parent.progress())) {
        CheckInput read = CaseloadFiles.read(input, lenient ? CaseworkJson.standard() : CaseworkJson.strict());
        caseload = read.caseload();
        consents = read.consents();
      }
    }
    warnIfBeforeTheData(caseload, when);
    // The consent withdrawals the file carries are the check's register: they are not part of the caseload.
    ImmutableList<Finding> findings =
        CaseloadCheck.of(ServiceNorms.dutchDefaults()).withConsents(consents).run(caseload, when);
    FindingText text = FindingText.of(lang != null ? lang : Locale.getDefault());
    StringWriter buffer = new StringWriter();
    PrintWriter out = outFile == null ? spec.commandLine().getOut() : new PrintWriter(buffer);
    switch (format) {
      case json -> FindingsJson.write(findings, when, text, out);
      case html -> {
        out.print(TeamReport.html(caseload, findings, when, ServiceNorms.dutchDefaults().zone(), text.locale()));
        out.flush();
      }
      default -> FindingsTable.print(findings, when, text, out);
    }
    if (outFile != null) {
      ReportFile.write(outFile, buffer.toString(), force);
    }
    boolean fails = findings.stream().anyMatch(f -> f.severity().compareTo(failOn) >= 0);
    return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * Warns (one line on stderr, the exit code unchanged) when the check judges at an instant before some of the data's
   * events: those aggregates are judged with events from after that instant, so their findings describe a state they
   * were not yet in.
   */
  private void warnIfBeforeTheData(Caseload caseload, Instant when) {
    List<Instant> changed = new ArrayList<>();
    for (List<? extends Aggregate<?, ?, ?>> aggregates : List.of(caseload.cases(), caseload.referrals(),
        caseload.escalations(), caseload.signals())) {
      aggregates.forEach(a -> changed.add(a.lastChangedAt()));
    }
    // Outreach cases are judged by the same instant (first-attempt and take-up norms), so they count alike.
    caseload.outreach().forEach(o -> changed.add(o.lastChangedAt()));
    long later = changed.stream().filter(at -> at.isAfter(when)).count();
    if (later > 0) {
      Instant latest = changed.stream().max(Instant::compareTo).orElseThrow();
      PrintWriter err = spec.commandLine().getErr();
      err.println(spec.qualifiedName() + ": warning: " + later + " of the " + changed.size() + " aggregates changed "
          + "after " + when + " (the last at " + latest + "); they are judged with those later events");
      err.flush();
    }
  }


  /**
   * Reads {@code --at}: an ISO-8601 instant, or a date meaning its start in the norms' zone, at which the check can
   * judge ({@link CaseloadCheck#canJudgeAt}: the years 0001 to 9999 there). The value is described, never quoted.
   */
  static final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      Instant at;
      try {
        at = Instant.parse(value);
      } catch (DateTimeParseException notAnInstant) {
        try {
          at = LocalDate.parse(value).atStartOfDay(ServiceNorms.dutchDefaults().zone()).toInstant();
        } catch (DateTimeException notADate) {
          throw new CommandLine.TypeConversionException(Describe.instant(value)
              + " is neither an instant (2026-12-15T09:00:00Z) nor a date (2026-12-15)");
        }
      }
      if (!CaseloadCheck.of(ServiceNorms.dutchDefaults()).canJudgeAt(at)) {
        throw new CommandLine.TypeConversionException("the check judges at instants in the years 0001 to 9999 in "
            + ServiceNorms.dutchDefaults().zone() + " [" + CheckCodes.AT_OUT_OF_RANGE + "]");
      }
      return at;
    }
  }

  /** Reads {@code --lang}: {@code nl} or {@code en}, in any case. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "nl" -> FindingText.dutch().locale();
        case "en" -> FindingText.english().locale();
        default -> throw new CommandLine.TypeConversionException("the language must be nl or en");
      };
    }
  }

  /** Reads {@code --fail-on}: a severity code. */
  static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      for (Severity s : Severity.values()) {
        if (s.code().equals(value.toLowerCase(Locale.ROOT))) {
          return s;
        }
      }
      throw new CommandLine.TypeConversionException(
          Describe.code(value) + " is not a severity (info, warning, error, critical)");
    }
  }
}
