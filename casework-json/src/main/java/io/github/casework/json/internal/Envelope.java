package io.github.casework.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;

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

  /** The data of an event-stream header that carries none. */
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
   * @param dataType the data's type, with its type arguments (a history's tell its aggregate type), or
   *     {@code Void} for a header that carries none
   * @param dataOptional whether {@code data} may be absent (a caseload-events header)
   */
  public record Expected(String kind, JavaType dataType, boolean dataOptional) {
    /**
     * Validates the components.
     *
     * @param kind the expected kind's name
     * @param dataType the data's type, or {@code Void} for a header that carries none
     * @param dataOptional whether {@code data} may be absent (a caseload-events header)
     */
    public Expected {
      requireNonNull(kind, "kind");
      requireNonNull(dataType, "dataType");
    }

    /**
     * Returns what a document reader expects: required data.
     *
     * @param kind the kind's name
     * @param dataType the data's type
     * @return the expectation
     */
    public static Expected document(String kind, JavaType dataType) {
      return new Expected(kind, dataType, false);
    }

    /**
     * Returns what a stream reader expects of the header line: no data, or optional data of a type.
     *
     * @param kind the stream kind's name
     * @param dataType the type of the header's data, or {@code Void} if it carries none
     * @return the expectation
     */
    public static Expected header(String kind, JavaType dataType) {
      return new Expected(kind, dataType, true);
    }

    /** {@return whether the envelope may carry data} */
    public boolean hasData() {
      return !dataType.hasRawClass(Void.class);
    }
  }
}
