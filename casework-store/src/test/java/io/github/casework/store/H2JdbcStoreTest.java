package io.github.casework.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.ExpectedVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JdbcStoreTests} on the embedded default, where a payload is text and may even be edited into non-JSON. */
class H2JdbcStoreTest extends JdbcStoreTests {
  @TempDir
  Path dir;

  @Override
  DataSource newDataSource() {
    return new EmbeddedDataSource("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
        + ";DB_CLOSE_DELAY=-1;FILE_LOCK=FS;WRITE_DELAY=0");
  }

  @Override
  String jsonParameter() {
    return "?";
  }

  @Test
  void aPayloadEditedIntoInvalidJsonFailsWithTheSyntaxRule() throws Exception {
    store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("c-x", java.time.Instant.EPOCH)));
    store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("c-y", java.time.Instant.EPOCH)));
    try (var c = dataSource.getConnection(); var s = c.createStatement()) {
      s.executeUpdate("UPDATE casework_events SET payload = '{\"type\":' WHERE stream_id = 'c-x'");
    }
    List<StoredEventException> bad = new ArrayList<>();
    List<StoredEvent> good = new ArrayList<>();
    try (EventCursor cursor = store.readFeed(0)) {
      while (true) {
        try {
          if (!cursor.hasNext()) {
            break;
          }
          good.add(cursor.next());
        } catch (StoredEventException e) {
          bad.add(e);
        }
      }
    }
    assertThat(good).extracting(e -> e.stream().value()).containsExactly("c-y");
    assertThat(bad).singleElement().satisfies(e -> {
      assertThat(e.streamId()).isEqualTo("c-x");
      assertThat(e.version()).isEqualTo(1);
      assertThat(e.rule()).isIn(io.github.casework.json.JsonCodes.SYNTAX, io.github.casework.json.JsonCodes.TRUNCATED);
    });
  }

  @Test
  void nullsAreRefused() {
    io.github.casework.casefile.CaseEvent.Opened opened = StoreGen.opening("c-1", java.time.Instant.EPOCH);
    new com.google.common.testing.NullPointerTester()
        .setDefault(Append.class, Append.of(ExpectedVersion.none(), opened))
        .setDefault(List.class, List.of(Append.of(ExpectedVersion.none(), opened)))
        .setDefault(io.github.casework.id.AggregateId.class, opened.caseId())
        .setDefault(io.github.casework.AggregateType.class, io.github.casework.casefile.Case.TYPE)
        .setDefault(io.github.casework.check.Caseload.class, io.github.casework.check.Caseload.builder().build())
        .testAllPublicInstanceMethods(store);
  }
}
