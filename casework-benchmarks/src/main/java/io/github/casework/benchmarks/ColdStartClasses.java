package io.github.casework.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.context.FhirContext;
import io.github.casework.casefile.Case;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.History;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Cold start by class count (issue 16): for each reader, a fresh JVM with {@code -Xlog:class+load} reads one
 * document, and the classes it loads from just before the reader is built (the first {@code CaseworkJson.standard()},
 * {@code PlainReferral.mapper()} or {@code FhirContext.forR4()}) to the end of the first read are counted, in all and
 * by origin. Unlike {@link ColdStartBenchmark}'s times, the count does not depend on the machine's load: the same jar
 * on the same JDK loads the same classes. The input is read before the count starts, with the JDK alone. Further JVMs
 * without the log time the same span, by the wall clock and by CPU time (of the reading thread, and of the process),
 * which a loaded machine distorts much less than the wall clock.
 *
 * <p>{@code java -cp casework-benchmarks/target/benchmarks.jar io.github.casework.benchmarks.ColdStartClasses
 * [--top N] [--runs N] [--keep DIR] [READER...]} prints a table of every reader (or those named:
 * {@code casework-referral}, {@code casework-case}, {@code plain-referral}, {@code plain-case}, {@code hapi-referral})
 * with the median times of {@code --runs} (default 5) more JVMs each, without the log, then, for each reader, the
 * {@code --top} (default 12) largest sources of lambda classes and of the other casework classes; {@code --keep}
 * keeps each JVM's log there. {@code scripts/cold-start-classes.sh} builds the jar and runs it. {@code --write-case
 * DIR} writes the case input ({@code case.json}, the typical case of {@link JsonBenchmark}) into {@code DIR}; the
 * count checks first that the resource is that document.
 */
public final class ColdStartClasses {
  static final String CASE_RESOURCE = "/cold-start/case.json";

  private static final String PROBE = "--probe";
  private static final String TIMED = "timed";
  private static final String COUNTED = "counted";
  /** The marks' names, spelled out: a class literal would load them early. */
  private static final String START = "io.github.casework.benchmarks.ColdStartClasses$Start";
  private static final String END = "io.github.casework.benchmarks.ColdStartClasses$End";

  private ColdStartClasses() {}

  /** The readers whose start-up is counted, each with its input resource. */
  enum Reader {
    CASEWORK_REFERRAL("casework-referral", ReferralJsonBenchmark.REFERRAL_RESOURCE),
    CASEWORK_CASE("casework-case", CASE_RESOURCE),
    PLAIN_REFERRAL("plain-referral", ReferralJsonBenchmark.REFERRAL_RESOURCE),
    PLAIN_CASE("plain-case", CASE_RESOURCE),
    HAPI_REFERRAL("hapi-referral", ReferralJsonBenchmark.BUNDLE_RESOURCE);

    final String label;
    final String resource;

    Reader(String label, String resource) {
      this.label = label;
      this.resource = resource;
    }

    static Reader of(String label) {
      for (Reader r : values()) {
        if (r.label.equals(label)) {
          return r;
        }
      }
      throw new IllegalArgumentException("unknown reader " + label + "; known: "
          + Arrays.stream(values()).map(r -> r.label).toList());
    }

    /**
     * Builds the reader and reads the input once. Each reader lives in a class of its own, so that nothing of the
     * libraries is loaded (not even by the verifier) before the count starts.
     */
    Object read(byte[] input) throws IOException {
      return switch (this) {
        case CASEWORK_REFERRAL -> CaseworkRead.referral(input);
        case CASEWORK_CASE -> CaseworkRead.caseDocument(input);
        case PLAIN_REFERRAL -> PlainRead.referral(input);
        case PLAIN_CASE -> PlainRead.caseDocument(input);
        case HAPI_REFERRAL -> HapiRead.bundle(input);
      };
    }
  }

  /** casework's standard reader, then the document read, validated and replayed. */
  private static final class CaseworkRead {
    static Object referral(byte[] input) {
      return CaseworkJson.standard().read(DocumentKind.REFERRAL, input);
    }

    static Object caseDocument(byte[] input) {
      return CaseworkJson.standard().read(DocumentKind.CASE, input);
    }

    static byte[] write() {
      return CaseworkJson.standard().write(DocumentKind.CASE, History.of(Case.TYPE, JsonBenchmark.typicalCase30()));
    }
  }

  /** Plain Jackson on String records, with the parser settings of {@link PlainReferral#mapper()}. */
  private static final class PlainRead {
    static Object referral(byte[] input) throws IOException {
      return PlainReferral.mapper().readValue(input, PlainReferral.Doc.class);
    }

    static Object caseDocument(byte[] input) throws IOException {
      return PlainReferral.mapper().readValue(input, JsonBenchmark.StringDoc.class);
    }
  }

  /** HAPI FHIR's R4 context and a JSON parser, then the Bundle. */
  private static final class HapiRead {
    static Object bundle(byte[] input) {
      return FhirContext.forR4().newJsonParser().parseResource(Bundle.class, new ByteArrayInputStream(input));
    }
  }

  /** Loaded just before the reader is built: where the count starts. */
  private static final class Start {
    static void mark() {}
  }

  /** Loaded just after the first read: where the count ends. */
  private static final class End {
    static void mark() {}
  }

  /** Counts the readers, or (with {@code --probe}) is the counted JVM, or writes the case input. */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals(PROBE)) {
      probe(Reader.of(args[1]), args[2].equals(TIMED));
      return;
    }
    if (args.length == 2 && args[0].equals("--write-case")) {
      Path file = Path.of(args[1]).resolve("case.json");
      Files.write(file, caseDocument());
      System.out.println("wrote " + file);
      return;
    }
    int top = 12;
    int runs = 5;
    Path keep = null;
    List<Reader> readers = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--top" -> top = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--keep" -> keep = Path.of(args[++i]);
        default -> readers.add(Reader.of(args[i]));
      }
    }
    if (readers.isEmpty()) {
      readers.addAll(List.of(Reader.values()));
    }
    if (!Arrays.equals(resource(CASE_RESOURCE), caseDocument())) {
      throw new IllegalStateException("the case input is stale: write it again with --write-case "
          + "casework-benchmarks/src/main/resources/cold-start");
    }
    Map<Reader, Count> counts = new LinkedHashMap<>();
    for (Reader r : readers) {
      counts.put(r, count(r, keep));
    }
    // The times come from other JVMs, without the class-load log (whose writing would be in them), taken in turns
    // so that a change of the machine's load falls on every reader alike.
    Map<Reader, List<long[]>> times = new LinkedHashMap<>();
    for (int run = 0; run < runs; run++) {
      for (Reader r : readers) {
        times.computeIfAbsent(r, k -> new ArrayList<>()).add(time(r));
      }
    }
    System.out.println("load average at the end: " + loadAverage());
    System.out.printf("%-18s %6s %7s %8s %7s %6s %5s %5s %10s %10s %10s%n", "classes loaded", "all", "lambdas",
        "casework", "jackson", "guava", "jdk", "other", "wall, ms", "cpu, ms", "process, ms");
    for (Map.Entry<Reader, Count> e : counts.entrySet()) {
      Count c = e.getValue();
      List<long[]> t = times.getOrDefault(e.getKey(), List.of());
      System.out.printf("%-18s %6d %7d %8d %7d %6d %5d %5d %10s %10s %10s%n", e.getKey().label, c.all(), c.lambdas(),
          c.byOrigin().getOrDefault("casework", 0), c.byOrigin().getOrDefault("jackson", 0),
          c.byOrigin().getOrDefault("guava", 0), c.byOrigin().getOrDefault("jdk", 0),
          c.byOrigin().getOrDefault("other", 0), median(t, 0), median(t, 1), median(t, 2));
    }
    System.out.println("(lambdas are counted in their host's origin too. Times: the median of " + runs + " JVMs each,"
        + " from just before the reader is built to the end of the first read: wall clock, CPU of the reading"
        + " thread, CPU of the whole process (the JIT's threads included); wall clock depends on the load, CPU"
        + " time much less)");
    for (Map.Entry<Reader, Count> e : counts.entrySet()) {
      System.out.println();
      System.out.println(e.getKey().label + ": lambda classes by host");
      print(e.getValue().lambdaHosts(), top);
      System.out.println(e.getKey().label + ": other casework classes by top-level class");
      print(e.getValue().caseworkClasses(), top);
    }
  }

  /** The case input: {@link JsonBenchmark}'s typical case as casework's document. */
  static byte[] caseDocument() {
    return CaseworkRead.write();
  }

  private static void print(Map<String, Integer> counts, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(e -> System.out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
    int rest = counts.values().stream().mapToInt(Integer::intValue).sum() - counts.values().stream()
        .sorted(Comparator.reverseOrder()).limit(top).mapToInt(Integer::intValue).sum();
    if (rest > 0) {
      System.out.printf("  %6d  (%d others)%n", rest, Math.max(0, counts.size() - top));
    }
  }

  /** What one JVM loaded between the two marks. */
  record Count(int all, int lambdas, Map<String, Integer> byOrigin, Map<String, Integer> lambdaHosts,
      Map<String, Integer> caseworkClasses) {}

  private static String median(List<long[]> times, int which) {
    if (times.isEmpty()) {
      return "-";
    }
    long[] values = times.stream().mapToLong(t -> t[which]).sorted().toArray();
    int n = values.length;
    double micros = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return String.format("%.0f", micros / 1000);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** One JVM's first read without the class-load log: wall clock, thread CPU and process CPU, in microseconds. */
  private static long[] time(Reader reader) throws IOException, InterruptedException {
    String out = run(reader, TIMED, List.of());
    String[] fields = out.lines().reduce((a, b) -> b).orElseThrow().split(" ");
    return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2])};
  }

  private static String run(Reader reader, String mode, List<String> jvmOptions)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStartClasses.class.getName(), PROBE,
        reader.label, mode));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), UTF_8).strip();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(reader.label + " failed: " + out);
    }
    return out;
  }

  private static Count count(Reader reader, Path keep) throws IOException, InterruptedException {
    Path log = keep == null ? Files.createTempFile("cold-start-", ".log")
        : Files.createDirectories(keep).resolve(reader.label + ".log");
    run(reader, COUNTED, List.of("-Xlog:class+load=info:file=" + log + ":none"));
    try {
      return parse(Files.readAllLines(log, UTF_8));
    } finally {
      if (keep == null) {
        Files.delete(log);
      }
    }
  }

  /** Counts the classes of a {@code -Xlog:class+load} log (no decorations) between the two marks. */
  static Count parse(List<String> lines) {
    int all = 0;
    int lambdas = 0;
    Map<String, Integer> byOrigin = new TreeMap<>();
    Map<String, Integer> hosts = new TreeMap<>();
    Map<String, Integer> casework = new TreeMap<>();
    boolean counting = false;
    for (String line : lines) {
      int space = line.indexOf(' ');
      String name = space < 0 ? line : line.substring(0, space);
      if (name.equals(START)) {
        counting = true;
        continue;
      }
      if (name.equals(END)) {
        break;
      }
      if (!counting || name.startsWith(ColdStartClasses.class.getName())) {
        continue;
      }
      all++;
      int lambda = name.indexOf("$$Lambda");
      String host = lambda < 0 ? name : name.substring(0, lambda);
      byOrigin.merge(origin(host), 1, Integer::sum);
      if (lambda >= 0) {
        lambdas++;
        hosts.merge(host, 1, Integer::sum);
      } else if (host.startsWith("io.github.casework.")) {
        int nested = host.indexOf('$');
        casework.merge(nested < 0 ? host : host.substring(0, nested), 1, Integer::sum);
      }
    }
    if (!counting) {
      throw new IllegalStateException("no start mark in the log");
    }
    return new Count(all, lambdas, byOrigin, hosts, casework);
  }

  private static String origin(String className) {
    if (className.startsWith("io.github.casework.")) {
      return "casework";
    }
    if (className.startsWith("com.fasterxml.jackson.")) {
      return "jackson";
    }
    if (className.startsWith("com.google.common.")) {
      return "guava";
    }
    if (className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.")
        || className.startsWith("javax.")) {
      return "jdk";
    }
    return "other";
  }

  /**
   * The probed JVM: reads the input with the JDK, marks the start, reads, marks the end. A timed one prints the
   * wall-clock time, the CPU time of the reading thread and that of the whole process (the JIT's threads included),
   * in microseconds; a counted one measures nothing, since the clocks' classes (java.lang.management) would load,
   * before the start, JDK classes that the readers would otherwise load themselves.
   */
  private static void probe(Reader reader, boolean timed) throws IOException {
    byte[] input = resource(reader.resource);
    if (!timed) {
      Start.mark();
      Object value = reader.read(input);
      End.mark();
      requireNonNull(value, "value");
      return;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long process0 = processCpuNanos();
    long t0 = System.nanoTime();
    Object value = reader.read(input);
    long wall = System.nanoTime() - t0;
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    long process = processCpuNanos() - process0;
    requireNonNull(value, "value");
    System.out.println(wall / 1000 + " " + cpu / 1000 + " " + process / 1000);
  }

  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ColdStartClasses.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
