package io.github.casework.examples.cli;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.casework.CaseworkException;
import io.github.casework.store.JdbcEventStore;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The event store a {@code --db} option names: a PostgreSQL JDBC URL ({@code jdbc:postgresql://...}, through a
 * small HikariCP pool), or the path of an embedded store (H2); with no value, the embedded store in
 * {@value #DEFAULT_PATH} under the working directory. Messages name the store by its kind and path, never by its URL
 * (which may carry a password).
 */
final class StoreDatabase implements AutoCloseable {
  /** Where the embedded default lives, relative to the working directory. */
  static final String DEFAULT_PATH = ".casework/store";

  /** The {@code --db} option's description, shared by the commands that take it. */
  static final String OPTION_HELP = "The event store: a PostgreSQL JDBC URL (jdbc:postgresql://host/db?user=...)"
      + " or the path of an embedded store; with no value, the embedded store in " + DEFAULT_PATH + ".";

  private final JdbcEventStore store;
  private final String description;
  private final @Nullable HikariDataSource pool;

  private StoreDatabase(JdbcEventStore store, String description, @Nullable HikariDataSource pool) {
    this.store = store;
    this.description = description;
    this.pool = pool;
  }

  /**
   * Opens the store an option names, creating its tables if they do not exist.
   *
   * @param db the option's value; empty for the default, not null
   * @return the store, to close
   * @throws InputException if the store cannot be opened
   */
  static StoreDatabase open(String db) {
    requireNonNull(db, "db");
    if (db.startsWith("jdbc:")) {
      if (!db.startsWith("jdbc:postgresql:")) {
        throw InputException.wrongInput("--db", CliCodes.STORE_URL_UNSUPPORTED,
            "is a JDBC URL of another database; casework stores events in PostgreSQL or in an embedded store");
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(db);
      config.setMaximumPoolSize(2);
      config.setConnectionTimeout(5_000);
      config.setInitializationFailTimeout(-1);
      HikariDataSource pool = new HikariDataSource(config);
      try {
        JdbcEventStore store = JdbcEventStore.of(pool);
        store.createSchema();
        return new StoreDatabase(store, "the PostgreSQL database", pool);
      } catch (CaseworkException e) {
        pool.close();
        throw failed(e);
      }
    }
    Path path = Path.of(db.isEmpty() ? DEFAULT_PATH : db);
    try {
      return new StoreDatabase(JdbcEventStore.embedded(path), "the embedded store " + path, null);
    } catch (CaseworkException e) {
      throw failed(e);
    }
  }

  /**
   * Loads the caseload an event store holds, with the context it kept, for the check.
   *
   * @param db the {@code --db} option's value, not null
   * @return the caseload
   * @throws InputException if the store cannot be opened or read
   */
  static io.github.casework.check.Caseload loadCaseload(String db) {
    try (StoreDatabase database = open(db)) {
      return database.store().loadCaseload();
    } catch (CaseworkException e) {
      throw failed(e);
    }
  }

  /** {@return the store's failure as input the command cannot use} */
  static InputException failed(CaseworkException e) {
    return InputException.rejected("store", Optional.empty(), e);
  }

  JdbcEventStore store() {
    return store;
  }

  /** {@return how messages name the store, such as {@code the embedded store .casework/store}} */
  String description() {
    return description;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
