package io.github.casework.store;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.InvalidValueException;
import io.github.casework.check.Caseload;
import io.github.casework.id.AggregateId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.JsonCodes;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The {@link EventStore} on a JDBC {@link DataSource} the host gives (a connection pool such as HikariCP): PostgreSQL
 * in production, H2 as the embedded default ({@link #embedded(Path)}). Plain JDBC, no ORM; the store takes no threads
 * of its own and holds a connection only for the length of one call or one open {@link EventCursor}.
 *
 * <p><b>Tables.</b> {@code casework_events} (one row per event: feed position, stream kind and id, version, type,
 * payload format version, and the payload: the wire format's canonical event JSON, {@code jsonb} on PostgreSQL),
 * {@code casework_feed_head}, {@code casework_messages} and {@code casework_context}. The DDL is a plain SQL file,
 * {@code io/github/casework/store/postgresql/V1__casework_store.sql} (and {@code .../h2/...}) in this jar, to run as a
 * Flyway or Liquibase migration, or through {@link #createSchema()}.
 *
 * <p><b>Commit order.</b> Sequence values commit out of order, so a feed keyed by a sequence can show position 11
 * before 10 commits, and a reader that moved on to 11 would skip 10 for ever. Every append transaction here first
 * locks the one row of {@code casework_feed_head} and holds it to commit; positions are handed out under that lock,
 * so they are consecutive and in commit order, and {@link #readFeed} never misses a later-committed lower position.
 * The price is that appends are serialized; an append of many events in one call (batched inserts) is how to write
 * fast (see BENCHMARKS.md). The version check of each stream is made under the same lock, so two writers can never
 * give one version two events (the unique key on stream and version backs this up).
 *
 * <p><b>Schema evolution.</b> Each row carries its payload's format version. A row in an older format is brought to
 * the current one by the {@link Upcasters} on every read; rows are never rewritten.
 *
 * <p>Immutable and thread-safe.
 */
public final class JdbcEventStore implements EventStore {
  /** Rows fetched per round trip by a cursor. */
  static final int FETCH_SIZE = 1000;

  private static final String COLUMNS =
      "position, stream_type, stream_id, version, event_type, format_version, payload";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final Upcasters upcasters;
  private final CaseworkJson json = CaseworkJson.standard();
  private final ObjectMapper tree = new ObjectMapper();
  private final String insertEvent;

  private JdbcEventStore(DataSource dataSource, Upcasters upcasters) {
    this.dataSource = dataSource;
    this.upcasters = upcasters;
    try (Connection c = dataSource.getConnection()) {
      this.dialect = Dialect.of(c);
    } catch (SQLException e) {
      throw new StoreException(e, "connect");
    }
    this.insertEvent = "INSERT INTO casework_events (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, "
        + dialect.jsonParameter() + ")";
  }

  /**
   * Returns a store on a data source, reading payloads of format version 1 only. The schema must exist (run the
   * migration, or {@link #createSchema()}).
   *
   * @param dataSource a PostgreSQL or H2 data source, not null
   * @return the store
   * @throws StoreException with {@link StoreCodes#DATABASE_UNSUPPORTED} for another database, or
   *     {@link StoreCodes#DATABASE_FAILED} if no connection can be made
   */
  public static JdbcEventStore of(DataSource dataSource) {
    return of(dataSource, Upcasters.none());
  }

  /**
   * Returns a store on a data source that upcasts older payloads with a chain of upcasters and writes the chain's
   * current format version.
   *
   * @param dataSource a PostgreSQL or H2 data source, not null
   * @param upcasters the chain, not null
   * @return the store
   * @throws StoreException as {@link #of(DataSource)}
   */
  public static JdbcEventStore of(DataSource dataSource, Upcasters upcasters) {
    return new JdbcEventStore(requireNonNull(dataSource, "dataSource"), requireNonNull(upcasters, "upcasters"));
  }

  /**
   * Opens (creating it if needed) the embedded default: an H2 database in a file, with its schema. The database
   * stays open until the JVM exits. Needs H2 ({@code com.h2database:h2}) on the class path, which this module
   * declares optional.
   *
   * @param file the database file without H2's {@code .mv.db} suffix, such as {@code .casework/store}, not null
   * @return the store
   * @throws StoreException if the database cannot be opened
   */
  public static JdbcEventStore embedded(Path file) {
    requireNonNull(file, "file");
    // DB_CLOSE_DELAY=-1: open for the JVM, not per connection; FILE_LOCK=FS and WRITE_DELAY=0: no watchdog or
    // background-writer thread, and every commit is on disk when it returns.
    JdbcEventStore store = of(new EmbeddedDataSource(
        "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=-1;FILE_LOCK=FS;WRITE_DELAY=0"));
    store.createSchema();
    return store;
  }

  /**
   * Creates the tables if they do not exist, by running the schema file of the database's dialect.
   *
   * @throws StoreException if the database fails
   */
  public void createSchema() {
    inTransaction("createSchema", c -> {
      try (var s = c.createStatement()) {
        for (String statement : dialect.schemaStatements()) {
          s.execute(statement);
        }
      }
      return null;
    });
  }

  /** {@return the class-path resource of the schema file this store's database uses} */
  public String schemaResource() {
    return dialect.schemaResource();
  }

  @Override
  public AppendResult append(Append append) {
    return appendAll(ImmutableList.of(requireNonNull(append, "append"))).get(0);
  }

  @Override
  public ImmutableList<AppendResult> appendAll(List<Append> appends) {
    ImmutableList<Append> all = ImmutableList.copyOf(requireNonNull(appends, "appends"));
    if (all.isEmpty()) {
      throw new InvalidValueException(StoreCodes.APPEND_EMPTY, "appends", "must hold at least one append");
    }
    // Encode before taking the lock: the lock is held for as short a time as can be.
    ImmutableList<ImmutableList<String>> payloads = all.stream()
        .map(a -> a.events().stream().map(json::writeEvent).collect(ImmutableList.toImmutableList()))
        .collect(ImmutableList.toImmutableList());
    return inTransaction("append", c -> appendLocked(c, all, payloads));
  }

  /** Work inside one transaction; see {@link #inTransaction}. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /**
   * Runs work in one transaction at read committed, whatever the pool's default: each statement after the feed
   * head's lock must see what the transaction before it committed (under repeatable read the lock itself would fail
   * with a serialization error). Commits on success, rolls back on anything thrown, and gives the connection back as
   * it came.
   */
  private <T> T inTransaction(String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        c.setTransactionIsolation(isolation);
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException(e, operation);
    }
  }

  private ImmutableList<AppendResult> appendLocked(Connection c, ImmutableList<Append> all,
      ImmutableList<ImmutableList<String>> payloads) throws SQLException {
    long head;
    try (PreparedStatement lock =
        c.prepareStatement("SELECT position FROM casework_feed_head WHERE id = 1 FOR UPDATE")) {
      try (ResultSet rs = lock.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("the feed head row is missing: run createSchema() or the migration");
        }
        head = rs.getLong(1);
      }
    }
    long start = head;
    ImmutableList.Builder<AppendResult> results = ImmutableList.builder();
    for (int i = 0; i < all.size(); i++) {
      Append a = all.get(i);
      String kind = Streams.kindOf(a.stream()).name();
      String id = a.stream().value();
      Optional<AppendResult> seen = a.messageId().isPresent() ? findMessage(c, a.messageId().get()) : Optional.empty();
      if (seen.isPresent()) {
        results.add(seen.get());
        continue;
      }
      long actual = version(c, kind, id);
      a.expected().check(id, actual);
      ImmutableList<CaseworkEvent> events = a.events();
      try (PreparedStatement insert = c.prepareStatement(insertEvent)) {
        for (int k = 0; k < events.size(); k++) {
          insert.setLong(1, head + k + 1);
          insert.setString(2, kind);
          insert.setString(3, id);
          insert.setLong(4, actual + k + 1);
          insert.setString(5, events.get(k).type());
          insert.setInt(6, upcasters.currentVersion());
          insert.setString(7, payloads.get(i).get(k));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      AppendResult result = new AppendResult(a.stream(), actual + events.size(), head + 1, head + events.size());
      head += events.size();
      if (a.messageId().isPresent()) {
        try (PreparedStatement m = c.prepareStatement("INSERT INTO casework_messages (message_id, stream_type,"
            + " stream_id, version, first_position, last_position) VALUES (?, ?, ?, ?, ?, ?)")) {
          m.setString(1, a.messageId().get());
          m.setString(2, kind);
          m.setString(3, id);
          m.setLong(4, result.version());
          m.setLong(5, result.firstPosition());
          m.setLong(6, result.lastPosition());
          m.executeUpdate();
        }
      }
      results.add(result);
    }
    if (head != start) {
      try (PreparedStatement u = c.prepareStatement("UPDATE casework_feed_head SET position = ? WHERE id = 1")) {
        u.setLong(1, head);
        u.executeUpdate();
      }
    }
    return results.build();
  }

  private Optional<AppendResult> findMessage(Connection c, String messageId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT stream_type, stream_id, version, first_position,"
        + " last_position FROM casework_messages WHERE message_id = ?")) {
      s.setString(1, messageId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        AggregateId stream = idOf(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4));
        return Optional.of(new AppendResult(stream, rs.getLong(3), rs.getLong(4), rs.getLong(5)));
      }
    }
  }

  private static long version(Connection c, String kind, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT COALESCE(MAX(version), 0) FROM casework_events WHERE stream_type = ? AND stream_id = ?")) {
      s.setString(1, kind);
      s.setString(2, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  public long version(AggregateId stream) {
    requireNonNull(stream, "stream");
    try (Connection c = dataSource.getConnection()) {
      return version(c, Streams.kindOf(stream).name(), stream.value());
    } catch (SQLException e) {
      throw new StoreException(e, "version");
    }
  }

  @Override
  public EventCursor readStream(AggregateId stream, long afterVersion) {
    requireNonNull(stream, "stream");
    if (afterVersion < 0) {
      throw new IllegalArgumentException("afterVersion must not be negative");
    }
    return new Cursor("SELECT " + COLUMNS + " FROM casework_events WHERE stream_type = ? AND stream_id = ?"
        + " AND version > ? ORDER BY version", s -> {
          s.setString(1, Streams.kindOf(stream).name());
          s.setString(2, stream.value());
          s.setLong(3, afterVersion);
        });
  }

  @Override
  public EventCursor readFeed(long afterPosition) {
    if (afterPosition < 0) {
      throw new IllegalArgumentException("afterPosition must not be negative");
    }
    return new Cursor("SELECT " + COLUMNS + " FROM casework_events WHERE position > ? ORDER BY position",
        s -> s.setLong(1, afterPosition));
  }

  /**
   * Returns the position of the last event committed: the feed holds exactly the positions 1 to this.
   *
   * @return the position, 0 for an empty store
   * @throws StoreException if the database fails
   */
  public long headPosition() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT position FROM casework_feed_head WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new StoreException(e, "headPosition");
    }
  }

  /**
   * Keeps what a caseload holds besides its aggregates (agencies, professionals, mandates, areas), replacing what
   * was kept, for {@link #loadCaseload()}.
   *
   * @param context the caseload; its aggregates are not kept, not null
   * @throws StoreException if the database fails
   */
  public void putContext(Caseload context) {
    requireNonNull(context, "context");
    String document = json.writeString(DocumentKind.CASELOAD, CaseloadSnapshot.of(List.of(), context));
    inTransaction("putContext", c -> {
      try (PreparedStatement d = c.prepareStatement("DELETE FROM casework_context");
          PreparedStatement i = c.prepareStatement("INSERT INTO casework_context (id, document) VALUES (1, ?)")) {
        d.executeUpdate();
        i.setString(1, document);
        i.executeUpdate();
      }
      return null;
    });
  }

  /**
   * Returns what {@link #putContext} kept.
   *
   * @return the caseload without aggregates, or empty if none was kept
   * @throws StoreException if the database fails
   * @throws io.github.casework.json.CaseworkJsonException if the kept document is no longer valid
   */
  public Optional<Caseload> context() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT document FROM casework_context WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.of(json.read(DocumentKind.CASELOAD, rs.getString(1)).caseload())
          : Optional.empty();
    } catch (SQLException e) {
      throw new StoreException(e, "context");
    }
  }

  /**
   * Loads every aggregate with the kept context ({@link #putContext}), or none if none was kept.
   *
   * @return the caseload
   * @throws StoredEventException if an event cannot be read or replayed
   * @throws StoreException if the database fails
   */
  public Caseload loadCaseload() {
    return loadCaseload(context().orElse(CaseloadSnapshot.empty().caseload()));
  }

  /** Sets a query's parameters. */
  @FunctionalInterface
  private interface Parameters {
    void set(PreparedStatement s) throws SQLException;
  }

  /**
   * Decodes one row into an event: upcasts an older payload, reads it with the wire format, and checks that it names
   * the row's stream and type.
   */
  private StoredEvent decode(ResultSet rs) throws SQLException {
    long position = rs.getLong(1);
    String kind = rs.getString(2);
    String id = rs.getString(3);
    long version = rs.getLong(4);
    String eventType = rs.getString(5);
    int format = rs.getInt(6);
    String payload = rs.getString(7);
    Optional<AggregateType<?, ?, ?>> type = AggregateType.ofName(kind);
    if (type.isEmpty()) {
      throw new StoredEventException(kind, id, version, position, StoreCodes.STORED_STREAM_MISMATCH,
          "the row's stream kind is not an aggregate kind");
    }
    if (format < 1 || format > upcasters.currentVersion()) {
      throw new StoredEventException(kind, id, version, position, StoreCodes.STORED_FORMAT_UNSUPPORTED,
          "the payload's format version is not one from 1 to " + upcasters.currentVersion());
    }
    CaseworkEvent event;
    try {
      String text = format == upcasters.currentVersion() ? payload : upcast(format, eventType, payload);
      event = json.readEvent(type.get(), text);
    } catch (CaseworkException e) {
      throw StoredEventException.of(kind, id, version, position, e);
    }
    if (!event.aggregateId().value().equals(id) || !event.type().equals(eventType)) {
      throw new StoredEventException(kind, id, version, position, StoreCodes.STORED_STREAM_MISMATCH,
          "the payload names another aggregate or event type than its row");
    }
    return new StoredEvent(position, version, event);
  }

  private String upcast(int format, String eventType, String payload) {
    JsonNode node;
    try {
      node = tree.readTree(payload);
    } catch (IOException e) {
      throw new InvalidValueException(JsonCodes.SYNTAX, "payload", "the stored payload is not well-formed JSON");
    }
    if (!(node instanceof ObjectNode object)) {
      throw new InvalidValueException(JsonCodes.WRONG_TYPE, "payload", "the stored payload must be a JSON object");
    }
    return upcasters.upcast(format, eventType, object).toString();
  }

  private static AggregateId idOf(String kind, String id, long version, long position) {
    AggregateType<?, ?, ?> type = AggregateType.ofName(kind).orElseThrow(() -> new StoredEventException(kind, id,
        version, position, StoreCodes.STORED_STREAM_MISMATCH, "the row's stream kind is not an aggregate kind"));
    return Streams.idOf(type, id);
  }

  /** A forward-only cursor on its own connection, in a read-only transaction so that the driver fetches in batches. */
  private final class Cursor implements EventCursor {
    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private @Nullable StoredEvent pending;
    private boolean done;
    private boolean closed;

    Cursor(String sql, Parameters parameters) {
      Connection c = null;
      try {
        c = dataSource.getConnection();
        c.setAutoCommit(false);
        c.setReadOnly(true);
        PreparedStatement s = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(FETCH_SIZE);
        parameters.set(s);
        this.rows = s.executeQuery();
        this.statement = s;
        this.connection = c;
      } catch (SQLException e) {
        if (c != null) {
          try {
            c.close();
          } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
          }
        }
        throw new StoreException(e, "read");
      }
    }

    @Override
    public boolean hasNext() {
      if (pending != null) {
        return true;
      }
      if (done || closed) {
        return false;
      }
      try {
        if (!rows.next()) {
          done = true;
          return false;
        }
        pending = decode(rows);
        return true;
      } catch (SQLException e) {
        throw new StoreException(e, "read");
      }
    }

    @Override
    public StoredEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      StoredEvent e = pending;
      pending = null;
      return requireNonNull(e);
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      try (Connection c = connection; PreparedStatement s = statement; ResultSet r = rows) {
        c.commit();
      } catch (SQLException e) {
        throw new StoreException(e, "read");
      }
    }
  }
}
