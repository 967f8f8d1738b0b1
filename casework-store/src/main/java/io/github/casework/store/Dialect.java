package io.github.casework.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** What differs between the two databases: the schema file and how a JSON payload is written. */
enum Dialect {
  /** PostgreSQL: payloads in {@code jsonb}. */
  POSTGRESQL("postgresql", "?::jsonb"),
  /** H2, the embedded default: payloads as text. */
  H2("h2", "?");

  private final String folder;
  private final String jsonParameter;

  Dialect(String folder, String jsonParameter) {
    this.folder = folder;
    this.jsonParameter = jsonParameter;
  }

  /** {@return the parameter marker of a JSON value in an INSERT} */
  String jsonParameter() {
    return jsonParameter;
  }

  /** {@return the class-path resource of the schema file} */
  String schemaResource() {
    return "/io/github/casework/store/" + folder + "/V1__casework_store.sql";
  }

  /** {@return the schema file's statements, comments removed} */
  List<String> schemaStatements() {
    String sql;
    try (InputStream in = Dialect.class.getResourceAsStream(schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("bug: schema missing from the jar: " + schemaResource());
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String code = sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    return Arrays.stream(code.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** {@return the dialect of the database a connection is to} */
  static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    if ("PostgreSQL".equals(product)) {
      return POSTGRESQL;
    }
    if ("H2".equals(product)) {
      return H2;
    }
    throw new StoreException(StoreCodes.DATABASE_UNSUPPORTED,
        "the database is neither PostgreSQL nor H2; implement EventStore for it and run EventStoreContract");
  }
}
