package io.github.casework.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal, and progress of long reads shown there. */
final class Terminal {
  private Terminal() {}

  /** Bytes between two progress updates. */
  private static final long STEP = 4L * 1024 * 1024;

  /**
   * Tells whether the process's stderr is a terminal. On Linux the link of file descriptor 2 says so exactly;
   * elsewhere the console of the JVM (stdin and stdout both terminals) stands in for it.
   */
  static boolean isStderrTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * Wraps a stream so that reading it shows the megabytes read so far on {@code err}, on one line rewritten in
   * place, and clears the line at the end.
   *
   * @param in the stream, not null
   * @param name the file name to show, not null
   * @param err the terminal, not null
   * @return the wrapped stream
   */
  static InputStream withProgress(InputStream in, String name, PrintWriter err) {
    return new FilterInputStream(in) {
      private long read;
      private long next = STEP;
      private boolean shown;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? -1 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(n);
        return n;
      }

      private void count(int n) {
        if (n < 0) {
          if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
          }
          return;
        }
        read += n;
        if (read >= next) {
          next = read + STEP;
          err.printf("\rcasework: reading %s: %d MB", name, read / (1024 * 1024));
          err.flush();
          shown = true;
        }
      }
    };
  }
}
