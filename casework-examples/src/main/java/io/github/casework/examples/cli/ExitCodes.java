package io.github.casework.examples.cli;

/** The exit codes of the {@code casework} command, the same for every subcommand. */
public final class ExitCodes {
  private ExitCodes() {}

  /** All went well; for {@code check}: no finding reached {@code --fail-on}. */
  public static final int OK = 0;

  /** {@code check}: at least one finding reached {@code --fail-on}. */
  public static final int FINDINGS = 1;

  /** A usage error, or input that cannot be read or is invalid. */
  public static final int INVALID = 2;

  /** An internal error: a bug in casework. */
  public static final int BUG = 3;

  /**
   * The Java heap ran out: the input is larger than the heap can hold. The message names the heap's maximum and how to
   * raise it ({@code JAVA_OPTS=-Xmx1g ./casework ...}).
   */
  public static final int OUT_OF_MEMORY = 4;
}
