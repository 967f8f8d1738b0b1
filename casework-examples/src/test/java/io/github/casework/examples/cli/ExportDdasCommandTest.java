package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.earlywarning.EndResult;
import io.github.casework.examples.sample.SampleCaseload;
import io.github.casework.json.ddas.DdasExport;
import io.github.casework.json.ddas.DdasRequest;
import io.github.casework.json.ddas.DdasSummary;
import io.github.casework.norm.ServiceNorms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casework export ddas}: the DDAS delivery of the sample's outreach cases. */
class ExportDdasCommandTest {
  @TempDir
  Path dir;

  @Test
  void aFileOfAnotherKindIsRefusedWithTheExportsCatalogueCode() {
    Path file = Cli.write(dir, "case.json", ValidateCommandTest.caseDocument());
    Cli.Run run = Cli.run("export", "ddas", file.toString(), "--from", "2026-10-01", "--to", "2026-12-31",
        "--municipality", "0363", "--supplier", "CASEWORK");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("casework export ddas: " + file + ": holds a document of kind 'case'; export "
        + "ddas reads a caseload snapshot (kind 'caseload') or event stream (kind 'caseload-events') "
        + "[" + CliCodes.EXPORT_WRONG_KIND + "]\n");
    assertThat(CliCodes.all()).anyMatch(c -> c.code().equals("export.wrong-kind"));
  }


  @Test
  void theDeliveryOfTheAutumnHoldsTheSamplesOutreachCasesWithTheirEndResults() {
    Cli.Run run = Cli.run("export", "ddas", "--from", "2026-10-01", "--to", "2026-12-31", "--municipality", "0363",
        "--supplier", "CASEWORK");
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    DdasSummary read = DdasSummary.read(run.out().getBytes(StandardCharsets.UTF_8));
    DdasRequest request = new DdasRequest("CASEWORK", "0363", "Welzijn Zuidoost", LocalDate.of(2026, 10, 1),
        LocalDate.of(2026, 12, 31), Cli.NOW, ServiceNorms.dutchDefaults().zone());
    assertThat(read).isEqualTo(DdasSummary.of(request, DdasExport.inPeriod(request,
        SampleCaseload.generate(SampleCaseload.SEED).caseload().outreach())));
    assertThat(read.deliveries().get(0).endResults()).containsEntry(EndResult.FOLLOW_UP_FINANCIAL, 1);
    // The case of September without an end result is still open, so it is in the delivery; nothing is left out.
    assertThat(read.deliveries().get(0).cases())
        .isEqualTo(SampleCaseload.generate(SampleCaseload.SEED).caseload().outreach().size());
    assertThat(run.out()).contains("\"aanleverdatumEnTijd\":\"" + Cli.NOW + "\"");
  }

  @Test
  void aBadDateCodeOrPeriodIsOneLineThatDescribesTheValue() {
    String[][] bad = {
        {"--from", "2026-1x-01", "--to", "2026-12-31", "--municipality", "0363", "--supplier", "S"},
        {"--from", "2026-12-01", "--to", "2026-11-30", "--municipality", "0363", "--supplier", "S"},
        {"--from", "2026-10-01", "--to", "2026-12-31", "--municipality", "Amsterdam", "--supplier", "S"},
        {"--from", "2026-10-01", "--to", "2026-12-31", "--supplier", "S"}};
    for (String[] args : bad) {
      String[] full = new String[args.length + 2];
      full[0] = "export";
      full[1] = "ddas";
      System.arraycopy(args, 0, full, 2, args.length);
      Cli.Run run = Cli.run(full);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.INVALID);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().lines()).as(String.join(" ", args)).hasSize(1);
      assertThat(run.err()).startsWith("casework export ddas: ").doesNotContain("2026-1x-01", "Amsterdam",
          "Exception");
    }
  }
}
