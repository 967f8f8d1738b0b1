package io.github.casework.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the {@code version=} line of the {@code version.properties} that the build filters into a package. Kept free
 * of Jackson so that its I/O stays apart from Jackson's failures (casework-json3/README.md).
 */
public final class VersionText {
  private VersionText() {}

  /**
   * Returns the version the build wrote next to a class.
   *
   * @param anchor a class of the package that holds {@code version.properties}
   * @return the version, or empty if there is no such file or line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Optional<String> of(Class<?> anchor) {
    try (InputStream in = anchor.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Optional.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n", -1)) {
        if (line.startsWith("version=")) {
          return Optional.of(line.substring("version=".length()).trim());
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
