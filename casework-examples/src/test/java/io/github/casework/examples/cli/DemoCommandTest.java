package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The demo's output is fixed by {@code src/test/resources/golden/demo.txt} (English) and {@code demo-nl.txt}
 * (Dutch). After a deliberate change of the stories, regenerate them with
 * {@code ./casework demo --lang en > casework-examples/src/test/resources/golden/demo.txt} (and {@code --lang nl >
 * demo-nl.txt}) and review the diff.
 */
class DemoCommandTest {
  static final Path GOLDEN = Cli.MODULE.resolve("src/test/resources/golden/demo.txt");
  static final Path GOLDEN_NL = Cli.MODULE.resolve("src/test/resources/golden/demo-nl.txt");

  @Test
  void demoPrintsTheGoldenTimelineInEnglishAndInDutch() {
    Cli.Run en = Cli.run("demo", "--lang", "en");
    assertThat(en.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(en.err()).isEmpty();
    assertThat(en.out()).isEqualTo(Cli.read(GOLDEN));
    Cli.Run nl = Cli.run("demo", "--lang", "NL");
    assertThat(nl.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(nl.out()).isEqualTo(Cli.read(GOLDEN_NL));
  }

  @Test
  void withoutLangTheSystemLocaleChoosesAndEnglishIsTheFallback() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("nl-NL"));
      assertThat(Cli.run("demo").out()).isEqualTo(Cli.read(GOLDEN_NL));
      assertThat(Cli.run().out()).isEqualTo(Cli.read(GOLDEN_NL));
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      assertThat(Cli.run("demo").out()).isEqualTo(Cli.read(GOLDEN));
      assertThat(Cli.run().out()).isEqualTo(Cli.read(GOLDEN));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void bothLanguagesTellTheSameStoryLineForLine() {
    String en = Cli.read(GOLDEN);
    String nl = Cli.read(GOLDEN_NL);
    for (String[] fact : new String[][] {{"garden shed", "tuinhuisje"}, {"Wsnp", "Wsnp"},
        {"her benefit", "haar uitkering"}, {"She takes the risk", "Zij neemt het risico"},
        {"cirrhosis", "cirrose"}, {"148 days later", "148 dagen later"}}) {
      assertThat(en).contains(fact[0]);
      assertThat(nl).contains(fact[1]);
    }
    assertThat(nl.lines().filter(l -> l.startsWith("  vastgelegd")).count())
        .isEqualTo(en.lines().filter(l -> l.startsWith("  recorded")).count());
    assertThat(nl.lines().filter(l -> l.startsWith("  de check")).count())
        .isEqualTo(en.lines().filter(l -> l.startsWith("  the check")).count());
  }

  @Test
  void theDemoIsShortEnoughToReadInTwoMinutes() {
    for (Path golden : new Path[] {GOLDEN, GOLDEN_NL}) {
      String text = Cli.read(golden);
      // Two stories in 120 lines; the third, the gaps a service directory shows (issue 20), in 40 more.
      assertThat(text.lines().count()).as(golden.toString()).isLessThanOrEqualTo(160);
      assertThat(text.lines().mapToInt(String::length).max().orElse(0)).as(golden.toString())
          .isLessThanOrEqualTo(110);
    }
  }

  @Test
  void theDemoIsTheSameOnEveryRun() {
    assertThat(Cli.run("demo", "--lang", "en").out()).isEqualTo(Cli.run("demo", "--lang", "en").out());
  }

  @Test
  void demoTakesNoArgumentsAndOnlyKnownLanguages() {
    Cli.Run run = Cli.run("demo", "extra");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Unmatched argument");
    Cli.Run lang = Cli.run("demo", "--lang", "fr");
    assertThat(lang.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(lang.out()).isEmpty();
    assertThat(lang.err()).contains("the language must be nl or en").doesNotContain("fr");
  }
}
