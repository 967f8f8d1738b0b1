package io.github.casework.store;

import com.zaxxer.hikari.HikariDataSource;

/** The contract on a real PostgreSQL server (skipped without one, failed under CI; see {@link PostgresTesting}). */
class PostgresEventStoreTest extends EventStoreContract {
  private HikariDataSource pool;

  @Override
  protected EventStore newStore() throws Exception {
    pool = PostgresTesting.pool("contract", 8);
    JdbcEventStore s = JdbcEventStore.of(pool);
    s.createSchema();
    return s;
  }

  @Override
  protected void closeStore() {
    if (pool != null) {
      pool.close();
    }
  }
}
