package io.github.casework.store;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the tests run against: its JDBC URL comes from the system property
 * {@code casework.pg.url} or the environment variable {@code CASEWORK_PG_URL} ({@code scripts/postgres.sh start}
 * prints it). Without one, the tests that need it are skipped with a message, except when {@code CI} is set: then
 * they fail, so that CI cannot pass by skipping them.
 */
public final class PostgresTesting {
  private PostgresTesting() {}

  /** {@return the server's JDBC URL, if one is given} */
  public static Optional<String> url() {
    String p = System.getProperty("casework.pg.url", "");
    if (!p.isBlank()) {
      return Optional.of(p);
    }
    String e = System.getenv("CASEWORK_PG_URL");
    return e == null || e.isBlank() ? Optional.empty() : Optional.of(e);
  }

  /**
   * Returns the server's URL, or skips the calling test (fails it under CI) when there is none.
   *
   * @return the URL
   */
  public static String requireUrl() {
    Optional<String> url = url();
    if (url.isEmpty()) {
      String why = "no PostgreSQL server: set CASEWORK_PG_URL (scripts/postgres.sh start prints it)";
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank() && !ci.equals("false")) {
        fail("CI is set, so the PostgreSQL tests must run: " + why);
      }
      Assumptions.abort("skipped, " + why);
    }
    return url.get();
  }

  /**
   * Returns a pool on a schema of its own, emptied: each test class keeps to its schema.
   *
   * @param schema the schema's name, lower-case letters and underscores
   * @param size the pool's size
   * @return the pool, to close
   * @throws SQLException if the server fails
   */
  public static HikariDataSource pool(String schema, int size) throws SQLException {
    return pool(schema, size, config -> {});
  }

  /**
   * Returns a pool on a schema of its own, emptied, configured further by the caller.
   *
   * @param schema the schema's name, lower-case letters and underscores
   * @param size the pool's size
   * @param customize changes to the pool's configuration
   * @return the pool, to close
   * @throws SQLException if the server fails
   */
  public static HikariDataSource pool(String schema, int size, Consumer<HikariConfig> customize)
      throws SQLException {
    String url = requireUrl();
    HikariConfig admin = new HikariConfig();
    admin.setJdbcUrl(url);
    admin.setMaximumPoolSize(1);
    try (HikariDataSource ds = new HikariDataSource(admin); Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setSchema(schema);
    config.setMaximumPoolSize(size);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    customize.accept(config);
    return new HikariDataSource(config);
  }
}
