package io.github.casework.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.casework.casefile.Case;
import io.github.casework.id.CaseId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The program {@link PostgresLongStreamTest} runs in a small heap: replays one stream with {@link EventStore#load}
 * and prints its version, the time taken and the peak heap used.
 */
final class LongStreamReader {
  private LongStreamReader() {}

  public static void main(String[] args) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setSchema(args[1]);
    config.setMaximumPoolSize(1);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcEventStore store = JdbcEventStore.of(pool);
      // The heap in use, sampled every few milliseconds while the stream replays.
      AtomicLong peakUsed = new AtomicLong();
      Thread sampler = new Thread(() -> {
        Runtime rt = Runtime.getRuntime();
        while (!Thread.currentThread().isInterrupted()) {
          peakUsed.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      sampler.start();
      long started = System.nanoTime();
      Case state = store.load(Case.TYPE, CaseId.of(args[2])).orElseThrow();
      double seconds = (System.nanoTime() - started) / 1e9;
      sampler.interrupt();
      long peak = peakUsed.get();
      System.out.printf("version %d in %.1f s (%.0f events/s), peak heap %d MiB of max %d MiB%n", state.version(),
          seconds, state.version() / seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
  }
}
