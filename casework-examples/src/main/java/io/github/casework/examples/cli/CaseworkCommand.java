package io.github.casework.examples.cli;

import static java.util.Objects.requireNonNull;

import io.github.casework.json.CaseworkModule;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code casework} command: the entry point of the shaded jar that the root launcher {@code ./casework} runs.
 * Without a subcommand it runs {@code demo}.
 *
 * <p>Exit codes, the same for every subcommand: {@value ExitCodes#OK} when all went well (for {@code check}: no
 * finding reached {@code --fail-on}), {@value ExitCodes#FINDINGS} when a finding did, {@value ExitCodes#INVALID}
 * for a usage error or unreadable or invalid input (the message on stderr names the file, the line or JSON path,
 * and the rule), {@value ExitCodes#BUG} for an internal error, which is a bug in casework, and
 * {@value ExitCodes#OUT_OF_MEMORY} when the Java heap ran out (the message names the heap used and its maximum, and
 * how to raise it). Results go to stdout, everything else (errors, progress) to stderr; every error is one line.
 *
 * <p>The clock, standard input and whether to show progress are given to the constructor, so that the command runs
 * in-process in tests exactly as it does from the shell; only {@link #main} reads the system's.
 */
@Command(name = "casework",
    description = {"Casework in the social sector: cases, referrals, escalations and signals.",
        "Without a command, runs the demo."},
    mixinStandardHelpOptions = true,
    versionProvider = CaseworkCommand.Version.class,
    subcommands = {DemoCommand.class, CheckCommand.class, ValidateCommand.class, SampleCommand.class,
        SimulateCommand.class, ImportCommand.class, ExportCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:all went well; for check: no finding reached --fail-on",
        "1:check: a finding reached --fail-on",
        "2:usage error, or unreadable or invalid input",
        "3:internal error (a bug in casework)",
        "4:the Java heap ran out; raise it with JAVA_OPTS=-Xmx1g ./casework ..."})
public final class CaseworkCommand implements Callable<Integer> {
  private final Clock clock;
  private final InputStream stdin;
  private final boolean progress;

  @Spec
  private CommandSpec spec;

  /**
   * Creates the command with what it reads from its environment.
   *
   * @param clock the clock that gives "now" (the default of {@code check --at}), not null
   * @param stdin what the file name {@code -} reads, not null
   * @param progress whether long reads show progress on stderr (when stderr is a terminal), not null
   */
  public CaseworkCommand(Clock clock, InputStream stdin, boolean progress) {
    this.clock = requireNonNull(clock, "clock");
    this.stdin = requireNonNull(stdin, "stdin");
    this.progress = progress;
  }

  /**
   * Runs the command as the launcher does, and exits with its exit code.
   *
   * @param args the arguments, not null
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
    int code = execute(args, new CaseworkCommand(Clock.systemUTC(), System.in, Terminal.isStderrTerminal()), out,
        err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command in-process.
   *
   * @param args the arguments, not null
   * @param command the command with its environment, not null
   * @param out where results go, not null
   * @param err where errors and progress go, not null
   * @return the exit code
   */
  public static int execute(String[] args, CaseworkCommand command, PrintWriter out, PrintWriter err) {
    try {
      return newCommandLine(command, out, err).execute(args);
    } catch (OutOfMemoryError e) {
      // What the command held is unreachable once the stack has unwound, so there is room to say what happened.
      Runtime runtime = Runtime.getRuntime();
      long used = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
      long max = runtime.maxMemory() >> 20;
      err.println("casework: out of memory: the Java heap (" + used + " MiB used of at most " + max + " MiB) cannot "
          + "hold this input; give Java more with -Xmx, e.g. JAVA_OPTS=-Xmx2g ./casework ... (the launcher passes "
          + "JAVA_OPTS to java), or java -Xmx2g -jar the casework jar");
      err.flush();
      return ExitCodes.OUT_OF_MEMORY;
    }
  }

  /**
   * Builds the picocli command line with the casework's error handling: invalid input is exit code 2 with a
   * one-line message, anything unexpected is exit code 3 with the stack trace.
   *
   * @param command the command with its environment, not null
   * @param out where results go, not null
   * @param err where errors and progress go, not null
   * @return the command line, ready to execute
   */
  public static CommandLine newCommandLine(CaseworkCommand command, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(command);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, args) -> {
      String name = e.getCommandLine().getCommandSpec().qualifiedName();
      String message = withoutArguments(e.getMessage(), args, e.getCommandLine().getCommandSpec());
      e.getCommandLine().getErr().println(name + ": " + oneLine(message) + "; see " + name + " --help");
      e.getCommandLine().getErr().flush();
      return ExitCodes.INVALID;
    });
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      String name = commandLine.getCommandSpec().qualifiedName();
      if (e instanceof InputException input) {
        commandLine.getErr().println(name + ": " + input.getMessage());
        commandLine.getErr().flush();
        return ExitCodes.INVALID;
      }
      commandLine.getErr().println(name + ": internal error (a bug in casework; please report it):");
      e.printStackTrace(commandLine.getErr());
      commandLine.getErr().flush();
      return ExitCodes.BUG;
    });
    return cl;
  }

  /**
   * Replaces every argument the user gave (or the value after an option's {@code =}) that picocli's message quotes
   * by a description of it: arguments may hold personal data, and no message echoes input. The command's own option
   * and subcommand names stay, so that the message still says which option was wrong.
   */
  private static String withoutArguments(String message, String[] args, CommandLine.Model.CommandSpec spec) {
    String result = message;
    for (String arg : args) {
      int eq = arg.startsWith("-") ? arg.indexOf('=') : -1;
      for (String given : eq > 0 ? new String[] {arg, arg.substring(eq + 1)} : new String[] {arg}) {
        if (given.isEmpty() || spec.optionsMap().containsKey(given) || spec.subcommands().containsKey(given)) {
          continue;
        }
        int length = given.codePointCount(0, given.length());
        result = result.replace("'" + given + "'", "(a value of " + length + (length == 1 ? " character)"
            : " characters)"));
      }
    }
    return result;
  }

  /**
   * Makes picocli's message about the arguments one short line: picocli quotes arguments (an unknown option, an
   * unmatched argument), which may hold line breaks or terminal escapes; those become {@code ?}, and the line is cut.
   */
  private static String oneLine(String message) {
    StringBuilder sb = new StringBuilder();
    message.codePoints().limit(200).forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return message.codePointCount(0, message.length()) > 200 ? sb.append("...").toString() : sb.toString();
  }

  /** Runs the demo, the default command. */
  @Override
  public Integer call() {
    return DemoCommand.tell(spec.commandLine().getOut(), DemoCommand.defaultLanguage());
  }

  Clock clock() {
    return clock;
  }

  InputStream stdin() {
    return stdin;
  }

  boolean progress() {
    return progress;
  }

  /** The version: the casework version, and the Java runtime. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"casework " + new CaseworkModule().version(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
  }
}
