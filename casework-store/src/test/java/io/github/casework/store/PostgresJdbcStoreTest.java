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
