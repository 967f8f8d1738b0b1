package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.check.Caseload;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input a new user (or an attacker) may give {@code check}: each gets one line on stderr and exit 2, never a trace. */
class HostileInputTest {
  @TempDir
  Path dir;

  private static String sample() {
    return Cli.read(Cli.MODULE.getParent().resolve("samples/caseload.json"));
  }

  private static void assertOneLineRefusal(Cli.Run run, String what) {
    assertThat(run.exitCode()).as(what + ": " + run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).as(what).isEmpty();
    assertThat(run.err()).as(what).doesNotContain("Exception", "\tat ").endsWith("\n");
    assertThat(run.err().strip()).as(what).doesNotContain("\n");
  }

  @Test
  void atInstantsTheCheckCannotJudgeAreOneLineRefusals() {
    Path file = Cli.write(dir, "caseload.json", sample());
    for (String at : List.of("9999-12-31T23:30:00Z", "0000-01-01", "+10000-01-01", "+1000000000-01-01T00:00:00Z",
        "-1000000000-01-01T00:00:00Z")) {
      Cli.Run run = Cli.run("check", "--at", at, file.toString());
      assertOneLineRefusal(run, at);
      assertThat(run.err()).as(at).contains("--at", "0001", "9999", "see casework check --help");
    }
  }

  @Test
  void aCaseloadDatedInAnyYearTheFormatAllowsIsChecked() {
    // validate accepts these; check used to crash (exit 3) in the holiday calendar or the quarter.
    for (String prefix : List.of("1200", "0001", "9998")) {
      String shifted = sample().replace("\"2026-", "\"" + prefix + "-").replace("\"2027-", "\""
          + String.format("%04d", Integer.parseInt(prefix) + 1) + "-");
      Path file = Cli.write(dir, prefix + ".json", shifted);
      assertThat(Cli.run("validate", file.toString()).exitCode()).as(prefix).isEqualTo(ExitCodes.OK);
      Cli.Run run = Cli.run("check", "--at", prefix + "-12-15T09:00:00Z", file.toString());
      assertThat(run.exitCode()).as(prefix + ": " + run.err()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(run.err()).as(prefix).doesNotContain("Exception");
    }
  }

  @Test
  void aSnapshotLabelledAsAStreamIsRefusedNotCheckedAsEmpty() {
    Path file = Cli.write(dir, "relabelled.json",
        sample().replace("\"kind\":\"caseload\"", "\"kind\":\"caseload-events\""));
    Cli.Run run = Cli.run("check", file.toString());
    assertOneLineRefusal(run, "relabelled");
    assertThat(run.err()).contains("[json.unknown-member]", "'cases'");
    // Tolerance does not make the aggregates disappear either.
    Cli.Run lenient = Cli.run("check", "--lenient", file.toString());
    assertOneLineRefusal(lenient, "relabelled, lenient");
    assertThat(lenient.err()).contains("[json.header-holds-aggregates]", "/data/cases");
  }

  @Test
  void aMisspelledMemberIsAnErrorUnlessToleranceIsAskedFor() {
    String sample = sample();
    assertThat(sample).contains("\"areas\":{");
    Path file = Cli.write(dir, "misspelled.json", sample.replace("\"areas\":{", "\"araes\":{"));
    Cli.Run strict = Cli.run("check", file.toString());
    assertOneLineRefusal(strict, "misspelled");
    assertThat(strict.err()).contains("[json.unknown-member]", "'araes'");
    Cli.Run lenient = Cli.run("check", "--lenient", file.toString());
    assertThat(lenient.exitCode()).as(lenient.err()).isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void anUnknownKindIsDescribedNeverEchoed() {
    String secret = "\u001b[31mJan Jansen\nBSN 123456782\u001b[0m " + "x".repeat(60_000);
    String json = sample().replace("\"kind\":\"caseload\"", "\"kind\":\"" + secret.replace("\u001b", "\\u001b")
        .replace("\n", "\\n") + "\"");
    Cli.Run run = Cli.run("check", Cli.write(dir, "echo.json", json).toString());
    assertOneLineRefusal(run, "echo");
    assertThat(run.err()).doesNotContain("Jansen", "123456782", "\u001b", "xxxxxxxx").hasSizeLessThan(400)
        .contains(secret.length() + " characters", "control character");
  }

  @Test
  void noCommandQuotesABadArgumentOrOptionValue() {
    String secret = "JanJansen";
    String[][] runs = {
        {"check", "--format", secret, "x.json"}, {"check", "--format=" + secret, "x.json"},
        {"check", "--lang", secret, "x.json"}, {"check", "--" + secret, "x.json"}, {"check", "a.json", "b.json"},
        {"demo", "--lang", secret}, {"demo", secret}, {secret}, {"sample", "--format", secret},
        {"sample", "--seed", secret}, {"simulate", "--years", secret}, {"validate", "--kind", secret, "x.json"}};
    for (String[] args : runs) {
      String what = String.join(" ", args);
      Cli.Run run = Cli.run(args);
      assertOneLineRefusal(run, what);
      assertThat(run.err()).as(what).doesNotContain(secret, "b.json");
    }
  }

  @Test
  void badOptionValuesAreDescribedNeverEchoed() {
    Cli.Run badAt = Cli.run("check", "--at", "Jan Jansen", "x.json");
    assertOneLineRefusal(badAt, "--at");
    assertThat(badAt.err()).doesNotContain("Jansen").contains("--at", "see casework check --help");
    Cli.Run badSeverity = Cli.run("check", "--fail-on", "Jan Jansen", "x.json");
    assertOneLineRefusal(badSeverity, "--fail-on");
    assertThat(badSeverity.err()).doesNotContain("Jansen");
  }

  @Test
  void runningOutOfMemoryIsOneLineWithItsOwnExitCode() throws Exception {
    Path stream = dir.resolve("big.ndjson");
    List<String> header = Files.readAllLines(Cli.MODULE.getParent().resolve("samples/caseload.ndjson"));
    try (OutputStream out = Files.newOutputStream(stream)) {
      out.write((header.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 200_000; i++) {
        out.write(("{\"type\":\"case.opened\",\"caseId\":\"case-x" + i + "\",\"client\":\"client-x" + i
            + "\",\"agency\":\"welzijn-zuidoost\",\"owner\":\"sw-anouk\",\"at\":\"2026-09-01T08:00:00Z\"}\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx24m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        CaseworkCommand.class.getName(), "check", "--at", "2026-12-15", stream.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String message = new String(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(message).isEqualTo(ExitCodes.OUT_OF_MEMORY);
    assertThat(message.strip()).doesNotContain("\n", "\tat ", "Exception").contains("MiB", "-Xmx", "JAVA_OPTS");
  }

  @Test
  void anAtBeforeTheDataIsAWarningLine() {
    Path file = Cli.write(dir, "caseload.json", sample());
    Cli.Run early = Cli.run("check", "--at", "2026-01-01", file.toString());
    assertThat(early.exitCode()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    assertThat(early.err()).startsWith("casework check: warning: ").contains("aggregates changed after")
        .doesNotContain("Exception");
    assertThat(early.err().strip()).doesNotContain("\n");
    assertThat(Cli.run("check", file.toString()).err()).isEmpty();
  }

  @Test
  void theWarningCountsTheOutreachCasesTooAsTheyAreJudgedAtTheSameInstant() throws Exception {
    Path file = Cli.write(dir, "caseload.json", sample());
    Caseload caseload;
    try (InputStream in = Files.newInputStream(file)) {
      caseload = CaseworkJson.strict().read(DocumentKind.CASELOAD, in).caseload();
    }
    assertThat(caseload.outreach()).isNotEmpty();
    int all = caseload.cases().size() + caseload.referrals().size() + caseload.escalations().size()
        + caseload.signals().size() + caseload.outreach().size();
    Cli.Run early = Cli.run("check", "--at", "2026-01-01", file.toString());
    assertThat(early.err()).contains(": warning: " + all + " of the " + all + " aggregates changed after");
  }

  @Test
  void nowIsPrintedInWholeSeconds() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    CaseworkCommand command = new CaseworkCommand(java.time.Clock.fixed(Cli.NOW.plusNanos(123_456_789),
        java.time.ZoneOffset.UTC), new java.io.ByteArrayInputStream(new byte[0]), false);
    CaseworkCommand.execute(new String[] {"check", Cli.write(dir, "caseload.json", sample()).toString()}, command,
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
    assertThat(out.toString()).contains("2026-12-15T09:00:00Z").doesNotContain("123456789", ":00.123");
  }

  @Test
  void aNamedPipeGetsANoteThatTheCommandWaitsForData() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    byte[] content = sample().getBytes(StandardCharsets.UTF_8);
    Thread writer = new Thread(() -> {
      try {
        Thread.sleep(300);
        Files.write(fifo, content);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();
    Cli.Run run = Cli.run("check", fifo.toString());
    writer.join();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(run.err()).isEqualTo("casework: " + fifo + " is not a regular file (a named pipe or device): waiting "
        + "for data; Ctrl-C stops\n");
  }
}
