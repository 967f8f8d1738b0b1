package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.casework.Aggregate;
import io.github.casework.CaseworkEvent;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.ReferralStatus;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Writing then reading 1,000,000 events runs in constant memory. Surefire runs this class alone in a JVM with
 * {@code -Xmx64m} (the {@code small-heap} execution in the module's pom): holding the events, or the lines, would
 * not fit. The events are those of 1,000 cases, interleaved; every event is replayed through {@code Case.evolve}. A
 * second stream mixes them with the events of 1,000 referrals in one caseload-events stream.
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
        assertThat(r.stateOf(CaseId.of("case-0"))).map(Case::version).contains((long) (EVENTS / CASES));
        // The last event of every case is its 997th after activation: wait, resume, transfer, ..., wait.
        assertThat(r.stateOf(CaseId.of("case-999"))).map(Case::status).contains(CaseStatus.WAITING);
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

  static final ReferralId[] REFERRALS = new ReferralId[CASES];

  static {
    for (int r = 0; r < CASES; r++) {
      REFERRALS[r] = ReferralId.of("ref-" + r);
    }
  }

  /**
   * The i-th event of a mixed stream, computed, never stored: even lines are the case events of
   * {@link #event(int)}, odd lines those of 1,000 referrals (drafted, legal basis, sent, then waitlisted again and
   * again with a later expected start).
   */
  static CaseworkEvent mixedEvent(int i) {
    if (i % 2 == 0) {
      return event(i / 2);
    }
    int j = i / 2;
    int r = j % CASES;
    int step = j / CASES;
    ReferralId id = REFERRALS[r];
    Instant at = START.plusSeconds(i);
    return switch (step) {
      case 0 -> new ReferralEvent.Drafted(id, ClientId.of("client-" + r), CaseId.of("case-" + r), NEED,
          LifeDomain.HOUSING, AgencyId.of("agency-" + (r % 7)), PROS[0], AgencyId.of("housing"), "urgency-permit", at);
      case 1 -> new ReferralEvent.BasisRecorded(id, BASIS, at);
      case 2 -> new ReferralEvent.Sent(id, at.plus(Duration.ofDays(5)), at.plus(Duration.ofDays(28)), at);
      default -> new ReferralEvent.Waitlisted(id, at.plus(Duration.ofDays(30)), at);
    };
  }

  static final DataSharingBasis BASIS = new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wmo 2015 art. 2.3.5");

  @Test
  void aMillionMixedEventsOfCasesAndReferralsAreReadInConstantMemory() throws IOException {
    assumeTrue(Boolean.getBoolean("casework.smallHeap"), "runs in the small-heap surefire execution");
    assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(80L * 1024 * 1024);
    Path file = Files.createTempFile("casework-caseload", ".ndjson");
    try {
      long t0 = System.nanoTime();
      try (EventStreamWriter<CaseworkEvent> w = JsonTesting.STANDARD.newCaseloadWriter(CaseloadSnapshot.empty(),
          new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
        for (int i = 0; i < EVENTS; i++) {
          w.write(mixedEvent(i));
        }
      }
      long t1 = System.nanoTime();
      long[] used = new long[3];
      long count = 0;
      try (EventStreamReader<CaseworkEvent, Aggregate<?, ?, ?>> r = JsonTesting.STANDARD.newEventReader(
          EventStreamKind.CASELOAD_EVENTS, new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        while (r.hasNext()) {
          CaseworkEvent e = r.next();
          if (count < 5_000 && !e.equals(mixedEvent((int) count))) {
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
        assertThat(r.aggregateCount()).isEqualTo(2 * CASES);
        assertThat(r.stateOf(ReferralId.of("ref-7"))).map(s -> ((Referral) s).status())
            .contains(ReferralStatus.WAITLISTED);
        assertThat(r.stateOf(CaseId.of("case-7"))).map(s -> ((Case) s).version()).contains((long) (EVENTS / 2 / CASES));
      }
      long t2 = System.nanoTime();
      assertThat(count).isEqualTo(EVENTS);
      long mb = 1024 * 1024;
      System.out.printf("caseload NDJSON %,d mixed events, %,d bytes: wrote in %,d ms, read and replayed in %,d ms; "
          + "heap used after GC at 100k/500k/1M events: %.1f/%.1f/%.1f MB%n",
          EVENTS, Files.size(file), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
          used[0] / (double) mb, used[1] / (double) mb, used[2] / (double) mb);
      assertThat(used[2] - used[0]).isLessThan(8 * mb);
      assertThat(used[1] - used[0]).isLessThan(8 * mb);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
