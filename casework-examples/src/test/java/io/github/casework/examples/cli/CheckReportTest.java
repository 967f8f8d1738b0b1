package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format html --out FILE}: the team report goes to the file, never over an existing one without
 * {@code --force}; a bad output argument is one line on stderr and exit code 2, before any input is read.
 */
class CheckReportTest {
  static final Path SAMPLE = Cli.MODULE.resolve("../samples/caseload.json");

  @TempDir
  Path dir;

  @Test
  void theReportIsWrittenToTheFileAndNothingToStdout() throws Exception {
    Path out = dir.resolve("report.html");
    Cli.Run run = Cli.run("check", SAMPLE.toString(), "--format", "html", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("referral.precondition-deadlock")
        .endsWith("</html>\n");
  }

  @Test
  void withoutOutTheReportGoesToStdout() {
    Cli.Run run = Cli.run("check", SAMPLE.toString(), "--format", "html");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.out()).startsWith("<!DOCTYPE html>");
  }

  @Test
  void anExistingFileIsKeptUnlessForce() throws Exception {
    Path out = Cli.write(dir, "report.html", "mine");
    Cli.Run kept = Cli.run("check", SAMPLE.toString(), "--format", "html", "--out", out.toString());
    assertThat(kept.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(kept.out()).isEmpty();
    assertThat(kept.err())
        .isEqualTo("casework check: " + out + ": exists; add --force to overwrite it [file.exists]\n");
    assertThat(Files.readString(out)).isEqualTo("mine");

    Cli.Run forced = Cli.run("check", SAMPLE.toString(), "--format", "html", "--out", out.toString(), "--force");
    assertThat(forced.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void badOutputArgumentsAreOneLineAndExitCodeTwo() {
    Path noFolder = dir.resolve("missing/report.html");
    Cli.Run missing = Cli.run("check", SAMPLE.toString(), "--format", "html", "--out", noFolder.toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(missing.err())
        .isEqualTo("casework check: " + noFolder + ": its folder does not exist [file.no-folder]\n");
    assertThat(noFolder.getParent()).doesNotExist();

    Cli.Run folder = Cli.run("check", SAMPLE.toString(), "--format", "html", "--out", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(folder.err()).isEqualTo("casework check: " + dir + ": is a directory, not a file [file.directory]\n");

    Cli.Run forceAlone = Cli.run("check", SAMPLE.toString(), "--format", "html", "--force");
    assertThat(forceAlone.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(forceAlone.err()).isEqualTo("casework check: --force needs --out FILE\n");
    assertThat(forceAlone.out()).isEmpty();
  }

  @Test
  void theOutputFileIsCheckedBeforeTheInputIsRead() throws Exception {
    Path out = Cli.write(dir, "report.html", "mine");
    Cli.Run run = Cli.run("check", dir.resolve("no-such-caseload.json").toString(), "--format", "html", "--out",
        out.toString());
    assertThat(run.err()).contains("[file.exists]").doesNotContain("no such file");
  }
}
