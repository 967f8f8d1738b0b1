package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import io.github.casework.CaseworkException;

/**
 * Thrown when {@link CaseworkJson} or {@link CaseworkModule} is started on a Jackson 2 older than the module supports
 * (see the README's supported range): rather than fail later with a {@code NoSuchMethodError} in the middle of a
 * read, it fails at once and names the artifact, the version found and the version required. Its code is
 * {@link JsonCodes#UNSUPPORTED_JACKSON}. Immutable and thread-safe.
 */
public final class UnsupportedJacksonException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /** The artifact that is too old, such as {@code jackson-core}. */
  private final String artifact;
  /** The version on the class path. */
  private final String found;
  /** The oldest version supported. */
  private final String required;

  /**
   * Creates an exception.
   *
   * @param artifact the artifact that is too old, such as {@code jackson-core}, not null
   * @param found the version on the class path, not null
   * @param required the oldest version supported, not null
   */
  public UnsupportedJacksonException(String artifact, String found, String required) {
    super(JsonCodes.UNSUPPORTED_JACKSON, requireNonNull(artifact, "artifact") + " " + requireNonNull(found, "found")
        + " is on the class path, but casework-json needs " + artifact + " " + requireNonNull(required, "required")
        + " or newer: manage the Jackson versions up (for example with com.fasterxml.jackson:jackson-bom)");
    this.artifact = artifact;
    this.found = found;
    this.required = required;
  }

  /** {@return the artifact that is too old, such as {@code jackson-core}} */
  public String artifact() {
    return artifact;
  }

  /** {@return the version found on the class path} */
  public String found() {
    return found;
  }

  /** {@return the oldest version supported} */
  public String required() {
    return required;
  }
}
