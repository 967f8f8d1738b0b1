package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.LifeDomain;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Writing then reading 1,000,000 events runs in constant memory. Surefire runs this class alone in a JVM with
 * {@code -Xmx64m} (the {@code small-heap} execution in the module's pom): holding the events, or the lines, would
 * not fit. The events are those of 1,000 cases, interleaved; every event is replayed through {@code Case.evolve}.
 */
class EventStreamSmallHeapTest {

  static final int EVENTS = 1_000_000;
  static final int CASES = 1_000;
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  static final NeedId NEED = NeedId.of("need-1");
  static final ProfessionalId[] PROS = {ProfessionalId.of("pro-a"), ProfessionalId.of("pro-b")};

  /** The i-th event of the stream, computed, never stored: opened, need, activated, then wait/resume/transfer. */
  static CaseEvent event(int i) {
    int c = i % CASES;
    int step = i / CASES;
    CaseId id = CaseId.of("case-" + c);
    Instant at = START.plusSeconds(i);
    switch (step) {
      case 0:
        return new CaseEvent.Opened(id, ClientId.of("client-" + c), AgencyId.of("agency-" + (c % 7)), PROS[0], at);
      case 1:
        return new CaseEvent.NeedRegistered(id, NEED, LifeDomain.HOUSING, Urgency.URGENT, PROS[0], at);
      case 2:
        return new CaseEvent.Activated(id, at);
      default:
        int k = step - 3;
        return switch (k % 3) {
          case 0 -> new CaseEvent.WaitingStarted(id, at);
          case 1 -> new CaseEvent.Resumed(id, at);
          default -> new CaseEvent.AccountabilityTransferred(id, NEED, PROS[(k / 3) % 2], PROS[(k / 3 + 1) % 2], at);
        };
    }
  }

  static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  @Test
  void writingThenReadingAMillionEventsRunsInConstantMemory() throws IOException {
    // Run by -Dtest=... outside its execution, it would prove nothing: skip it there.
    assumeTrue(Boolean.getBoolean("casework.smallHeap"), "runs in the small-heap surefire execution");
    long max = Runtime.getRuntime().maxMemory();
    assertThat(max).as("this test must run with -Xmx64m").isLessThanOrEqualTo(80L * 1024 * 1024);
    Path file = Files.createTempFile("casework-events", ".ndjson");
    try {
      long t0 = System.nanoTime();
      try (EventStreamWriter<CaseEvent> w = JsonTesting.STANDARD.newEventWriter(EventStreamKind.CASE_EVENTS,
          new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
        for (int i = 0; i < EVENTS; i++) {
          w.write(event(i));
        }
      }
      long t1 = System.nanoTime();
      long[] used = new long[3];
      long count = 0;
      try (EventStreamReader<CaseEvent, Case> r = JsonTesting.STANDARD.newEventReader(EventStreamKind.CASE_EVENTS,
          new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        while (r.hasNext()) {
          CaseEvent e = r.next();
          if (count < 5_000 && !e.equals(event((int) count))) {
            throw new AssertionError("event " + count + " differs");
          }
          count++;
          if (count == 100_000) {
            used[0] = usedAfterGc();
          } else if (count == 500_000) {
            used[1] = usedAfterGc();
          }
        }
        used[2] = usedAfterGc();
        assertThat(r.aggregateCount()).isEqualTo(CASES);
        assertThat(r.stateOf("case-0")).map(Case::version).contains((long) (EVENTS / CASES));
        // The last event of every case is its 997th after activation: wait, resume, transfer, ..., wait.
        assertThat(r.stateOf("case-999")).map(Case::status).contains(CaseStatus.WAITING);
      }
      long t2 = System.nanoTime();
      assertThat(count).isEqualTo(EVENTS);
      long mb = 1024 * 1024;
      System.out.printf("NDJSON %,d events, %,d bytes: wrote in %,d ms, read and replayed in %,d ms; "
          + "heap used after GC at 100k/500k/1M events: %.1f/%.1f/%.1f MB (max heap %d MB)%n",
          EVENTS, Files.size(file), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
          used[0] / (double) mb, used[1] / (double) mb, used[2] / (double) mb, max / mb);
      // Constant: what is retained does not grow with the number of events read.
      assertThat(used[2] - used[0]).isLessThan(8 * mb);
      assertThat(used[1] - used[0]).isLessThan(8 * mb);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
