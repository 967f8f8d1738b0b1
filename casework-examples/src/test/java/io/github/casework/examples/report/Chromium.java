package io.github.casework.examples.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, run once per call with a new empty profile, no network services and a timeout; the process is
 * killed when the call ends, however it ends.
 */
final class Chromium {
  /** Where Debian installs it; {@code CASEWORK_CHROMIUM} names another. */
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

  private static final long TIMEOUT_SECONDS = 90;

  private final Path executable;

  private Chromium(Path executable) {
    this.executable = executable;
  }

  /**
   * Finds the browser: the one {@code CASEWORK_CHROMIUM} names when set (and none when that is not executable), else
   * Debian's, else {@code chromium} on the {@code PATH}.
   *
   * @return the browser, if there is one
   */
  static Optional<Chromium> find() {
    String configured = System.getenv("CASEWORK_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured);
      return Files.isExecutable(p) ? Optional.of(new Chromium(p)) : Optional.empty();
    }
    List<String> candidates = new ArrayList<>(CANDIDATES);
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        candidates.add(Path.of(dir, "chromium").toString());
      }
    }
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst().map(Chromium::new);
  }

  /**
   * What one run left.
   *
   * @param exitCode the browser's exit code
   * @param stdout what it printed on stdout (the DOM, for {@code --dump-dom})
   * @param stderr its log, with the page's console messages
   */
  record Run(int exitCode, String stdout, String stderr) {
    /** {@return the page's console messages (errors, blocked loads), one per line} */
    List<String> consoleMessages() {
      return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
    }
  }

  /** Loads the page and dumps its DOM after loading. */
  Run dumpDom(Path page, Path work) {
    return run(work, "--dump-dom", page.toUri().toString());
  }

  /** Loads the page and saves a screenshot of the window's size. */
  Run screenshot(Path page, Path png, int width, int height, Path work) {
    return run(work, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", page.toUri().toString());
  }

  private Run run(Path work, String... args) {
    try {
      Path profile = Files.createTempDirectory(work, "profile");
      Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
      Path err = work.resolve("chromium-" + System.nanoTime() + ".err");
      List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
          "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
          "--user-data-dir=" + profile));
      command.addAll(List.of(args));
      Process p = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(out.toFile())
          .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      try {
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while chromium ran", e);
      } finally {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return executable.toString();
  }
}
