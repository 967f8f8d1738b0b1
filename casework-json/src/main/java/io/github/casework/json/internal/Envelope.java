package io.github.casework.json.internal;

import static java.util.Objects.requireNonNull;

/**
 * A document as written: the envelope's {@code kind} and the value it carries as {@code data}. The envelope's
 * {@code format} and {@code version} are {@link Wire#FORMAT} and {@link Wire#VERSION}.
 *
 * @param kind the document kind's name
 * @param data the value, not null
 */
public record Envelope(String kind, Object data) {

  /** The attribute under which a reader states the {@link Expected} envelope. */
  public static final Object EXPECTED = Expected.class;

  /** The data of an event-stream header, which carries none. */
  public static final Object NO_DATA = new Object();

  /**
   * Validates the components.
   *
   * @param kind the document kind's name
   * @param data the value, not null
   */
  public Envelope {
    requireNonNull(kind, "kind");
    requireNonNull(data, "data");
  }

  /**
   * What a reader expects: a kind, and the type of its data, or none for an event-stream header (which carries no
   * data).
   *
   * @param kind the expected kind's name
   * @param dataType the data's type, or {@code Void.class} for a header
   */
  public record Expected(String kind, Class<?> dataType) {
    /**
     * Validates the components.
     *
     * @param kind the expected kind's name
     * @param dataType the data's type, or {@code Void.class} for a header
     */
    public Expected {
      requireNonNull(kind, "kind");
      requireNonNull(dataType, "dataType");
    }

    /** {@return whether the envelope carries data} */
    public boolean hasData() {
      return dataType != Void.class;
    }
  }
}
