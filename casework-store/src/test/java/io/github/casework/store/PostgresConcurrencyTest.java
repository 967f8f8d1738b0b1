package io.github.casework.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.github.casework.CaseworkEvent;
import io.github.casework.ExpectedVersion;
import io.github.casework.VersionConflictException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.check.Caseload;
import io.github.casework.id.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Eight writers on a hundred shared cases through the store on a real PostgreSQL server: each decides a command on
 * the state it holds, appends with that version, and on a conflict catches up by re-reading the stream and decides
 * again. One in ten acknowledged appends is sent again with its message id, as a feed re-sends after a lost
 * acknowledgement. Commands per writer: {@code -Dcasework.store.commands} (default 1000; the issue's figure is
 * 10000).
 */
class PostgresConcurrencyTest {
  private static final int WRITERS = 8;
  private static final int CASES = 100;
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private HikariDataSource pool;

  @AfterEach
  void close() {
    if (pool != null) {
      pool.close();
    }
  }

  /** One acknowledged append: its result and its event. */
  private record Ack(AppendResult result, CaseworkEvent event, Case after) {}

  @Test
  void everyAcknowledgedEventIsStoredOnceAndEveryCaseReplaysToItsLastWritersState() throws Exception {
    int commands = Integer.getInteger("casework.store.commands", 1000);
    pool = PostgresTesting.pool("concurrency", WRITERS + 2);
    JdbcEventStore store = JdbcEventStore.of(pool);
    store.createSchema();
    for (int i = 0; i < CASES; i++) {
      store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("case-" + i, T0)));
    }

    long started = System.nanoTime();
    ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
    List<Future<List<Ack>>> writers = new ArrayList<>();
    int[] conflicts = new int[WRITERS];
    int[] resent = new int[WRITERS];
    for (int w = 0; w < WRITERS; w++) {
      int writer = w;
      writers.add(threads.submit(() -> write(store, writer, commands, conflicts, resent)));
    }
    List<Ack> acks = new ArrayList<>();
    for (Future<List<Ack>> f : writers) {
      acks.addAll(f.get(30, TimeUnit.MINUTES));
    }
    threads.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;

    assertThat(acks).hasSize(WRITERS * commands);
    // Every acknowledged event is stored exactly once, at the position and version it was acknowledged with.
    Map<Long, StoredEvent> byPosition = new HashMap<>();
    try (EventCursor c = store.readFeed(0)) {
      c.forEachRemaining(e -> byPosition.put(e.position(), e));
    }
    assertThat(byPosition).hasSize(CASES + acks.size());
    assertThat(store.headPosition()).isEqualTo(CASES + acks.size());
    Set<String> versions = new HashSet<>();
    for (StoredEvent e : byPosition.values()) {
      assertThat(versions.add(e.stream().value() + "@" + e.version())).as("a version with two events").isTrue();
    }
    Map<CaseId, Ack> last = new HashMap<>();
    for (Ack a : acks) {
      StoredEvent s = byPosition.get(a.result().firstPosition());
      assertThat(s).isNotNull();
      assertThat(s.event()).isEqualTo(a.event());
      assertThat(s.version()).isEqualTo(a.result().version());
      last.merge((CaseId) a.event().aggregateId(), a, (x, y) -> x.result().version() > y.result().version() ? x : y);
    }
    // The final state of every case is the replay of its stored events, and the state its last writer held.
    Caseload caseload = store.loadCaseload(Caseload.builder().build());
    assertThat(caseload.cases()).hasSize(CASES);
    for (Case replayed : caseload.cases()) {
      assertThat(store.load(Case.TYPE, replayed.id())).contains(replayed);
      Ack lastAck = last.get(replayed.id());
      assertThat(lastAck).as("a case no writer changed").isNotNull();
      assertThat(replayed).isEqualTo(lastAck.after());
      assertThat(replayed.version()).isEqualTo(lastAck.result().version());
    }
    int totalConflicts = java.util.Arrays.stream(conflicts).sum();
    int totalResent = java.util.Arrays.stream(resent).sum();
    System.out.printf("concurrency: %d writers x %d commands on %d cases: %d events acknowledged and stored once,"
        + " %d conflicts retried, %d re-sent appends stored once, %.1f s (%.0f appends/s)%n", WRITERS, commands,
        CASES, acks.size(), totalConflicts, totalResent, seconds, acks.size() / seconds);
    assertThat(totalConflicts).as("the writers contended").isPositive();
  }

  private static List<Ack> write(EventStore store, int writer, int commands, int[] conflicts, int[] resent) {
    SplittableRandom r = new SplittableRandom(1000 + writer);
    Map<CaseId, Case> known = new HashMap<>();
    List<Ack> acks = new ArrayList<>();
    for (int n = 0; n < commands; n++) {
      CaseId id = CaseId.of("case-" + r.nextInt(CASES));
      String messageId = "w" + writer + "-" + n;
      Case state = known.computeIfAbsent(id, k -> store.load(Case.TYPE, k).orElseThrow());
      while (true) {
        var decision = state.decide(StoreGen.nextLifecycleStep(state));
        Append append = Append.of(decision, ExpectedVersion.exactly(state.version())).withMessageId(messageId);
        try {
          AppendResult result = store.append(append);
          if (r.nextInt(10) == 0) {
            assertThat(store.append(append)).isEqualTo(result);
            resent[writer]++;
          }
          state = decision.state();
          acks.add(new Ack(result, decision.events().get(0), state));
          break;
        } catch (VersionConflictException e) {
          conflicts[writer]++;
          state = catchUp(store, state);
        }
      }
      known.put(id, state);
    }
    return acks;
  }

  private static Case catchUp(EventStore store, Case state) {
    Case next = state;
    try (EventCursor c = store.readStream(state.id(), state.version())) {
      while (c.hasNext()) {
        next = next.evolve((CaseEvent) c.next().event());
      }
    }
    return next;
  }
}
