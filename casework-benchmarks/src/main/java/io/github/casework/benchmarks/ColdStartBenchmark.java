package io.github.casework.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import ca.uhn.fhir.context.FhirContext;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 10b (issue 16): cold start, a fresh JVM's first document read, as single-shot forks: each fork reads the
 * referral of {@link ReferralJsonBenchmark} once, building its reader first (casework's {@code CaseworkJson}, a plain
 * {@code ObjectMapper} on String records, or HAPI's {@code FhirContext} and parser), so the time is class loading,
 * initialisation and one interpreted read. The JVM's own start is the same for all three and is not in the score.
 * The inputs are resources the setup reads with the JDK alone; {@link ReferralJsonBenchmark}'s setup checks that
 * they are its documents. Goal: casework at most plain Jackson's time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class ColdStartBenchmark {
  private byte[] referral;
  private byte[] bundle;

  /** Reads the two inputs with the JDK only, so no library class is loaded before the measured call. */
  @Setup
  public void setUp() {
    referral = resource(ReferralJsonBenchmark.REFERRAL_RESOURCE);
    bundle = resource(ReferralJsonBenchmark.BUNDLE_RESOURCE);
  }

  /** A resource of this jar's, read with the JDK alone. */
  static byte[] resource(String name) {
    try (InputStream in = ColdStartBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Fails unless a baseline wrote casework's bytes (casework ends its document with a newline, databind does not),
   * showing where the two part.
   */
  static void requireSame(String what, byte[] baseline, byte[] casework) {
    int i = Arrays.mismatch(baseline, casework);
    if (i >= 0 && !(i == baseline.length && casework.length == i + 1 && casework[i] == '\n')) {
      throw new IllegalStateException(what + " do not write casework's bytes; from byte " + i + ": "
          + excerpt(baseline, i) + " against " + excerpt(casework, i));
    }
  }

  private static String excerpt(byte[] bytes, int from) {
    int start = Math.max(0, from - 40);
    return new String(bytes, start, Math.min(bytes.length, from + 40) - start, UTF_8);
  }

  /** casework: the standard reader, then the referral document read, validated and replayed. */
  @Benchmark
  public Object casework() {
    return CaseworkJson.standard().read(DocumentKind.REFERRAL, referral);
  }

  /** Plain Jackson: a mapper with the same parser settings, then the String records. */
  @Benchmark
  public Object plainJackson() throws IOException {
    return PlainReferral.mapper().readValue(referral, PlainReferral.Doc.class);
  }

  /** HAPI FHIR: the R4 context and a JSON parser, then the Bundle. */
  @Benchmark
  public Object hapi() {
    return FhirContext.forR4().newJsonParser().parseResource(Bundle.class, new ByteArrayInputStream(bundle));
  }
}
