package io.github.casework.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.casework.ExpectedVersion;
import io.github.casework.casefile.Case;
import io.github.casework.id.CaseId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program {@link CrashTest} kills: it opens the store (a PostgreSQL schema, or an embedded H2 file), opens
 * {@value #CASES} cases, then appends transactions of three appends each (one lifecycle event to each of three
 * cases, message ids {@code tx-N/0..2}) for ever, printing {@code committed N} after each commit.
 */
final class CrashWriter {
  static final int CASES = 10;
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private CrashWriter() {}

  static JdbcEventStore open(String target) {
    if (target.startsWith("h2:")) {
      return JdbcEventStore.embedded(Path.of(target.substring(3)));
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(target);
    config.setSchema("crash");
    config.setMaximumPoolSize(2);
    JdbcEventStore store = JdbcEventStore.of(new HikariDataSource(config));
    store.createSchema();
    return store;
  }

  static List<Integer> casesOf(long tx) {
    return List.of((int) (tx % CASES), (int) ((tx + 3) % CASES), (int) ((tx + 7) % CASES));
  }

  public static void main(String[] args) {
    JdbcEventStore store = open(args[0]);
    Map<Integer, Case> cases = new HashMap<>();
    for (int i = 0; i < CASES; i++) {
      store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("crash-" + i, T0)));
      cases.put(i, store.load(Case.TYPE, CaseId.of("crash-" + i)).orElseThrow());
    }
    System.out.println("ready");
    for (long tx = 0; ; tx++) {
      List<Append> appends = new ArrayList<>();
      Map<Integer, Case> after = new HashMap<>();
      int part = 0;
      for (int i : casesOf(tx)) {
        Case state = cases.get(i);
        var d = state.decide(StoreGen.nextLifecycleStep(state));
        after.put(i, d.state());
        appends.add(Append.of(d, ExpectedVersion.exactly(state.version())).withMessageId("tx-" + tx + "/" + part++));
      }
      store.appendAll(appends);
      cases.putAll(after);
      System.out.println("committed " + tx);
      System.out.flush();
    }
  }
}
