package io.github.casework.json.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.casework.json.UnsupportedJacksonException;
import java.util.Optional;

/**
 * What the Jackson 2 on the class path can do. The module is compiled against the newest 2.x and runs on every
 * version from {@link #FLOOR} on: what older versions lack is looked up by name rather than linked, so a missing
 * feature is a branch not taken instead of a {@code NoSuchFieldError}. Below the floor the facade and the module
 * refuse to start ({@link UnsupportedJacksonException}): 2.16 brought the limits on name length and document size
 * that the reader's hostile-input guarantees rest on.
 */
public final class JacksonSupport {
  /** The oldest jackson-core and jackson-databind the module runs on. */
  public static final String FLOOR = "2.16.0";

  private static final Version FLOOR_VERSION = new Version(2, 16, 0, null, "com.fasterxml.jackson.core", "");

  /**
   * Writes an astral character as one 4-byte UTF-8 sequence (2.18 on); older byte generators write it as two
   * escapes, so without it the facade writes through a UTF-8 writer, which gives the same bytes.
   */
  public static final Optional<JsonWriteFeature> COMBINE_SURROGATES =
      writeFeature("COMBINE_UNICODE_SURROGATES_IN_UTF8");

  /** Escapes {@code /} when enabled (2.17 on); before 2.17 it was never escaped, which is what the format wants. */
  public static final Optional<JsonWriteFeature> ESCAPE_FORWARD_SLASHES = writeFeature("ESCAPE_FORWARD_SLASHES");

  private JacksonSupport() {}

  /**
   * Checks that jackson-core and jackson-databind are at least {@link #FLOOR}.
   *
   * @throws UnsupportedJacksonException if one of them is older
   */
  public static void requireSupported() {
    check("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    check("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
  }

  private static void check(String artifact, Version found) {
    if (compare(found) < 0) {
      throw new UnsupportedJacksonException(artifact, found.toString(), FLOOR);
    }
  }

  private static int compare(Version found) {
    if (found.getMajorVersion() != FLOOR_VERSION.getMajorVersion()) {
      return Integer.compare(found.getMajorVersion(), FLOOR_VERSION.getMajorVersion());
    }
    if (found.getMinorVersion() != FLOOR_VERSION.getMinorVersion()) {
      return Integer.compare(found.getMinorVersion(), FLOOR_VERSION.getMinorVersion());
    }
    return Integer.compare(found.getPatchLevel(), FLOOR_VERSION.getPatchLevel());
  }

  private static Optional<JsonWriteFeature> writeFeature(String name) {
    for (JsonWriteFeature f : JsonWriteFeature.values()) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
