package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir
  Path dir;

  @Test
  void aFileOfAnotherKindIsRefusedByName() {
    Path file = Cli.write(dir, "case.json", ValidateCommandTest.caseDocument());
    Cli.Run run = Cli.run("check", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("casework check: " + file + ": holds a document of kind 'case'; check reads a "
        + "caseload snapshot (kind 'caseload') or event stream (kind 'caseload-events') [check.wrong-kind]\n");
  }

  @Test
  void badFilesAreExitCodeTwoWithNothingOnStdout() {
    Path empty = Cli.write(dir, "empty.json", "");
    Path notJson = Cli.write(dir, "not.json", "{\"format\": casework}\n");
    Path binary = Cli.write(dir, "binary.json", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    for (Path file : List.of(empty, notJson, binary, dir.resolve("missing.json"))) {
      Cli.Run run = Cli.run("check", file.toString());
      assertThat(run.exitCode()).as(file.toString()).isEqualTo(ExitCodes.INVALID);
      assertThat(run.out()).as(file.toString()).isEmpty();
      assertThat(run.err()).as(file.toString()).startsWith("casework check: " + file).contains(" [")
          .doesNotContain("Exception", "\tat ");
    }
    assertThat(Cli.run("check", empty.toString()).err()).contains("empty", "[json.truncated]");
    assertThat(Cli.run("check", notJson.toString()).err()).contains(notJson + ":1:", "[json.");
  }

  @Test
  void emptyStandardInputIsInvalid() {
    Cli.Run run = Cli.runWithStdin(new byte[0], "check", "-");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("casework check: <stdin>:1:1: the input is empty");
  }

  @Test
  void optionsAreCheckedBeforeReading() {
    Cli.Run badAt = Cli.run("check", "--at", "yesterday", "x.json");
    assertThat(badAt.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(badAt.err()).contains("a text of 9 characters", "is neither an instant").doesNotContain("yesterday");
    Cli.Run badSeverity = Cli.run("check", "--fail-on", "fatal", "x.json");
    assertThat(badSeverity.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(badSeverity.err()).contains("a text of 5 characters", "is not a severity").doesNotContain("fatal");
    Cli.Run badFormat = Cli.run("check", "--format", "xml", "x.json");
    assertThat(badFormat.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(badFormat.err()).contains("--format", "table, json, html").doesNotContain("xml");
    Cli.Run noFile = Cli.run("check");
    assertThat(noFile.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(noFile.err()).contains("Missing required parameter: 'FILE'");
  }

  @Test
  void aDateMeansTheStartOfThatDayInAmsterdam() {
    assertThat(new CheckCommand.InstantConverter().convert("2026-12-15"))
        .isEqualTo(java.time.Instant.parse("2026-12-14T23:00:00Z"));
    assertThat(new CheckCommand.InstantConverter().convert("2026-12-15T09:00:00Z"))
        .isEqualTo(java.time.Instant.parse("2026-12-15T09:00:00Z"));
  }
}
