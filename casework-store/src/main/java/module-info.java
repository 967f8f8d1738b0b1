/**
 * An event store for casework's four aggregates on plain JDBC: PostgreSQL in production, H2 as the embedded
 * default. Only {@code io.github.casework.store} is API.
 */
module io.github.casework.store {
  requires transitive io.github.casework.json;
  requires transitive java.sql;
  requires static org.jspecify;
  requires static com.h2database;

  exports io.github.casework.store;
}
