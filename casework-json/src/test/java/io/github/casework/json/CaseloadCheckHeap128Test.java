package io.github.casework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralStatus;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Memory per aggregate (issue 15): what {@code casework check} does with a caseload-events stream of 1,000,000 events
 * over 250,000 aggregates ({@link LargeCaseloadStream}) — read it into the caseload it ends in, then run the check —
 * fits in a 128 MB heap. Surefire runs this class alone in a JVM with {@code -Xmx128m} (the {@code heap-128}
 * execution in the module's pom). Holding the events, as {@link CaseworkJson#readCaseloadEvents} does, needs about
 * 370 MB for this stream; before aggregates shared their ids and referrals stopped keeping their first event, the
 * states alone needed about 220 MB.
 */
class CaseloadCheckHeap128Test {

  @Test
  void aMillionEventsOverAQuarterMillionAggregatesAreReadAndCheckedIn128Megabytes() throws IOException {
    // Run by -Dtest=... outside its execution, it would prove nothing: skip it there.
    assumeTrue(Boolean.getBoolean("casework.heap128"), "runs in the heap-128 surefire execution");
    long max = Runtime.getRuntime().maxMemory();
    assertThat(max).as("this test must run with -Xmx128m").isLessThanOrEqualTo(128L * 1024 * 1024);
    Path file = Files.createTempFile("casework-large-caseload", ".ndjson");
    try {
      LargeCaseloadStream.write(Files.newOutputStream(file));
      long t0 = System.nanoTime();
      Caseload caseload = CaseworkJson.strict().readCaseloadState(
          new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      long t1 = System.nanoTime();
      List<Finding> findings = CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(caseload, LargeCaseloadStream.END);
      long t2 = System.nanoTime();
      Runtime rt = Runtime.getRuntime();
      System.gc();
      System.out.printf("caseload of %,d events over %,d aggregates: read in %,d ms, checked in %,d ms; "
          + "heap used after GC holding the caseload: %.1f MB (max heap %d MB)%n", LargeCaseloadStream.EVENTS,
          LargeCaseloadStream.AGGREGATES, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
          (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024), max / (1024 * 1024));

      assertThat(caseload.cases()).hasSize(LargeCaseloadStream.GROUPS);
      assertThat(caseload.referrals()).hasSize(LargeCaseloadStream.GROUPS);
      assertThat(caseload.professionals()).hasSize(LargeCaseloadStream.PROFESSIONALS);
      // In the order of their first event, each in the state its last event left it in.
      for (int g : new int[] {0, 1, 4, 7, LargeCaseloadStream.GROUPS - 1}) {
        Case c = caseload.cases().get(g);
        Referral r = caseload.referrals().get(g);
        assertThat(c.id().value()).isEqualTo("case-" + g);
        assertThat(r.id().value()).isEqualTo("ref-" + g);
        boolean closed = LargeCaseloadStream.closed(g);
        assertThat(c.status()).isEqualTo(closed ? CaseStatus.CLOSED : CaseStatus.ACTIVE);
        assertThat(r.status()).isEqualTo(closed ? ReferralStatus.CANCELLED : ReferralStatus.ACCEPTED);
        assertThat(c.version()).isEqualTo(closed ? 5 : 4);
        assertThat(r.version()).isEqualTo(closed ? 3 : 4);
      }
      // A healthy caseload: every referral answered, every need held by a rostered professional.
      assertThat(findings).isEmpty();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
