package io.github.casework.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.casework.CaseworkEvent;
import io.github.casework.ExpectedVersion;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.CaseworkJson;
import io.github.casework.store.Append;
import io.github.casework.store.JdbcEventStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 8: the event store on a real PostgreSQL server ({@code CASEWORK_PG_URL} or {@code -Dcasework.pg.url};
 * {@code scripts/postgres.sh start} prints one), against raw JDBC batch inserts and selects of the same JSON rows
 * into a table of the same shape (same columns, keys and {@code jsonb} payload) with no lock, no version check and
 * no JSON work. Both go through the same HikariCP pool with {@code reWriteBatchedInserts=true}. Scores are events
 * per second (batches) and microseconds per append (single events).
 */
@State(Scope.Benchmark)
@Fork(1)
public class EventStoreBenchmark {
  /** Events per batch: one new case stream of this many events per append. */
  static final int BATCH = 1_000;
  /** Events in the stream the read benchmarks replay. */
  static final int READ_STREAM = 10_000;
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

  private HikariDataSource pool;
  private JdbcEventStore store;
  private final CaseworkJson json = CaseworkJson.standard();
  private List<String> templatePayloads;
  private List<String> templateTypes;
  private long streams;
  private long rawPosition;
  private Case single;

  /** A case history of {@code n} events: opened, activated, then waiting and resumed in turn, a minute apart. */
  static List<CaseworkEvent> history(String id, int n) {
    CaseId caseId = CaseId.of(id);
    List<CaseworkEvent> events = new ArrayList<>(n);
    events.add(new CaseEvent.Opened(caseId, ClientId.of("client-1"), AgencyId.of("agency-1"),
        ProfessionalId.of("pro-1"), START));
    for (int i = 1; i < n; i++) {
      Instant at = START.plusSeconds(60L * i);
      events.add(i == 1 ? new CaseEvent.Activated(caseId, at)
          : i % 2 == 0 ? new CaseEvent.WaitingStarted(caseId, at) : new CaseEvent.Resumed(caseId, at));
    }
    return events;
  }

  static String url() {
    String url = System.getProperty("casework.pg.url", System.getenv("CASEWORK_PG_URL"));
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("EventStoreBenchmark needs a PostgreSQL server: set CASEWORK_PG_URL"
          + " (scripts/postgres.sh start prints one)");
    }
    return url;
  }

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    HikariConfig admin = new HikariConfig();
    admin.setJdbcUrl(url());
    admin.setMaximumPoolSize(1);
    try (HikariDataSource ds = new HikariDataSource(admin); Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS bench CASCADE");
      s.execute("CREATE SCHEMA bench");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    config.setSchema("bench");
    config.setMaximumPoolSize(2);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    pool = new HikariDataSource(config);
    store = JdbcEventStore.of(pool);
    store.createSchema();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE raw_events (LIKE casework_events INCLUDING ALL)");
    }
    List<CaseworkEvent> template = history("template", BATCH);
    templatePayloads = template.stream().map(json::writeEvent).toList();
    templateTypes = template.stream().map(CaseworkEvent::type).toList();
    store.append(Append.of(ExpectedVersion.none(), history("read", READ_STREAM)));
    List<CaseworkEvent> one = history("single", 2);
    store.append(Append.of(ExpectedVersion.none(), one));
    single = store.load(Case.TYPE, CaseId.of("single")).orElseThrow();
    try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
        "INSERT INTO raw_events SELECT * FROM casework_events WHERE stream_id = 'read'")) {
      s.executeUpdate();
    }
    rawPosition = 1_000_000_000L;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.close();
  }

  /** Appends one new stream of {@value #BATCH} events in one call: one transaction, one batched insert. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(BATCH)
  public Object storeAppendBatch() {
    return store.append(Append.of(ExpectedVersion.none(), history("batch-" + streams++, BATCH)));
  }

  /** The baseline: the same JSON rows, inserted with one JDBC batch in one transaction. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(BATCH)
  public int rawInsertBatch() throws SQLException {
    String id = "raw-" + streams++;
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO raw_events (position, stream_type, stream_id,"
          + " version, event_type, format_version, payload) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")) {
        for (int k = 0; k < BATCH; k++) {
          s.setLong(1, ++rawPosition);
          s.setString(2, "case");
          s.setString(3, id);
          s.setLong(4, k + 1);
          s.setString(5, templateTypes.get(k));
          s.setInt(6, 1);
          s.setString(7, templatePayloads.get(k));
          s.addBatch();
        }
        int[] n = s.executeBatch();
        c.commit();
        return n.length;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  /** Appends one event to an existing stream with the version read: the latency of a single command. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object storeAppendOne() {
    Instant at = single.lastChangedAt().plusSeconds(60);
    CaseEvent e = single.status() == io.github.casework.casefile.CaseStatus.ACTIVE
        ? new CaseEvent.WaitingStarted(single.id(), at) : new CaseEvent.Resumed(single.id(), at);
    store.append(Append.of(ExpectedVersion.exactly(single.version()), e));
    single = single.evolve(e);
    return single;
  }

  /** The baseline: one row inserted and committed. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public int rawInsertOne() throws SQLException {
    try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO raw_events"
        + " (position, stream_type, stream_id, version, event_type, format_version, payload)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")) {
      long p = ++rawPosition;
      s.setLong(1, p);
      s.setString(2, "case");
      s.setString(3, "raw-one");
      s.setLong(4, p);
      s.setString(5, templateTypes.get(2));
      s.setInt(6, 1);
      s.setString(7, templatePayloads.get(2));
      return s.executeUpdate();
    }
  }

  /** Reads a {@value #READ_STREAM}-event stream through a cursor and replays it into the case. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(READ_STREAM)
  public Object storeReadReplay() {
    return store.load(Case.TYPE, CaseId.of("read")).orElseThrow();
  }

  /** The baseline: the same rows selected with the same fetch size, payloads read as text and not parsed. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(READ_STREAM)
  public long rawReadRows() throws SQLException {
    long chars = 0;
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement("SELECT position, stream_type, stream_id, version, event_type,"
          + " format_version, payload FROM raw_events WHERE stream_type = 'case' AND stream_id = 'read'"
          + " ORDER BY version")) {
        s.setFetchSize(1000);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            chars += rs.getLong(4) + rs.getString(7).length();
          }
        }
      } finally {
        c.commit();
        c.setAutoCommit(true);
      }
    }
    return chars;
  }
}
