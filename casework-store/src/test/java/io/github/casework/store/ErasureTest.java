package io.github.casework.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.CaseworkEvent;
import io.github.casework.ExpectedVersion;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.check.Caseload;
import io.github.casework.id.ClientId;
import io.github.casework.party.Address;
import io.github.casework.party.PersonalDetails;
import io.github.casework.privacy.RetentionPolicy;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.testing.CaseworkGen;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure: the store keeps no personal details (the aggregates know a client by a pseudonymous id only), so a
 * client's {@link PersonalDetails}, which the host keeps apart, can be erased without touching the store, and every
 * history replays as before. The proof is a grep over every row and column of every table of the store.
 */
class ErasureTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @TempDir
  Path dir;

  /** Every table of the store's schema, every row, every column, as text. */
  static List<String> dump(DataSource ds) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet t = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (t.next()) {
          String schema = t.getString("TABLE_SCHEM");
          if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
            tables.add(schema + "." + t.getString("TABLE_NAME"));
          }
        }
      }
      assertThat(tables).as("the store's tables").hasSizeGreaterThanOrEqualTo(4);
      for (String table : tables) {
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder(table);
            for (int i = 1; i <= columns; i++) {
              row.append('|').append(rs.getString(i));
            }
            out.add(row.toString());
          }
        }
      }
    }
    return out;
  }

  static List<String> personal(PersonalDetails p) {
    List<String> values = new ArrayList<>(List.of(p.name()));
    p.bsn().ifPresent(b -> values.add(b.value()));
    p.dateOfBirth().ifPresent(d -> values.add(d.toString()));
    p.address().ifPresent(a -> values.addAll(List.of(a.street(), a.postalCode())));
    return values;
  }

  @Test
  void aClientsPersonalDetailsAreErasedAndEveryHistoryReplaysAsBefore() throws Exception {
    DataSource ds = new EmbeddedDataSource("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
        + ";DB_CLOSE_DELAY=-1;FILE_LOCK=FS");
    JdbcEventStore store = JdbcEventStore.of(ds);
    store.createSchema();
    List<List<CaseworkEvent>> histories = StoreGen.histories(20261201L, 40);
    for (List<CaseworkEvent> h : histories) {
      store.append(Append.of(ExpectedVersion.none(), h));
    }
    store.putContext(Caseload.builder().professionals(CaseworkGen.professionals().listOf(3, 3)
        .next(new SplittableRandom(1))).build());

    // The host keeps the personal details apart: one set per client the histories name.
    SplittableRandom r = new SplittableRandom(7);
    Map<ClientId, PersonalDetails> register = new LinkedHashMap<>();
    for (List<CaseworkEvent> h : histories) {
      ClientId client = h.get(0) instanceof CaseEvent.Opened o ? o.client()
          : h.get(0) instanceof ReferralEvent.Drafted d ? d.client() : null;
      if (client != null) {
        register.computeIfAbsent(client, id -> new PersonalDetails(id, CaseworkGen.names().next(r),
            Optional.of(LocalDate.of(1940, 1, 1).plusDays(r.nextInt(20_000))),
            Optional.of(new Address("Straat" + Integer.toString(10_000 + r.nextInt(90_000), 36),
                "" + (1 + r.nextInt(300)), (1000 + r.nextInt(9000)) + "XY", "Amsterdam")),
            Optional.of(CaseworkGen.bsns().next(r))));
      }
    }
    Caseload before = store.loadCaseload();
    List<String> rowsBefore = dump(ds);

    // Erase the clients the retention policy says are due, long after every generated case closed or not.
    Instant later = Instant.parse("2040-01-01T00:00:00Z");
    var due = RetentionPolicy.defaults().dueForErasure(before, ZONE, later);
    assertThat(due).as("the generator closes some cases").isNotEmpty();
    List<PersonalDetails> erased = new ArrayList<>();
    due.forEach(id -> erased.add(register.remove(id)));
    erased.removeIf(p -> p == null);
    assertThat(erased).isNotEmpty();

    // The pseudonymous history is untouched and replays identically.
    Caseload after = store.loadCaseload();
    assertThat(after).isEqualTo(before);
    assertThat(dump(ds)).isEqualTo(rowsBefore);

    // Nothing personal is in any table: not of the erased clients, and not of the others either.
    String all = String.join("\n", rowsBefore);
    for (PersonalDetails p : erased) {
      // The grep reads the payloads: the client's pseudonymous id is there.
      assertThat(all).contains("\"" + p.client().value() + "\"");
      for (String value : personal(p)) {
        assertThat(all).as("a personal detail of an erased client").doesNotContain(value);
      }
    }
    for (PersonalDetails p : register.values()) {
      for (String value : personal(p)) {
        assertThat(all).as("a personal detail of a kept client").doesNotContain(value);
      }
    }
    System.out.println("privacy.erasure: " + histories.size() + " histories, " + rowsBefore.size() + " rows, "
        + erased.size() + " clients erased, " + register.size() + " kept, 0 personal values in the store");
  }
}
