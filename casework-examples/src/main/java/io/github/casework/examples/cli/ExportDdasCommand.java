package io.github.casework.examples.cli;

import io.github.casework.InvalidValueException;
import io.github.casework.examples.sample.SampleCaseload;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.OutreachHistory;
import io.github.casework.json.ddas.DdasExport;
import io.github.casework.json.ddas.DdasRequest;
import io.github.casework.norm.ServiceNorms;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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
 * {@code casework export ddas [FILE|-] --from DATE --to DATE --municipality CODE --supplier CODE}: writes the DDAS
 * delivery (Uitwisselmodel v1.2, for CBS) of the outreach cases of early signals over a period, as {@link DdasExport}
 * writes it, on stdout; the delivery instant is the command's clock. The cases are those of a caseload file (a
 * snapshot or event stream carrying outreach cases) or, without FILE, of the built-in sample caseload (Welzijn
 * Zuidoost). Each case is exported as it stood at the end of the period ({@link DdasExport#atPeriodEnd}). The model
 * keeps no municipality per case, so every outreach case of the file is the given municipality's: give one
 * municipality's file.
 */
@Command(name = "ddas", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Writes the DDAS delivery (Uitwisselmodel v1.2, for CBS) of the outreach cases of early signals "
        + "over a period to stdout: those of a caseload FILE (JSON, kind caseload, or NDJSON, kind caseload-events), "
        + "or without FILE those of the built-in sample caseload. Each case is reported as it stood at the end of the "
        + "period. Every outreach case of the file counts as the given municipality's: give one municipality's file."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:exported",
        "2:usage error: a date, a code or the period is invalid (the message names the option and the rule), or "
            + "the file is unreadable or invalid (the message names file, line or path, and rule)"})
public final class ExportDdasCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", arity = "0..1",
      description = "The caseload file whose outreach cases to export, or - for standard input. Default: the "
          + "built-in sample caseload.")
  private @Nullable String file;

  @Option(names = {"--lenient", "--tolerant"},
      description = "Skip members the format does not define; by default they are errors.")
  private boolean lenient;

  @Option(names = "--from", required = true, paramLabel = "DATE", converter = DateConverter.class,
      description = "The first day of the period, such as 2026-10-01.")
  private LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", converter = DateConverter.class,
      description = "The last day of the period, such as 2026-12-31.")
  private LocalDate to;

  @Option(names = "--municipality", required = true, paramLabel = "CODE",
      description = "The municipality's four-digit code (gemeentecode), such as 0363.")
  private String municipality;

  @Option(names = "--supplier", required = true, paramLabel = "CODE",
      description = "The code of the supplier that delivers (codeGegevensleverancier).")
  private String supplier;

  @Option(names = "--organisation", paramLabel = "NAME", defaultValue = "Welzijn Zuidoost",
      description = "The name of the organisation that delivers. Default: ${DEFAULT-VALUE}.")
  private String organisation;

  /** Creates the command; picocli calls this. */
  public ExportDdasCommand() {}

  @Override
  public Integer call() {
    CaseworkCommand root = (CaseworkCommand) spec.root().userObject();
    DdasRequest request;
    try {
      request = new DdasRequest(supplier, municipality, organisation, from, to,
          root.clock().instant().truncatedTo(ChronoUnit.SECONDS), ServiceNorms.dutchDefaults().zone());
    } catch (InvalidValueException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " [" + e.code() + "]");
    }
    List<OutreachHistory> histories;
    String source = file;
    if (source == null) {
      histories = SampleFiles.snapshot(SampleCaseload.generate(SampleCaseload.SEED)).outreach();
    } else {
      try (Input input = Input.open(source, root.stdin(), spec.commandLine().getErr(), root.progress())) {
        histories = CaseloadFiles.readSnapshot(input, lenient ? CaseworkJson.standard() : CaseworkJson.strict(),
            "export ddas").outreach();
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      DdasExport.write(request, DdasExport.atPeriodEnd(request, histories), bytes);
    } catch (InvalidValueException e) {
      // Two outreach cases of the file bundle one signal: the file's data, not a usage error.
      throw InputException.rejected(source == null ? "the sample" : source, Optional.empty(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(bytes.toString(StandardCharsets.UTF_8));
    out.print("\n");
    out.flush();
    return ExitCodes.OK;
  }

  /** Reads a date, yyyy-MM-dd; the value is described, never quoted. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(Describe.instant(value) + " is not a date (2026-12-31)");
      }
    }
  }
}
