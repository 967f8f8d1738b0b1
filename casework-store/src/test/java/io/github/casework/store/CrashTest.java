package io.github.casework.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.casework.casefile.Case;
import io.github.casework.id.CaseId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM appending multi-stream transactions is killed with {@code kill -9} (SIGKILL, no shutdown hooks) in the
 * middle of its work; after a restart the store holds whole transactions only and every stream replays. On H2 the
 * killed JVM is the database itself; on PostgreSQL it is the client with a transaction open.
 */
class CrashTest {
  @TempDir
  Path dir;

  @Test
  void afterKillNineTheEmbeddedStoreHoldsWholeTransactionsOnly() throws Exception {
    String target = "h2:" + dir.resolve("store");
    long acknowledged = crash(target);
    JdbcEventStore store = CrashWriter.open(target);
    check(store, new EmbeddedDataSource("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
        + ";DB_CLOSE_DELAY=-1;FILE_LOCK=FS;WRITE_DELAY=0"), acknowledged);
  }

  @Test
  void afterKillNineOfTheClientPostgresHoldsWholeTransactionsOnly() throws Exception {
    try (HikariDataSource pool = PostgresTesting.pool("crash", 2)) {
      long acknowledged = crash(PostgresTesting.requireUrl());
      check(JdbcEventStore.of(pool), pool, acknowledged);
    }
  }

  /** Runs the writer until it has committed some transactions, kills it, and returns the last one it printed. */
  private long crash(String target) throws Exception {
    Path log = dir.resolve("writer.log");
    Process p = ChildJvm.start(CrashWriter.class, List.of("-Xmx64m"), log, target);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    long committed = -1;
    while (committed < 200 && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(50);
      committed = lastCommitted(log);
    }
    assertThat(p.isAlive()).as("the writer is still writing; its log: %s", Files.readString(log)).isTrue();
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    long last = lastCommitted(log);
    assertThat(last).isGreaterThanOrEqualTo(200);
    return last;
  }

  private static long lastCommitted(Path log) throws Exception {
    long last = -1;
    if (Files.exists(log)) {
      for (String line : Files.readAllLines(log)) {
        if (line.startsWith("committed ")) {
          last = Long.parseLong(line.substring("committed ".length()).strip());
        }
      }
    }
    return last;
  }

  private static void check(JdbcEventStore store, DataSource ds, long acknowledged) throws Exception {
    // Which parts of which transaction are stored, from the message ids (kept in the same transaction).
    Map<Long, Integer> parts = new HashMap<>();
    long events = 0;
    try (EventCursor c = store.readFeed(0)) {
      while (c.hasNext()) {
        c.next();
        events++;
      }
    }
    for (String id : messageIds(ds)) {
      long tx = Long.parseLong(id.substring(3, id.indexOf('/')));
      parts.merge(tx, 1, Integer::sum);
    }
    assertThat(parts.values()).as("parts stored per transaction").allMatch(n -> n == 3);
    long stored = parts.size();
    // Every acknowledged transaction is stored; at most the one in flight beyond it.
    assertThat(stored).isBetween(acknowledged + 1, acknowledged + 2);
    for (long tx = 0; tx < stored; tx++) {
      assertThat(parts).containsKey(tx);
    }
    assertThat(events).isEqualTo(CrashWriter.CASES + 3 * stored);
    assertThat(store.headPosition()).isEqualTo(events);
    long total = 0;
    for (int i = 0; i < CrashWriter.CASES; i++) {
      Case c = store.load(Case.TYPE, CaseId.of("crash-" + i)).orElseThrow();
      total += c.version();
    }
    assertThat(total).isEqualTo(events);
    System.out.printf("crash: killed after %d acknowledged transactions; %d whole transactions stored (%d events),"
        + " no partial one, every stream replays%n", acknowledged + 1, stored, events);
  }

  private static List<String> messageIds(DataSource ds) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT message_id FROM casework_messages")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }
}
