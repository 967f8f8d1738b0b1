package io.github.casework.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.casework.ExpectedVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stream of a million events ({@code -Dcasework.store.longStream} to change it) replays in a JVM whose heap
 * ({@value #HEAP}) could not hold a tenth of them: the store reads through a cursor in batches and the aggregate folds
 * one event at a time. The rows are written by SQL (a case opened through the store, then activated and alternating
 * between waiting and resumed, a minute apart), as the store would write them.
 */
class PostgresLongStreamTest {
  private static final String HEAP = "-Xmx32m";

  @TempDir
  Path dir;

  @Test
  void aMillionEventStreamReplaysInASmallHeap() throws Exception {
    long n = Long.getLong("casework.store.longStream", 1_000_000L);
    try (HikariDataSource pool = PostgresTesting.pool("long_stream", 2)) {
      JdbcEventStore store = JdbcEventStore.of(pool);
      store.createSchema();
      Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
      store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("c-long", t0)));
      try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
          "INSERT INTO casework_events (position, stream_type, stream_id, version, event_type, format_version,"
              + " payload) SELECT g.n, 'case', 'c-long', g.n, g.t, 1, json_build_object('type', g.t, 'caseId',"
              + " 'c-long', 'at', to_char((timestamptz '2026-03-02 09:00:00+00' + g.n * interval '1 minute')"
              + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))::jsonb FROM (SELECT n, CASE WHEN n = 2"
              + " THEN 'case.activated' WHEN n % 2 = 1 THEN 'case.waiting-started' ELSE 'case.resumed' END AS t"
              + " FROM generate_series(2, ?) AS n) AS g")) {
        s.setLong(1, n);
        assertThat(s.executeUpdate()).isEqualTo(n - 1);
      }
      try (Connection c = pool.getConnection();
          PreparedStatement s = c.prepareStatement("UPDATE casework_feed_head SET position = ?")) {
        s.setLong(1, n);
        s.executeUpdate();
      }
      assertThat(store.version(io.github.casework.id.CaseId.of("c-long"))).isEqualTo(n);

      Path log = dir.resolve("reader.log");
      Process p = ChildJvm.start(LongStreamReader.class, List.of(HEAP), log, PostgresTesting.requireUrl(),
          "long_stream", "c-long");
      assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
      String out = Files.readString(log);
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).contains("version " + n + " in");
      System.out.println("long stream: " + out.strip());
    }
  }
}
