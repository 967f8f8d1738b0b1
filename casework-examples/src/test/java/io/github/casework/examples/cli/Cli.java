package io.github.casework.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the {@code casework} command in-process with captured stdout and stderr, a fixed clock and given stdin. */
final class Cli {
  /** The clock of the tests: mid-December 2026, when the sample is meant to be checked. */
  static final Instant NOW = Instant.parse("2026-12-15T09:00:00Z");

  /** The module's folder. */
  static final Path MODULE = moduleDir();

  private Cli() {}

  private static Path moduleDir() {
    String basedir = System.getProperty("basedir");
    return basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
  }

  /**
   * What one run printed and returned.
   *
   * @param exitCode the exit code
   * @param out what went to stdout
   * @param err what went to stderr
   */
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    return runWithStdin(new byte[0], args);
  }

  static Run runWithStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CaseworkCommand command = new CaseworkCommand(Clock.fixed(NOW, ZoneOffset.UTC), new ByteArrayInputStream(stdin),
        false);
    int code = CaseworkCommand.execute(args, command, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
