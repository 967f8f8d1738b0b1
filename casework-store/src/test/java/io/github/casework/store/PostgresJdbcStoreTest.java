package io.github.casework.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.github.casework.ExpectedVersion;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** {@link JdbcStoreTests} on a real PostgreSQL server, where payloads are {@code jsonb}. */
class PostgresJdbcStoreTest extends JdbcStoreTests {
  private HikariDataSource pool;

  @Override
  DataSource newDataSource() throws Exception {
    pool = PostgresTesting.pool("jdbc_store", 4);
    return pool;
  }

  @Override
  String jsonParameter() {
    return "?::jsonb";
  }

  @Override
  void close() {
    if (pool != null) {
      pool.close();
    }
  }

  @Test
  void appendsSucceedUnderContentionWhenThePoolDefaultsToRepeatableRead() throws Exception {
    try (HikariDataSource rr = PostgresTesting.pool("repeatable_read", 4,
        config -> config.setTransactionIsolation("TRANSACTION_REPEATABLE_READ"))) {
      JdbcEventStore s = JdbcEventStore.of(rr);
      s.createSchema();
      java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
      java.util.List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        writers.add(threads.submit(() -> {
          for (int i = 0; i < 50; i++) {
            s.append(Append.of(ExpectedVersion.none(),
                StoreGen.opening("rr-" + writer + "-" + i, java.time.Instant.EPOCH)));
          }
        }));
      }
      for (java.util.concurrent.Future<?> f : writers) {
        f.get(2, java.util.concurrent.TimeUnit.MINUTES);
      }
      threads.shutdown();
      assertThat(s.headPosition()).isEqualTo(200);
    }
  }

  @Test
  void jsonbRefusesAPayloadEditedIntoInvalidJsonSoSuchARowCannotExist() throws Exception {
    store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("c-x", java.time.Instant.EPOCH)));
    assertThatThrownBy(() -> {
      try (var c = dataSource.getConnection(); var s = c.createStatement()) {
        s.executeUpdate("UPDATE casework_events SET payload = '{\"type\":' WHERE stream_id = 'c-x'");
      }
    }).isInstanceOf(SQLException.class);
    assertThat(store.events(io.github.casework.id.CaseId.of("c-x"))).hasSize(1);
  }
}
