package io.github.casework.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.casework.CaseworkEvent;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.check.Caseload;
import io.github.casework.id.CaseId;
import io.github.casework.json.JsonCodes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbcEventStore} does beyond the contract, on each database: rows edited by hand, payloads of an older
 * format version, the schema file.
 */
abstract class JdbcStoreTests {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  DataSource dataSource;
  JdbcEventStore store;

  /** {@return an empty database} */
  abstract DataSource newDataSource() throws Exception;

  /** {@return the parameter marker of a JSON payload in an UPDATE} */
  abstract String jsonParameter();

  /** Releases the database. */
  void close() throws Exception {}

  @BeforeEach
  void setUp() throws Exception {
    dataSource = newDataSource();
    store = JdbcEventStore.of(dataSource);
    store.createSchema();
    store.createSchema();
  }

  @AfterEach
  void tearDown() throws Exception {
    close();
  }

  private static List<CaseworkEvent> lifecycle(String id, int steps) {
    List<CaseworkEvent> h = new ArrayList<>();
    Case state = Case.start(StoreGen.opening(id, T0));
    h.add(StoreGen.opening(id, T0));
    for (int i = 0; i < steps; i++) {
      var d = state.decide(StoreGen.nextLifecycleStep(state));
      state = d.state();
      h.addAll(d.events());
    }
    return h;
  }

  private void edit(String id, long version, String eventType, String payload, int format) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "UPDATE casework_events SET event_type = ?, payload = " + jsonParameter() + ", format_version = ?"
            + " WHERE stream_type = 'case' AND stream_id = ? AND version = ?")) {
      s.setString(1, eventType);
      s.setString(2, payload);
      s.setInt(3, format);
      s.setString(4, id);
      s.setLong(5, version);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private String payload(String id, long version) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT payload FROM casework_events WHERE stream_type = 'case' AND stream_id = ? AND version = ?")) {
      s.setString(1, id);
      s.setLong(2, version);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  private List<StoredEvent> readFeedSkippingBadRows(List<StoredEventException> bad) {
    List<StoredEvent> good = new ArrayList<>();
    try (EventCursor c = store.readFeed(0)) {
      while (true) {
        try {
          if (!c.hasNext()) {
            break;
          }
          good.add(c.next());
        } catch (StoredEventException e) {
          bad.add(e);
        }
      }
    }
    return good;
  }

  @Test
  void anEventEditedIntoOneTheRulesForbidFailsTheReplayNamingStreamVersionAndRule() throws Exception {
    for (String id : List.of("c-a", "c-b", "c-c")) {
      store.append(Append.of(ExpectedVersion.none(), lifecycle(id, 4)));
    }
    // Version 2 was case.activated; a resume there is valid JSON and a valid event, but a case in intake cannot
    // resume.
    edit("c-b", 2, CaseEvent.Resumed.TYPE, "{\"type\":\"case.resumed\",\"caseId\":\"c-b\",\"at\":\"" + T0 + "\"}",
        1);

    assertThatThrownBy(() -> store.load(Case.TYPE, CaseId.of("c-b")))
        .isInstanceOfSatisfying(StoredEventException.class, e -> {
          assertThat(e.code()).isEqualTo(StoreCodes.STORED_EVENT_INVALID);
          assertThat(e.streamType()).isEqualTo("case");
          assertThat(e.streamId()).isEqualTo("c-b");
          assertThat(e.version()).isEqualTo(2);
          assertThat(e.rule()).isEqualTo(CaseCodes.ILLEGAL_TRANSITION);
          assertThat(e.getMessage()).contains("case c-b version 2", CaseCodes.ILLEGAL_TRANSITION);
        });
    assertThatThrownBy(() -> store.loadCaseload(Caseload.builder().build()))
        .isInstanceOfSatisfying(StoredEventException.class, e -> assertThat(e.version()).isEqualTo(2));
    // The other streams and the whole feed stay readable.
    assertThat(store.load(Case.TYPE, CaseId.of("c-a")).orElseThrow().version()).isEqualTo(5);
    assertThat(store.load(Case.TYPE, CaseId.of("c-c")).orElseThrow().version()).isEqualTo(5);
    List<StoredEventException> bad = new ArrayList<>();
    assertThat(readFeedSkippingBadRows(bad)).hasSize(15);
    assertThat(bad).isEmpty();
  }

  @Test
  void aPayloadThatIsNoValidEventFailsItsRowOnlyAndTheFeedReadsOnPastIt() throws Exception {
    for (String id : List.of("c-a", "c-b", "c-c")) {
      store.append(Append.of(ExpectedVersion.none(), lifecycle(id, 4)));
    }
    edit("c-a", 3, CaseEvent.WaitingStarted.TYPE, "{\"type\":\"case.waiting-started\",\"caseId\":\"c-a\"}", 1);
    edit("c-c", 5, CaseEvent.Resumed.TYPE, payload("c-b", 5), 1);

    List<StoredEventException> bad = new ArrayList<>();
    List<StoredEvent> good = readFeedSkippingBadRows(bad);
    assertThat(good).hasSize(13);
    assertThat(bad).extracting(StoredEventException::streamId, StoredEventException::version,
        StoredEventException::rule).containsExactly(
            org.assertj.core.groups.Tuple.tuple("c-a", 3L, JsonCodes.MISSING_MEMBER),
            org.assertj.core.groups.Tuple.tuple("c-c", 5L, StoreCodes.STORED_STREAM_MISMATCH));
    assertThat(bad.get(0).getMessage()).contains("case c-a version 3", JsonCodes.MISSING_MEMBER);
    assertThatThrownBy(() -> store.load(Case.TYPE, CaseId.of("c-a")))
        .isInstanceOfSatisfying(StoredEventException.class, e -> assertThat(e.version()).isEqualTo(3));
    assertThat(store.load(Case.TYPE, CaseId.of("c-b")).orElseThrow().version()).isEqualTo(5);
  }

  /** Rename {@code when} (format 1 of this test's made-up history) to {@code at} (today's, made-up format 2). */
  private static ObjectNode whenToAt(String type, ObjectNode payload) {
    if (payload.has("when")) {
      payload.set("at", payload.remove("when"));
    }
    return payload;
  }

  @Test
  void rowsOfAnOlderFormatVersionAreUpcastOnReadAndNeverRewritten() throws Exception {
    // Pretend today's wire format is payload version 2, and that version 1 called the member "at" "when".
    JdbcEventStore v2 = JdbcEventStore.of(dataSource, Upcasters.of(2, Map.of(1, JdbcStoreTests::whenToAt)));
    List<CaseworkEvent> history = lifecycle("c-old", 6);
    v2.append(Append.of(ExpectedVersion.none(), history));
    for (long version : new long[] {1, 3, 4}) {
      ObjectNode old = (ObjectNode) MAPPER.readTree(payload("c-old", version));
      old.set("when", old.remove("at"));
      edit("c-old", version, history.get((int) version - 1).type(), old.toString(), 1);
    }

    assertThat(v2.events(CaseId.of("c-old"))).containsExactlyElementsOf(history);
    assertThat(v2.load(Case.TYPE, CaseId.of("c-old")).orElseThrow()).isEqualTo(Case.TYPE.replay(
        history.stream().map(CaseEvent.class::cast).toList()));
    assertThat(payload("c-old", 1)).contains("when").doesNotContain("\"at\"");

    // Without the upcaster, version 1 rows of the old shape do not read; version 2 rows are newer than it reads.
    List<StoredEventException> bad = new ArrayList<>();
    readFeedSkippingBadRows(bad);
    assertThat(bad).extracting(StoredEventException::version, StoredEventException::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1L, JsonCodes.MISSING_MEMBER),
        org.assertj.core.groups.Tuple.tuple(2L, StoreCodes.STORED_FORMAT_UNSUPPORTED),
        org.assertj.core.groups.Tuple.tuple(3L, JsonCodes.MISSING_MEMBER),
        org.assertj.core.groups.Tuple.tuple(4L, JsonCodes.MISSING_MEMBER),
        org.assertj.core.groups.Tuple.tuple(5L, StoreCodes.STORED_FORMAT_UNSUPPORTED),
        org.assertj.core.groups.Tuple.tuple(6L, StoreCodes.STORED_FORMAT_UNSUPPORTED),
        org.assertj.core.groups.Tuple.tuple(7L, StoreCodes.STORED_FORMAT_UNSUPPORTED));
  }

  @Test
  void theUpcasterGetsACopySoAnUpcasterThatEditsItsInputLeavesNoTrace() throws Exception {
    List<ObjectNode> seen = new ArrayList<>();
    JdbcEventStore v2 = JdbcEventStore.of(dataSource, Upcasters.of(2, Map.of(1, (type, payload) -> {
      seen.add(payload);
      return whenToAt(type, payload);
    })));
    List<CaseworkEvent> history = lifecycle("c-copy", 1);
    v2.append(Append.of(ExpectedVersion.none(), history));
    ObjectNode old = (ObjectNode) MAPPER.readTree(payload("c-copy", 2));
    old.set("when", old.remove("at"));
    edit("c-copy", 2, history.get(1).type(), old.toString(), 1);
    assertThat(v2.events(CaseId.of("c-copy"))).containsExactlyElementsOf(history);
    assertThat(v2.events(CaseId.of("c-copy"))).containsExactlyElementsOf(history);
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isNotSameAs(seen.get(1)).isEqualTo(seen.get(1));
  }

  @Test
  void anUpcasterChainMustStepFromOneToTheCurrentVersion() {
    Upcaster same = (type, payload) -> payload;
    assertThat(Upcasters.none().currentVersion()).isEqualTo(1);
    assertThat(Upcasters.of(3, Map.of(1, same, 2, same)).currentVersion()).isEqualTo(3);
    for (Runnable bad : List.<Runnable>of(() -> Upcasters.of(0, Map.of()), () -> Upcasters.of(3, Map.of(1, same)),
        () -> Upcasters.of(3, Map.of(1, same, 3, same)), () -> Upcasters.of(1, Map.of(1, same)))) {
      assertThatThrownBy(bad::run).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.code()).isEqualTo(StoreCodes.UPCASTERS_INVALID));
    }
  }

  @Test
  void theKeptContextComesBackAndTheCaseloadUsesIt() {
    assertThat(store.context()).isEmpty();
    Caseload context = Caseload.builder().build();
    store.putContext(context);
    store.putContext(context);
    assertThat(store.context()).contains(context);
    store.append(Append.of(ExpectedVersion.none(), lifecycle("c-ctx", 2)));
    assertThat(store.loadCaseload().cases()).hasSize(1);
    assertThat(store.headPosition()).isEqualTo(3);
  }
}
