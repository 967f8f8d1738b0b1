package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  @TempDir
  Path dir;

  @Test
  void aShortRunWritesItsFilesAndPrintsTheEstimates() throws Exception {
    Path config = Cli.write(dir, "small.json", "{\"areas\":[{\"code\":\"zuidoost\",\"clientsPerYear\":600}]}");
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("simulate", "--config", config.toString(), "--seed", "7", "--years", "1",
        "--replications", "2", "--out", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("refer-and-forget", "closed-loop", "clients_between_cracks", " ± ");
    for (String file : new String[] {"summary.csv", "summary.json", "weekly.csv", "policies.png", "config.json"}) {
      assertThat(out.resolve(file)).as(file).exists();
      assertThat(Files.size(out.resolve(file))).as(file).isPositive();
    }
  }

  @Test
  void badArgumentsAndConfigurationsAreExitCodeTwo() {
    Cli.Run years = Cli.run("simulate", "--years", "0", "--out", dir.toString());
    assertThat(years.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(years.out()).isEmpty();
    Cli.Run missing = Cli.run("simulate", "--config", dir.resolve("missing.json").toString(), "--out",
        dir.toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(missing.err()).contains("file not found");
    Path bad = Cli.write(dir, "bad.json", "{\"areas\":[{\"code\":\"x\",\"clientsPerYear\":-5}]}");
    Cli.Run invalid = Cli.run("simulate", "--config", bad.toString(), "--out", dir.toString());
    assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(invalid.out()).isEmpty();
    assertThat(invalid.err()).startsWith("casework simulate: " + bad + ": at ");
  }

  @Test
  void aSweepWritesItsTidyFileAndChartAndPrintsTheEffects() throws Exception {
    Path config = Cli.write(dir, "small.json", "{\"areas\":[{\"code\":\"zuidoost\",\"clientsPerYear\":600}]}");
    Path out = dir.resolve("sweep");
    Cli.Run run = Cli.run("simulate", "--config", config.toString(), "--seed", "7", "--years", "1",
        "--replications", "2", "--sweep", "closedLoop.followUpReliability=0.5:1:0.5", "--out", out.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("sweep of closedLoop.followUpReliability over 2 values", "0.5 ", " ± ")
        .doesNotContain("e+", "E-");
    for (String file : new String[] {"sweep.csv", "sweep.png", "config.json"}) {
      assertThat(Files.size(out.resolve(file))).as(file).isPositive();
    }
  }

  @Test
  void aBadSweepIsOneLineNamingTheRuleAndItsCode() {
    for (String bad : new String[] {"closedLoop.followUpReliability=1:0:0.1", "nothing.here=0:1:0.5",
        "closedLoop.followUpReliability=0:2:1", "socialWorkers=1:2:0.5"}) {
      Cli.Run run = Cli.run("simulate", "--years", "1", "--replications", "1", "--sweep", bad, "--out",
          dir.resolve("x").toString());
      assertOneLine(run, bad);
      assertThat(run.err()).startsWith("casework simulate: --sweep: ").contains("[simulation-");
    }
    assertThat(dir.resolve("x")).doesNotExist();
  }

  private static void assertOneLine(Cli.Run run, String what) {
    assertThat(run.exitCode()).as(what + ": " + run.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).as(what).isEmpty();
    assertThat(run.err().strip()).as(what).doesNotContain("\n", "Exception", "class ", "Source", "line -1",
        "io.github");
  }

  @Test
  void configurationErrorsNameThePathAndTheRuleInTheFilesWords() {
    String[][] cases = {
        {"{\"closedLoop\": {\"followUpReliabilty\": 0.5}}", "$.closedLoop.followUpReliabilty",
            "[simulation-config.unknown-field]"},
        {"{\"socialWorkers\": \"many\"}", "$.socialWorkers", "[simulation-config.wrong-type]"},
        {"{\"areas\": [{\"code\": \"x\", \"clientsPerYear\": 1e9}]}", "$.areas[0].clientsPerYear",
            "[simulation-config.out-of-range]"},
        {"{\"socialWorkers\": 1e9}", "$.socialWorkers", "[simulation-config."},
        {"{\"cracksGraceDays\": 100000}", "$.cracksGraceDays", "[simulation-config.out-of-range]"},
        {"{\"areas\": [", "$", "[simulation-config.malformed]"}};
    for (String[] c : cases) {
      Path config = Cli.write(dir, "config.json", c[0]);
      Cli.Run run = Cli.run("simulate", "--config", config.toString(), "--years", "1", "--replications", "1",
          "--out", dir.resolve("out").toString());
      assertOneLine(run, c[0]);
      assertThat(run.err()).as(c[0]).contains(c[1], c[2]);
      assertThat(run.err()).as(c[0]).doesNotContain(c[1] + ": " + c[1]);
    }
  }

  @Test
  void anOutputPathThatIsAFileIsSaidInWords() {
    Path file = Cli.write(dir, "afile", "x");
    Cli.Run run = Cli.run("simulate", "--years", "1", "--replications", "1", "--out", file.toString());
    assertOneLine(run, "--out afile");
    assertThat(run.err()).contains(file.toString(), "not a directory");
  }
}
