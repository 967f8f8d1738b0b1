package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The demo's output is fixed by {@code src/test/resources/golden/demo.txt}. After a deliberate change of the stories,
 * regenerate it with {@code ./casework demo > casework-examples/src/test/resources/golden/demo.txt} and review the
 * diff.
 */
class DemoCommandTest {
  static final Path GOLDEN = Cli.MODULE.resolve("src/test/resources/golden/demo.txt");

  @Test
  void demoPrintsTheGoldenTimeline() {
    Cli.Run run = Cli.run("demo");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(Cli.read(GOLDEN));
  }

  @Test
  void withoutACommandTheDemoRuns() {
    Cli.Run run = Cli.run();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(Cli.read(GOLDEN));
  }

  @Test
  void theDemoIsTheSameOnEveryRun() {
    assertThat(Cli.run("demo").out()).isEqualTo(Cli.run("demo").out());
  }

  @Test
  void demoTakesNoArguments() {
    Cli.Run run = Cli.run("demo", "extra");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Unmatched argument");
  }
}
