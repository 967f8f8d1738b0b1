package io.github.casework.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Aggregate;
import io.github.casework.CaseworkEvent;
import io.github.casework.casefile.Case;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.RuleScope;
import io.github.casework.escalation.Escalation;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.Findings;
import io.github.casework.json.History;
import io.github.casework.referral.Referral;
import io.github.casework.signal.Signal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The caseload check on Spark: reads one or many {@code caseload-events} NDJSON files, checks each client's part of
 * the caseload in its own task with the {@link RuleScope#CLIENT} rules, gathers what the
 * {@link RuleScope#CASELOAD} rules read from every part ({@link CaseloadCheck#caseloadPart}) plus the signals, and
 * checks that once on the driver. The findings equal those of {@link CaseloadCheck#run(Caseload, Instant)} on the
 * whole caseload, in {@link Finding#ORDER}.
 *
 * <p>How the caseload is split: a case belongs to its client, a referral to its client, an escalation to the client
 * of the case it is about (or, if the caseload has no such case, to a part of its own); clients whose records point
 * at each other (a referral of one client naming another client's case, which the domain does not forbid) are put
 * in one part, found with a union-find over those few referrals on the driver. Signals belong to no client and go
 * to the caseload-wide stage. The files' headers (agencies, professionals, mandates, areas) are merged and sent to
 * every task.
 *
 * <p>An aggregate's events are replayed in input order: the files in the order given (a directory's files sorted by
 * name, hidden ones skipped), each file's lines in order; every file starts with a {@code caseload-events} header.
 * Stateless; thread-safe.
 */
public final class SparkCheck {
  /**
   * Up to this many aggregates, the key of each aggregate's part is sent to every task (about 100 bytes each) and
   * each line is shuffled once; above it, a join shuffles each line twice but no task holds every key.
   */
  static final long BROADCAST_LIMIT = 2_000_000;

  /** A line's place in the input: its file's index above these bits, its byte offset in them (files up to 1 TiB). */
  private static final int OFFSET_BITS = 40;

  /**
   * The serializer the job asks for unless told otherwise: Kryo moves the event lines between stages in a fraction of
   * the bytes and time of Java serialization.
   */
  public static final String SERIALIZER = "org.apache.spark.serializer.KryoSerializer";

  private SparkCheck() {}

  /** Where a line is, for messages: its file and byte offset. */
  static String where(List<String> files, long order) {
    return files.get((int) (order >>> OFFSET_BITS)) + ": at byte " + (order & ((1L << OFFSET_BITS) - 1));
  }

  /** Makes the check on each executor (a {@link CaseloadCheck} is not serializable, its settings are code). */
  @FunctionalInterface
  public interface CheckFactory extends Serializable {
    /** {@return the check to run; every call gives an equal one} */
    CaseloadCheck create();
  }

  /**
   * What a run found: the findings in {@link Finding#ORDER}, and how much it read.
   *
   * @param at the instant the check judged at, not null
   * @param findings the findings in {@link Finding#ORDER}, not null
   * @param events the number of event lines read
   * @param parts the number of clients' parts checked
   * @param gathered the number of aggregates the caseload-wide stage read (signals included)
   */
  public record Result(Instant at, ImmutableList<Finding> findings, long events, long parts, long gathered) {
    /**
     * Validates the components.
     *
     * @param at the instant, not null
     * @param findings the findings, not null
     * @param events the event lines read
     * @param parts the parts checked
     * @param gathered the aggregates of the caseload-wide stage
     */
    public Result {
      requireNonNull(at, "at");
      requireNonNull(findings, "findings");
    }
  }

  /**
   * Runs the check.
   *
   * @param spark the session, not null
   * @param paths files or directories of {@code caseload-events} NDJSON, at least one, not null
   * @param factory makes the check, not null
   * @param at the instant to judge due dates at, not null
   * @param partitions how many partitions the clients' parts are spread over, at least 1
   * @return the findings
   * @throws SparkInputException if an input is missing or invalid (the message names the file and where)
   * @throws io.github.casework.InvalidValueException if the check cannot judge at that instant
   */
  public static Result run(SparkSession spark, List<String> paths, CheckFactory factory, Instant at, int partitions) {
    return run(spark, paths, factory, at, partitions, BROADCAST_LIMIT);
  }

  /** {@link #run(SparkSession, List, CheckFactory, Instant, int)} with a limit for sending the keys to every task. */
  static Result run(SparkSession spark, List<String> paths, CheckFactory factory, Instant at, int partitions,
      long broadcastLimit) {
    requireNonNull(spark, "spark");
    requireNonNull(factory, "factory");
    requireNonNull(at, "at");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1");
    }
    CaseloadCheck check = factory.create();
    if (!check.canJudgeAt(at)) {
      // The same rejection the single-machine check gives, before any task starts.
      check.run(Caseload.builder().build(), at);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    List<String> files = files(hadoop, paths);
    List<String> headers = new ArrayList<>();
    for (String f : files) {
      headers.add(firstLine(hadoop, f));
    }
    CaseworkJson json = CaseworkJson.standard();
    Headers.merge(json, headers, files);
    Broadcast<List<String>> headerLines = jsc.broadcast(headers);
    Broadcast<List<String>> fileNames = jsc.broadcast(files);

    // 1. Every event line, with its place in the input; the header (offset 0 of each file) is skipped.
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
        String.join(",", files), TextInputFormat.class, LongWritable.class, Text.class, hadoop);
    JavaRDD<EventLine> lines = raw.mapPartitionsWithInputSplit((split, it) -> {
      String file = ((FileSplit) split).getPath().toString();
      long index = fileNames.value().indexOf(file);
      if (index < 0) {
        throw new AssertionError("bug: a split of a file not listed");
      }
      CaseworkJson reader = CaseworkJson.standard();
      List<EventLine> out = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<LongWritable, Text> t = it.next();
        long offset = t._1().get();
        if (offset == 0) {
          continue;
        }
        String text = t._2().toString();
        if (text.isBlank()) {
          continue;
        }
        out.add(EventLine.of(reader, text, (index << OFFSET_BITS) | offset, file + ": at byte " + offset));
      }
      return out.iterator();
    }, true).persist(StorageLevel.MEMORY_AND_DISK());

    try {
      return checkLines(jsc, lines, factory, at, partitions, broadcastLimit, headerLines, fileNames);
    } catch (org.apache.spark.SparkException e) {
      throw unwrap(e);
    } finally {
      lines.unpersist(false);
      headerLines.destroy();
      fileNames.destroy();
    }
  }

  private static Result checkLines(JavaSparkContext jsc, JavaRDD<EventLine> lines, CheckFactory factory, Instant at,
      int partitions, long broadcastLimit, Broadcast<List<String>> headerLines, Broadcast<List<String>> fileNames)
      throws org.apache.spark.SparkException {
    // Counted on the persisted lines, not with an accumulator, which a retried task would count twice.
    long events = lines.count();
    // 2. Where each aggregate belongs: its client's part. First the clients whose records point at each other.
    JavaRDD<EventLine> starts = lines.filter(EventLine::isStart);
    JavaPairRDD<String, String> caseClient = starts.filter(l -> l.kind == EventLine.CASE)
        .mapToPair(l -> new Tuple2<>(l.aggregate, requireNonNull(l.client)));
    JavaPairRDD<String, String> referralCase = starts.filter(l -> l.kind == EventLine.REFERRAL)
        .mapToPair(l -> new Tuple2<>(requireNonNull(l.caseRef), requireNonNull(l.client)));
    List<Tuple2<String, String>> crossing = referralCase.join(caseClient)
        .filter(t -> !t._2()._1().equals(t._2()._2())).map(Tuple2::_2).distinct().collect();
    Broadcast<Map<String, String>> roots = jsc.broadcast(roots(crossing));

    JavaPairRDD<String, String> keys = starts.filter(l -> l.kind != EventLine.ESCALATION && l.client != null)
        .mapToPair(l -> new Tuple2<>(l.aggregate, clientKey(roots.value(), requireNonNull(l.client))))
        .union(starts.filter(l -> l.kind == EventLine.ESCALATION)
            .mapToPair(l -> new Tuple2<>(requireNonNull(l.caseRef), l.aggregate))
            .leftOuterJoin(caseClient)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().isPresent()
                ? clientKey(roots.value(), t._2()._2().get()) : "case:" + t._1())));

    // 3. Each part's lines together, in input order, in one of the partitions. Where the aggregates are few enough,
    // their keys go to every task and each line travels once; otherwise a join brings each line its key first.
    JavaPairRDD<Tuple2<String, Long>, String> keyed;
    if (starts.count() <= broadcastLimit) {
      Broadcast<Map<String, String>> keyMap = jsc.broadcast(new HashMap<>(keys.collectAsMap()));
      keyed = lines.filter(l -> l.kind != EventLine.SIGNAL).mapToPair(l -> new Tuple2<>(new Tuple2<>(
          keyOf(l.aggregate, Optional.ofNullable(keyMap.value().get(l.aggregate))), l.order), l.text));
    } else {
      keyed = lines.filter(l -> l.kind != EventLine.SIGNAL)
          .mapToPair(l -> new Tuple2<>(l.aggregate, new Tuple2<>(l.order, l.text)))
          .leftOuterJoin(keys)
          .mapToPair(t -> new Tuple2<>(new Tuple2<>(keyOf(t._1(), t._2()._2()), t._2()._1()._1()),
              t._2()._1()._2()));
    }
    JavaPairRDD<Tuple2<String, Long>, String> byPart =
        keyed.repartitionAndSortWithinPartitions(new PartPartitioner(partitions), new PartOrder());

    // 4. The client-scope rules on each part; what the caseload-wide rules read is sent on.
    long[] parts = {0};
    JavaRDD<String> partOutput = byPart.mapPartitions(it -> checkParts(it, factory, at, headerLines.value(),
        fileNames.value()));
    List<String> gathered = partOutput.collect();
    List<Tuple2<Long, String>> signalLines = lines.filter(l -> l.kind == EventLine.SIGNAL)
        .map(l -> new Tuple2<>(l.order, l.text)).collect();

    // 5. The caseload-wide rules on the driver.
    CaseworkJson json = CaseworkJson.standard();
    CaseloadCheck check = factory.create();
    Caseload context = Headers.merge(json, headerLines.value(), fileNames.value());
    List<Finding> findings = new ArrayList<>();
    List<Tuple2<Long, String>> wide = new ArrayList<>(signalLines);
    for (String g : gathered) {
      switch (g.charAt(0)) {
        case 'F' -> findings.addAll(json.read(DocumentKind.FINDINGS, g.substring(1)).findings());
        case 'G' -> {
          int bar = g.indexOf('|');
          wide.add(new Tuple2<>(Long.parseLong(g.substring(1, bar)), g.substring(bar + 1)));
        }
        case 'P' -> parts[0] += Long.parseLong(g.substring(1));
        default -> throw new AssertionError("bug: an output line of no kind");
      }
    }
    wide.sort(Comparator.comparing(Tuple2::_1));
    List<String> wideText = new ArrayList<>();
    wide.forEach(t -> wideText.add(t._2()));
    List<Long> wideOrder = new ArrayList<>();
    wide.forEach(t -> wideOrder.add(t._1()));
    Aggregates all = Aggregates.replay(json, wideText, wideOrder, fileNames.value());
    Caseload whole = context.withAggregates(all.cases, all.referrals, all.escalations, all.signals);
    findings.addAll(check.run(whole, at, RuleScope.CASELOAD));
    findings.sort(Finding.ORDER);
    roots.destroy();
    return new Result(at, ImmutableList.copyOf(findings), events, parts[0], all.count());
  }

  /** Checks the parts of one partition: its lines come grouped by part, each part's in input order. */
  private static Iterator<String> checkParts(Iterator<Tuple2<Tuple2<String, Long>, String>> it, CheckFactory factory,
      Instant at, List<String> headers, List<String> files) {
    CaseworkJson json = CaseworkJson.standard();
    CaseloadCheck check = factory.create();
    Caseload context = Headers.merge(json, headers, files);
    List<String> out = new ArrayList<>();
    List<String> part = new ArrayList<>();
    List<Long> order = new ArrayList<>();
    String key = null;
    long count = 0;
    while (it.hasNext()) {
      Tuple2<Tuple2<String, Long>, String> t = it.next();
      if (key != null && !key.equals(t._1()._1())) {
        checkPart(json, check, context, at, part, order, files, out);
        count++;
        part.clear();
        order.clear();
      }
      key = t._1()._1();
      part.add(t._2());
      order.add(t._1()._2());
    }
    if (key != null) {
      checkPart(json, check, context, at, part, order, files, out);
      count++;
    }
    out.add("P" + count);
    return out.iterator();
  }

  private static void checkPart(CaseworkJson json, CaseloadCheck check, Caseload context, Instant at,
      List<String> lines, List<Long> order, List<String> files, List<String> out) {
    Aggregates a = Aggregates.replay(json, lines, order, files);
    Caseload part = context.withAggregates(a.cases, a.referrals, a.escalations, List.of());
    for (Finding f : check.run(part, at, RuleScope.CLIENT)) {
      out.add("F" + json.writeString(DocumentKind.FINDINGS, Findings.of(at, List.of(f))));
    }
    Caseload wide = check.caseloadPart(part);
    Set<String> kept = new HashSet<>();
    wide.cases().forEach(c -> kept.add(c.id().toString()));
    wide.referrals().forEach(r -> kept.add(r.id().toString()));
    wide.escalations().forEach(e -> kept.add(e.id().toString()));
    if (kept.isEmpty()) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (kept.contains(a.aggregateOf.get(i))) {
        out.add("G" + order.get(i) + "|" + lines.get(i));
      }
    }
  }

  /** The key of a part: a client's (its root among clients that share one), or an escalation's unknown case. */
  private static String clientKey(Map<String, String> roots, String client) {
    return "client:" + roots.getOrDefault(client, client);
  }

  private static String keyOf(String aggregate, Optional<String> key) {
    // An aggregate without a first event has no place; it goes to a part of its own, where replaying it fails.
    return key.isPresent() ? key.get() : "orphan:" + aggregate;
  }

  /** Union-find over the clients whose records point at each other: each client's root, for those that have one. */
  static Map<String, String> roots(List<Tuple2<String, String>> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (Tuple2<String, String> p : pairs) {
      String a = find(parent, p._1());
      String b = find(parent, p._2());
      if (!a.equals(b)) {
        // The smaller id is the root, so that the key does not depend on the order the pairs arrive in.
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    Map<String, String> roots = new HashMap<>();
    for (String c : new ArrayList<>(parent.keySet())) {
      roots.put(c, find(parent, c));
    }
    return roots;
  }

  private static String find(Map<String, String> parent, String c) {
    String root = c;
    while (parent.containsKey(root)) {
      root = parent.get(root);
    }
    return root;
  }

  private static List<String> files(Configuration hadoop, List<String> paths) {
    if (paths.isEmpty()) {
      throw new SparkInputException(SparkCodes.NO_INPUT, "no input file given");
    }
    List<String> files = new ArrayList<>();
    try {
      for (String p : paths) {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(hadoop);
        if (!fs.exists(path)) {
          throw new SparkInputException(SparkCodes.NO_INPUT, "an input path names no file (path "
              + (files.size() + 1) + " of " + paths.size() + ")");
        }
        FileStatus status = fs.getFileStatus(path);
        if (status.isDirectory()) {
          FileStatus[] children = fs.listStatus(path, q -> !q.getName().startsWith(".")
              && !q.getName().startsWith("_"));
          Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
          for (FileStatus s : children) {
            if (s.isFile()) {
              files.add(s.getPath().toString());
            }
          }
        } else {
          files.add(status.getPath().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new SparkInputException(SparkCodes.NO_INPUT, "the input directories hold no file");
    }
    return files;
  }

  private static String firstLine(Configuration hadoop, String file) {
    Path path = new Path(file);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(path.getFileSystem(hadoop).open(path),
        StandardCharsets.UTF_8))) {
      String line = r.readLine();
      return line == null ? "" : line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A failed task's own exception, where it is an input error; otherwise the Spark exception as it is. */
  private static RuntimeException unwrap(org.apache.spark.SparkException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof io.github.casework.CaseworkException ce) {
        return ce;
      }
    }
    return new IllegalStateException("the Spark job failed", e);
  }

  /** Spreads the parts over the partitions by the hash of their key. */
  static final class PartPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int partitions;

    PartPartitioner(int partitions) {
      this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
      return partitions;
    }

    @Override
    public int getPartition(Object key) {
      @SuppressWarnings("unchecked")
      String part = ((Tuple2<String, Long>) key)._1();
      return Math.floorMod(part.hashCode(), partitions);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PartPartitioner p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
      return partitions;
    }
  }

  /** Lines by part, then by their place in the input. */
  static final class PartOrder implements Comparator<Tuple2<String, Long>>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Tuple2<String, Long> a, Tuple2<String, Long> b) {
      int c = a._1().compareTo(b._1());
      return c != 0 ? c : Long.compare(a._2(), b._2());
    }
  }

  /** The aggregates replayed from event lines in input order, grouped by aggregate. */
  static final class Aggregates {
    final List<Case> cases = new ArrayList<>();
    final List<Referral> referrals = new ArrayList<>();
    final List<Escalation> escalations = new ArrayList<>();
    final List<Signal> signals = new ArrayList<>();
    /** The aggregate id of each line, by the line's index. */
    final List<String> aggregateOf = new ArrayList<>();

    int count() {
      return cases.size() + referrals.size() + escalations.size() + signals.size();
    }

    static Aggregates replay(CaseworkJson json, List<String> lines, List<Long> order, List<String> files) {
      Aggregates a = new Aggregates();
      Map<String, List<CaseworkEvent>> histories = new LinkedHashMap<>();
      Map<String, Long> firstLine = new HashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        CaseworkEvent e = EventLine.parse(json, lines.get(i), where(files, order.get(i)));
        String id = e.aggregateId().toString();
        a.aggregateOf.add(id);
        histories.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
        firstLine.putIfAbsent(id, order.get(i));
      }
      for (Map.Entry<String, List<CaseworkEvent>> h : histories.entrySet()) {
        Aggregate<?, ?, ?> state;
        try {
          state = History.ofAny(h.getValue()).state();
        } catch (io.github.casework.CaseworkException e) {
          throw new SparkInputException(e.code(), "the history of the aggregate whose first event is at "
              + where(files, firstLine.get(h.getKey())) + " breaks a rule: " + e.getMessage());
        }
        if (state instanceof Case c) {
          a.cases.add(c);
        } else if (state instanceof Referral r) {
          a.referrals.add(r);
        } else if (state instanceof Escalation x) {
          a.escalations.add(x);
        } else if (state instanceof Signal s) {
          a.signals.add(s);
        } else {
          throw new AssertionError("bug: an aggregate of no kind");
        }
      }
      return a;
    }
  }
}
