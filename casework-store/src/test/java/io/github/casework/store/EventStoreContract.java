package io.github.casework.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.CoreCodes;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.VersionConflictException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.check.Caseload;
import io.github.casework.id.AggregateId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link EventStore} keeps, as a JUnit 5 test class to extend: give {@link #newStore()} an empty
 * store of yours (another database, your own tables) and run it. {@link JdbcEventStore} runs it on H2 and on a real
 * PostgreSQL server. The histories come from the core's generators, through the aggregates' own commands; the
 * {@link StoreScenario} helper gives given/when/then over an aggregate's descriptor.
 */
public abstract class EventStoreContract {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** The store under test, fresh for each test. */
  protected EventStore store;

  /**
   * Returns a new, empty store. Called before each test.
   *
   * @return the store
   * @throws Exception if it cannot be made
   */
  protected abstract EventStore newStore() throws Exception;

  /**
   * Releases what {@link #newStore()} took. Called after each test; does nothing unless overridden.
   *
   * @throws Exception if it cannot be released
   */
  protected void closeStore() throws Exception {}

  @BeforeEach
  final void setUpStore() throws Exception {
    store = newStore();
  }

  @AfterEach
  final void tearDownStore() throws Exception {
    closeStore();
  }

  private static CaseId caseId(String id) {
    return CaseId.of(id);
  }

  private static List<CaseworkEvent> feed(EventStore store, long after) {
    List<CaseworkEvent> out = new ArrayList<>();
    try (EventCursor c = store.readFeed(after)) {
      c.forEachRemaining(e -> out.add(e.event()));
    }
    return out;
  }

  private static List<StoredEvent> stored(EventCursor cursor) {
    List<StoredEvent> out = new ArrayList<>();
    try (EventCursor c = cursor) {
      c.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void historiesOfAllFourKindsReadBackEqualWithVersionsAndConsecutivePositions() {
    List<List<CaseworkEvent>> histories = StoreGen.histories(17, 10);
    List<CaseworkEvent> appended = new ArrayList<>();
    for (List<CaseworkEvent> h : histories) {
      AppendResult r = store.append(Append.of(ExpectedVersion.none(), h));
      assertThat(r.version()).isEqualTo(h.size());
      assertThat(r.firstPosition()).isEqualTo(appended.size() + 1);
      assertThat(r.eventCount()).isEqualTo(h.size());
      appended.addAll(h);
    }
    for (List<CaseworkEvent> h : histories) {
      AggregateId id = h.get(0).aggregateId();
      List<StoredEvent> s = stored(store.readStream(id));
      assertThat(s).extracting(StoredEvent::event).containsExactlyElementsOf(h);
      assertThat(s).extracting(StoredEvent::version).containsExactlyElementsOf(
          java.util.stream.LongStream.rangeClosed(1, h.size()).boxed().toList());
      assertThat(store.version(id)).isEqualTo(h.size());
    }
    List<StoredEvent> all = stored(store.readFeed(0));
    assertThat(all).extracting(StoredEvent::event).containsExactlyElementsOf(appended);
    assertThat(all).extracting(StoredEvent::position).containsExactlyElementsOf(
        java.util.stream.LongStream.rangeClosed(1, appended.size()).boxed().toList());
  }

  @Test
  void loadReplaysEachStreamToTheStateItsDescriptorReplays() {
    for (List<CaseworkEvent> h : StoreGen.histories(29, 6)) {
      store.append(Append.of(ExpectedVersion.none(), h));
      AggregateType<?, ?, ?> type = h.get(0).aggregateType();
      assertThat(loadAny(type, h.get(0).aggregateId())).isEqualTo(replayAny(type, h));
    }
    assertThat(store.load(Case.TYPE, caseId("never-opened"))).isEmpty();
    assertThatThrownBy(() -> store.load(Case.TYPE, ReferralId.of("r-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Object loadAny(AggregateType<?, ?, ?> type, AggregateId id) {
    return store.load(type, id).orElseThrow();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object replayAny(AggregateType type, List<CaseworkEvent> h) {
    return type.replay((List) h);
  }

  @Test
  void aStreamReadAfterAVersionHoldsExactlyItsLaterEvents() {
    List<CaseworkEvent> h = StoreGen.histories(61, 1).get(0);
    store.append(Append.of(ExpectedVersion.none(), h));
    for (int after = 0; after <= h.size(); after++) {
      assertThat(stored(store.readStream(h.get(0).aggregateId(), after))).extracting(StoredEvent::event)
          .containsExactlyElementsOf(h.subList(after, h.size()));
    }
    assertThatThrownBy(() -> store.readStream(h.get(0).aggregateId(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStreamWithoutEventsHasVersionZeroAndReadsEmpty() {
    assertThat(store.version(caseId("c-none"))).isZero();
    assertThat(stored(store.readStream(caseId("c-none")))).isEmpty();
    assertThat(feed(store, 0)).isEmpty();
  }

  @Test
  void aStaleExpectedVersionIsAConflictNamingStreamExpectedAndActualAndStoresNothing() {
    CaseId id = caseId("c-1");
    store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("c-1", T0)));
    store.append(Append.of(ExpectedVersion.exactly(1), new CaseEvent.Activated(id, T0.plusSeconds(60))));
    CaseEvent waiting = new CaseEvent.WaitingStarted(id, T0.plusSeconds(120));

    assertThatThrownBy(() -> store.append(Append.of(ExpectedVersion.exactly(1), waiting)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.code()).isEqualTo(CoreCodes.VERSION_CONFLICT);
          assertThat(e.aggregateId()).isEqualTo("c-1");
          assertThat(e.expected()).isEqualTo(ExpectedVersion.exactly(1));
          assertThat(e.actual()).isEqualTo(2);
        });
    assertThatThrownBy(() -> store.append(Append.of(ExpectedVersion.none(), waiting)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(2));
    assertThatThrownBy(() -> store.append(Append.of(ExpectedVersion.exactly(3), waiting)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isEqualTo(2));
    assertThat(store.version(id)).isEqualTo(2);
    assertThat(feed(store, 0)).hasSize(2);

    assertThat(store.append(Append.of(ExpectedVersion.exactly(2), waiting)).version()).isEqualTo(3);
  }

  @Test
  void exactlyOnAStreamThatDoesNotExistIsAConflictWithActualZero() {
    assertThatThrownBy(() -> store.append(Append.of(ExpectedVersion.exactly(1), StoreGen.opening("c-2", T0))))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actual()).isZero());
    assertThat(store.version(caseId("c-2"))).isZero();
  }

  @Test
  void anyAppendsAtWhateverVersionTheStreamHas() {
    CaseId id = caseId("c-3");
    assertThat(store.append(Append.of(ExpectedVersion.any(), StoreGen.opening("c-3", T0))).version()).isEqualTo(1);
    assertThat(store.append(Append.of(ExpectedVersion.any(), new CaseEvent.Activated(id, T0))).version())
        .isEqualTo(2);
  }

  @Test
  void aResentMessageIsStoredOnceAndItsRetryReturnsTheFirstResult() {
    CaseId id = caseId("c-4");
    Append open = Append.of(ExpectedVersion.none(), StoreGen.opening("c-4", T0)).withMessageId("imwo-msg-1");
    AppendResult first = store.append(open);
    // The retry carries the expectation the sender had then, which is stale now: still the first result.
    AppendResult retry = store.append(open);
    assertThat(retry).isEqualTo(first);
    assertThat(store.version(id)).isEqualTo(1);

    Append activate = Append.of(ExpectedVersion.exactly(1), new CaseEvent.Activated(id, T0)).withMessageId("m-2");
    AppendResult second = store.append(activate);
    assertThat(store.appendAll(List.of(activate, activate))).containsExactly(second, second);
    assertThat(store.version(id)).isEqualTo(2);
    assertThat(feed(store, 0)).hasSize(2);
  }

  @Test
  void aMultiStreamAppendStoresEverythingOrNothing() {
    CaseId a = caseId("c-5");
    CaseId b = caseId("c-6");
    store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("c-6", T0)));
    Append toA = Append.of(ExpectedVersion.none(), StoreGen.opening("c-5", T0)).withMessageId("m-multi");
    Append staleB = Append.of(ExpectedVersion.none(), new CaseEvent.Activated(b, T0));

    assertThatThrownBy(() -> store.appendAll(List.of(toA, staleB))).isInstanceOf(VersionConflictException.class);
    assertThat(store.version(a)).isZero();
    assertThat(store.version(b)).isEqualTo(1);
    assertThat(feed(store, 0)).hasSize(1);

    // The message id of the rolled-back transaction was not kept: sending it again stores it.
    ImmutableList<AppendResult> results =
        store.appendAll(List.of(toA, Append.of(ExpectedVersion.exactly(1), new CaseEvent.Activated(b, T0))));
    assertThat(results).extracting(AppendResult::version).containsExactly(1L, 2L);
    assertThat(results.get(1).firstPosition()).isEqualTo(results.get(0).lastPosition() + 1);
  }

  @Test
  void appendsToOneStreamInOneTransactionFollowEachOther() {
    CaseId id = caseId("c-7");
    ImmutableList<AppendResult> r = store.appendAll(List.of(
        Append.of(ExpectedVersion.none(), StoreGen.opening("c-7", T0)),
        Append.of(ExpectedVersion.exactly(1), new CaseEvent.Activated(id, T0))));
    assertThat(r).extracting(AppendResult::version).containsExactly(1L, 2L);
    assertThat(store.load(Case.TYPE, id).orElseThrow().version()).isEqualTo(2);
    assertThatThrownBy(() -> store.appendAll(List.of())).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theFeedFromAPositionHoldsExactlyTheLaterEventsInOrder() {
    List<List<CaseworkEvent>> histories = StoreGen.histories(41, 4);
    List<CaseworkEvent> appended = new ArrayList<>();
    for (List<CaseworkEvent> h : histories) {
      store.append(Append.of(ExpectedVersion.none(), h));
      appended.addAll(h);
    }
    for (int after : new int[] {0, 1, appended.size() / 2, appended.size() - 1, appended.size()}) {
      assertThat(feed(store, after)).containsExactlyElementsOf(appended.subList(after, appended.size()));
    }
    assertThatThrownBy(() -> store.readFeed(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCaseloadHoldsEveryAggregateAsItsHistoryReplaysAndTheGivenContext() {
    List<List<CaseworkEvent>> histories = StoreGen.histories(53, 5);
    for (List<CaseworkEvent> h : histories) {
      store.append(Append.of(ExpectedVersion.none(), h));
    }
    Caseload context = Caseload.builder().build();
    Caseload loaded = store.loadCaseload(context);
    List<Object> expected = new ArrayList<>();
    for (List<CaseworkEvent> h : histories) {
      expected.add(replayAny(h.get(0).aggregateType(), h));
    }
    List<Object> actual = new ArrayList<>();
    actual.addAll(loaded.cases());
    actual.addAll(loaded.referrals());
    actual.addAll(loaded.escalations());
    actual.addAll(loaded.signals());
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(loaded.cases()).hasSize(5);
    assertThat(loaded.signals()).hasSize(5);
    assertThat(loaded.mandates()).isEqualTo(context.mandates());
  }

  @Test
  void aRejectedCommandStoresNothingAndAnAcceptedOneStoresItsEvent() {
    CaseId id = caseId("c-8");
    StoreScenario<Case, CaseCommand, CaseEvent> scenario = StoreScenario.on(store, Case.TYPE)
        .given(StoreGen.opening("c-8", T0), new CaseEvent.Activated(id, T0.plusSeconds(60)));
    scenario.when(id, new CaseCommand.Resume(T0.plusSeconds(120))).thenRejected(CaseCodes.ILLEGAL_TRANSITION);
    Case waiting = scenario.when(id, new CaseCommand.StartWaiting(T0.plusSeconds(120)))
        .then(new CaseEvent.WaitingStarted(id, T0.plusSeconds(120)));
    assertThat(waiting.status()).isEqualTo(io.github.casework.casefile.CaseStatus.WAITING);
  }

  @Test
  void aReaderTailingTheFeedWhileWritersCommitNeverSkipsAnEvent() throws Exception {
    int writers = 3;
    java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    List<Future<Integer>> written = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      written.add(pool.submit(() -> {
        int n = 0;
        while (writing.get() || n < 20) {
          store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("gap-" + writer + "-" + n++, T0)));
        }
        return n;
      }));
    }
    Future<List<Long>> reader = pool.submit(() -> {
      List<Long> seen = new ArrayList<>();
      long last = 0;
      long quietSince = System.nanoTime();
      while (writing.get() || System.nanoTime() - quietSince < TimeUnit.MILLISECONDS.toNanos(500)) {
        try (EventCursor c = store.readFeed(last)) {
          while (c.hasNext()) {
            long p = c.next().position();
            if (p <= last) {
              throw new AssertionError("position " + p + " after " + last);
            }
            seen.add(p);
            last = p;
            quietSince = System.nanoTime();
          }
        }
      }
      return seen;
    });
    Thread.sleep(2_000);
    writing.set(false);
    int total = 0;
    for (Future<Integer> f : written) {
      total += f.get(60, TimeUnit.SECONDS);
    }
    List<Long> seen = reader.get(60, TimeUnit.SECONDS);
    pool.shutdown();
    // The reader saw every event, each once: had a lower position committed after a higher one it had read, the
    // reader (which only asks for positions above the last it saw) would have skipped it.
    List<Long> all = stored(store.readFeed(0)).stream().map(StoredEvent::position).toList();
    assertThat(all).hasSize(total);
    assertThat(seen).containsExactlyElementsOf(all);
  }

  @Test
  void ofTwoWritersThatReadTheSameVersionExactlyOneWins() throws Exception {
    CaseId id = caseId("c-9");
    store.append(Append.of(ExpectedVersion.none(), StoreGen.opening("c-9", T0)));
    int writers = 4;
    for (int round = 0; round < 10; round++) {
      long v = store.version(id);
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<Boolean>> wins = new ArrayList<>();
      Instant at = T0.plusSeconds(60L * (round + 1));
      CaseEvent event = round == 0 ? new CaseEvent.Activated(id, at)
          : round % 2 == 1 ? new CaseEvent.WaitingStarted(id, at) : new CaseEvent.Resumed(id, at);
      for (int w = 0; w < writers; w++) {
        wins.add(pool.submit(() -> {
          go.await();
          try {
            store.append(Append.of(ExpectedVersion.exactly(v), event));
            return true;
          } catch (VersionConflictException lost) {
            return false;
          }
        }));
      }
      go.countDown();
      int won = 0;
      for (Future<Boolean> f : wins) {
        won += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
      }
      pool.shutdown();
      assertThat(won).as("writers that won round %d", round).isEqualTo(1);
      assertThat(store.version(id)).isEqualTo(v + 1);
    }
  }
}
