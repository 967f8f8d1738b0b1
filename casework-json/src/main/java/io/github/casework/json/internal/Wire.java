package io.github.casework.json.internal;

/** Constants of the wire format that several classes share. */
public final class Wire {
  /** The value of the envelope's {@code format} member. */
  public static final String FORMAT = "casework";
  /** The format version this library reads and writes. */
  public static final int VERSION = 1;
  /** The classpath folder of the JSON Schemas of this version. */
  public static final String SCHEMA_FOLDER = "io/github/casework/json/schema/v1/";
  /** The base IRI of the schemas' {@code $id}s. */
  public static final String SCHEMA_BASE_IRI = "https://casework.github.io/casework/schema/v1/";

  private Wire() {}
}
