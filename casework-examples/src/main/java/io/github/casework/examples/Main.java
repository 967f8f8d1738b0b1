package io.github.casework.examples;

/**
 * Entry point of the {@code casework} launcher. Until the command-line issue lands it knows one command,
 * {@code demo} (the default), which tells the story of Mr. K. by running the library.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command named by the first argument.
   *
   * @param args {@code demo} or nothing
   */
  public static void main(String[] args) {
    String command = args.length == 0 ? "demo" : args[0];
    if (command.equals("demo")) {
      MrKStory.run(System.out);
    } else if (command.equals("--help") || command.equals("-h")) {
      System.out.println("usage: casework [demo]");
    } else {
      System.err.println("casework: unknown command '" + command + "' (try: casework demo)");
      System.exit(2);
    }
  }
}
