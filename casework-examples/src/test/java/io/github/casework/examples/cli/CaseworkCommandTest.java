package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseworkCommandTest {
  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli.Run run = Cli.run("--help");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Usage: casework", "demo", "check", "validate", "sample", "Exit codes:");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everySubcommandHasHelpAndVersion() {
    for (String command : new String[] {"demo", "check", "validate", "sample"}) {
      Cli.Run help = Cli.run(command, "--help");
      assertThat(help.exitCode()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(help.out()).as(command).contains("Usage: casework " + command);
      Cli.Run version = Cli.run(command, "--version");
      assertThat(version.exitCode()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(version.out()).as(command).startsWith("casework 0.");
    }
  }

  @Test
  void versionNamesCaseworkAndJava() {
    Cli.Run run = Cli.run("--version");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).startsWith("casework 0.").contains("Java ");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    Cli.Run run = Cli.run("frobnicate");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Unmatched argument", "(a value of 10 characters)").doesNotContain("frobnicate");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli.Run run = Cli.run("check", "--colour", "x.json");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Unknown option", "(a value of 8 characters)").doesNotContain("colour");
  }
}
