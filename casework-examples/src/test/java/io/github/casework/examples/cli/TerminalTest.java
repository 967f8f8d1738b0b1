package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void progressCountsMegabytesOnOneLineAndClearsItAtTheEnd() throws IOException {
    StringWriter err = new StringWriter();
    byte[] data = new byte[9 * 1024 * 1024];
    try (InputStream in = Terminal.withProgress(new ByteArrayInputStream(data), "big.ndjson", new PrintWriter(err))) {
      assertThat(in.readAllBytes()).hasSize(data.length);
    }
    assertThat(err.toString()).contains("\rcasework: reading big.ndjson: 4 MB", "\rcasework: reading big.ndjson: 8 MB")
        .endsWith("\r\033[K").doesNotContain("\n");
  }

  @Test
  void aSmallReadShowsNothing() throws IOException {
    StringWriter err = new StringWriter();
    try (InputStream in = Terminal.withProgress(new ByteArrayInputStream(new byte[1000]), "small.json",
        new PrintWriter(err))) {
      in.readAllBytes();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void testsDoNotRunOnATerminal() {
    // Surefire's forked JVM writes stderr to a pipe; the check must say so rather than fail.
    assertThat(Terminal.isStderrTerminal()).isFalse();
  }
}
