package io.github.casework.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.EventStreamKind;
import io.github.casework.json.EventStreamReader;
import io.github.casework.json.EventStreamWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 3: writing and reading 1,000,000 events as NDJSON in a JVM with a 64 MB heap (the fork's
 * {@code -Xmx64m}), events of 1,000 interleaved cases, every one replayed through {@code Case.evolve} on reading;
 * against plain Jackson writing and reading the same events as plain records, and (issue 16) a raw token loop
 * over casework's own file (header line included) as the bound of any reader. Time per million events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class NdjsonBenchmark {
  static final int EVENTS = 1_000_000;
  static final int CASES = 1_000;
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  static final NeedId NEED = NeedId.of("need-1");
  static final ProfessionalId[] PROS = {ProfessionalId.of("pro-a"), ProfessionalId.of("pro-b")};

  private final CaseworkJson json = CaseworkJson.standard();
  private final ObjectMapper plainMapper = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .serializationInclusion(JsonInclude.Include.NON_NULL).build();
  private final JsonFactory tokens = new JsonFactory();
  private Path caseworkFile;
  private Path plainFile;

  /** The i-th event, computed, never stored: opened, need, activated, then wait/resume/transfer. */
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

  /** Writes both files once, so the read benchmarks have input. */
  @Setup
  public void setUp() throws IOException {
    caseworkFile = Files.createTempFile("casework-bench", ".ndjson");
    plainFile = Files.createTempFile("plain-bench", ".ndjson");
    caseworkWrite();
    baselineWrite();
  }

  /** Deletes the files. */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(caseworkFile);
    Files.deleteIfExists(plainFile);
  }

  /** Baseline: plain Jackson writes the events as plain records, one per line. */
  @Benchmark
  public long baselineWrite() throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(plainFile), 1 << 16);
         SequenceWriter w = plainMapper.writer().withRootValueSeparator("\n").writeValues(out)) {
      for (int i = 0; i < EVENTS; i++) {
        w.write(JsonBenchmark.PlainDoc.event(event(i)));
      }
    }
    return Files.size(plainFile);
  }

  /** casework: the NDJSON event stream writer. */
  @Benchmark
  public long caseworkWrite() throws IOException {
    try (EventStreamWriter<CaseEvent> w = json.newEventWriter(EventStreamKind.CASE_EVENTS,
        new BufferedOutputStream(Files.newOutputStream(caseworkFile), 1 << 16))) {
      for (int i = 0; i < EVENTS; i++) {
        w.write(event(i));
      }
    }
    return Files.size(caseworkFile);
  }

  /** Baseline: plain Jackson reads the plain records back, no validation, no state. */
  @Benchmark
  public long baselineRead() throws IOException {
    long n = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(plainFile), 1 << 16);
         MappingIterator<JsonBenchmark.PlainEvent> it = plainMapper.readerFor(JsonBenchmark.PlainEvent.class)
             .readValues(in)) {
      while (it.hasNext()) {
        it.next();
        n++;
      }
    }
    return n;
  }

  /**
   * The raw bound (issue 16): a bare {@code JsonParser.nextToken} loop over casework's own file, no values built,
   * counting the top-level objects (the header and the events). Goal: casework's read + replay at least half this rate.
   */
  @Benchmark
  public long rawTokens() throws IOException {
    long n = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(caseworkFile), 1 << 16);
         JsonParser p = tokens.createParser(in)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.END_OBJECT && p.getParsingContext().inRoot()) {
          n++;
        }
      }
    }
    // The header line is a top-level object too.
    if (n != EVENTS + 1) {
      throw new IllegalStateException("bug: " + n + " lines");
    }
    return n - 1;
  }

  /** casework: read, validate and replay every event into its case's state. */
  @Benchmark
  public long caseworkRead() throws IOException {
    long n = 0;
    try (EventStreamReader<CaseEvent, Case> r = json.newEventReader(EventStreamKind.CASE_EVENTS,
        new BufferedInputStream(Files.newInputStream(caseworkFile), 1 << 16))) {
      while (r.hasNext()) {
        r.next();
        n++;
      }
    }
    return n;
  }
}
