package io.github.casework.examples.cli;

import io.github.casework.examples.stories.ClinicStory;
import io.github.casework.examples.stories.GapStory;
import io.github.casework.examples.stories.MrKStory;
import io.github.casework.examples.stories.Timeline;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casework demo}: tells two stories from the seed article by running the library, in Dutch or English — Mr.
 * K., whose social worker goes beyond her mandate to get him housed, and the structural signal that follows; and the
 * client sent between the clinic and social work until he died, against the day the check would have named the
 * deadlock; then the gaps in the rules (Mr. K. again, and the pregnant girl) as a service directory shows them.
 * Deterministic: the same text on every run in the same language.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    description = {"Tells two stories from the seed article by running the library: Mr. K., the garden shed and "
        + "the housing his social worker fought for, and the client sent between the clinic and social work; then the "
        + "gaps in the rules that leave Mr. K. and a pregnant girl outside every scheme."})
public final class DemoCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class,
      description = "nl (Dutch) or en (English). Default: the language of the system's locale, English when it is "
          + "neither.")
  private @Nullable Locale language;

  /** Creates the command; picocli calls this. */
  public DemoCommand() {}

  @Override
  public Integer call() {
    return tell(spec.commandLine().getOut(), language != null ? language : defaultLanguage());
  }

  /** {@return Dutch when the system's locale is Dutch, English otherwise} */
  static Locale defaultLanguage() {
    return LanguageConverter.of(Locale.getDefault());
  }

  /**
   * Tells both stories.
   *
   * @param out where to print, not null
   * @param language Dutch or English, not null
   * @return {@link ExitCodes#OK}
   */
  static int tell(PrintWriter out, Locale language) {
    Timeline t = new Timeline(language);
    t.narrate("Three stories from \"Ondernemender er op af in de sociale sector\" (Paul Overvoorde), run through "
        + "casework. Each step: what happened, what the library recorded, and what the caseload check would have "
        + "said then. Times are Amsterdam time.", "Drie verhalen uit \"Ondernemender er op af in de sociale sector\" "
        + "(Paul Overvoorde), doorgespeeld met casework. Bij elke stap: wat er gebeurde, wat casework "
        + "vastlegde, en wat de caseloadcheck op dat moment had gezegd. Tijden zijn Amsterdamse tijd.");
    MrKStory.run(t);
    ClinicStory.run(t);
    GapStory.run(t);
    t.narrate("Run `casework check samples/caseload.json` to check a whole caseload the same way.",
        "Draai `casework check samples/caseload.json` om een hele caseload zo te controleren.");
    t.printTo(out);
    return ExitCodes.OK;
  }

  /** Reads {@code --lang}: {@code nl} or {@code en}. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Override
    public Locale convert(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "nl" -> DUTCH;
        case "en" -> Locale.ENGLISH;
        default -> throw new CommandLine.TypeConversionException("the language must be nl or en, not " + Describe.code(value));
      };
    }

    static Locale of(Locale locale) {
      return locale.getLanguage().equals("nl") ? DUTCH : Locale.ENGLISH;
    }
  }
}
