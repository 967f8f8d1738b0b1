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
}
