package io.github.casework.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.CaseworkEvent;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.examples.sample.SampleCaseload;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.EventStreamWriter;
import io.github.casework.json.JsonCodes;
import io.github.casework.norm.ServiceNorms;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check on Spark in local mode finds what the check on one machine finds, in the same order. */
class SparkCheckTest {
  static final CaseloadCheck CHECK = CaseloadCheck.of(ServiceNorms.dutchDefaults());
  /** Months after the sample's check: every referral still in progress is past its follow-up by then. */
  static final Instant LATER = Instant.parse("2027-03-01T09:00:00Z");

  static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static Path write(SampleCaseload.Sample sample, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        EventStreamWriter<CaseworkEvent> w = CaseworkJson.standard().newCaseloadWriter(
            CaseloadSnapshot.of(List.of(), sample.caseload()), out)) {
      w.writeAll(sample.events());
    }
    return file;
  }

  static Caseload readOnOneMachine(Path... files) throws IOException {
    // One machine reads one stream: the files' lines joined, each file's header after the first dropped.
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      List<String> l = Files.readAllLines(files[i], StandardCharsets.UTF_8);
      lines.addAll(i == 0 ? l : l.subList(1, l.size()));
    }
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
      return CaseworkJson.standard().readCaseloadEvents(in).caseload();
    }
  }

  static List<Finding> onSpark(int partitions, Instant at, Path... files) {
    List<String> paths = new ArrayList<>();
    for (Path f : files) {
      paths.add(f.toString());
    }
    return SparkCheck.run(spark, paths, CaseworkSpark::dutchDefaults, at, partitions).findings();
  }

  @Test
  void aGeneratedCaseloadOf100000CasesOver12PartitionsGivesTheFindingsOfOneMachine() throws IOException {
    Path file = write(SampleCaseload.generate(SampleCaseload.SEED, 100_000), dir.resolve("large.ndjson"));
    Caseload caseload = readOnOneMachine(file);
    assertThat(caseload.cases()).hasSizeGreaterThanOrEqualTo(100_000);
    // Checked months later, the caseload has findings of many kinds and clients, not a handful.
    List<Finding> expected = CHECK.run(caseload, LATER);
    assertThat(expected).hasSizeGreaterThan(10_000);
    assertThat(expected.stream().map(Finding::code).distinct().count()).isGreaterThanOrEqualTo(10);
    SparkCheck.Result result = SparkCheck.run(spark, List.of(file.toString()), CaseworkSpark::dutchDefaults, LATER,
        12);
    assertThat(result.findings()).containsExactlyElementsOf(expected);
    assertThat(result.parts()).isGreaterThan(100_000);
  }

  @Test
  void findingsAcrossClientsAreFoundThoughTheirCasesLieInDifferentPartitions() throws IOException {
    SampleCaseload.Sample sample = SampleCaseload.generate(SampleCaseload.SEED);
    Path file = write(sample, dir.resolve("sample.ndjson"));
    List<Finding> expected = CHECK.run(readOnOneMachine(file), SampleCaseload.CHECK_AT);
    List<Finding> found = onSpark(16, SampleCaseload.CHECK_AT, file);
    assertThat(found).containsExactlyElementsOf(expected);
    // The structural signal counts cases of five clients; each client's part alone has one.
    Finding structural = found.stream().filter(f -> f.code() == FindingCode.STRUCTURAL_SIGNAL_PROPOSED)
        .findFirst().orElseThrow();
    assertThat(structural.subjects().stream().filter(s -> s.toString().startsWith("case:")).count())
        .isGreaterThanOrEqualTo(5);
    for (Caseload part : clientParts(sample.caseload())) {
      assertThat(CHECK.run(part, SampleCaseload.CHECK_AT)).as("a client's part checked alone")
          .noneMatch(f -> f.code() == FindingCode.STRUCTURAL_SIGNAL_PROPOSED);
    }
  }

  /** Each client's cases and referrals, with the escalations of its cases: the naive split. */
  static List<Caseload> clientParts(Caseload whole) {
    List<Caseload> parts = new ArrayList<>();
    whole.cases().stream().map(c -> c.client()).distinct().forEach(client -> parts.add(whole.withAggregates(
        whole.cases().stream().filter(c -> c.client().equals(client)).toList(),
        whole.referrals().stream().filter(r -> r.client().equals(client)).toList(),
        whole.escalations().stream().filter(e -> whole.cases().stream()
            .anyMatch(c -> c.id().equals(e.subject().caseId()) && c.client().equals(client))).toList(),
        whole.signals())));
    return parts;
  }

  @Test
  void aReferralOfOneClientNamingAnotherClientsCaseIsCheckedWithThatCase() throws IOException {
    // The planted referral of an unknown need, recorded under another client than its case's: only a part that
    // holds both the referral and the case finds that the need is unknown.
    Path file = write(SampleCaseload.generate(SampleCaseload.SEED), dir.resolve("sample.ndjson"));
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    int edited = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("{\"type\":\"referral.drafted\",\"referralId\":\"ref-unknown-need\"")) {
        lines.set(i, l.replaceFirst("\"client\":\"[^\"]*\"", "\"client\":\"client-001\""));
        edited++;
      }
    }
    assertThat(edited).isEqualTo(1);
    Path crossing = dir.resolve("crossing.ndjson");
    Files.write(crossing, lines, StandardCharsets.UTF_8);
    List<Finding> expected = CHECK.run(readOnOneMachine(crossing), SampleCaseload.CHECK_AT);
    assertThat(expected).anyMatch(f -> f.code() == FindingCode.REFERRAL_UNKNOWN_NEED);
    assertThat(onSpark(8, SampleCaseload.CHECK_AT, crossing)).containsExactlyElementsOf(expected);
    // The same where the keys are joined to the lines instead of sent to every task, as for a very large caseload.
    assertThat(SparkCheck.run(spark, List.of(crossing.toString()), CaseworkSpark::dutchDefaults,
        SampleCaseload.CHECK_AT, 8, 0).findings()).containsExactlyElementsOf(expected);
    assertThat(SparkCheck.roots(List.of(new scala.Tuple2<>("b", "a"), new scala.Tuple2<>("c", "b"))))
        .containsEntry("c", "a").containsEntry("b", "a").doesNotContainKey("a");
  }

  @Test
  void manyFilesAreReadInOrderAsOneCaseload() throws IOException {
    Path file = write(SampleCaseload.generate(7L, 300), dir.resolve("whole.ndjson"));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String bare = "{\"format\":\"casework\",\"version\":1,\"kind\":\"caseload-events\"}";
    // Three files: the first with the header's context, the others with a bare header; histories span files.
    Path parts = Files.createDirectories(dir.resolve("parts"));
    int third = (lines.size() - 1) / 3;
    Files.write(parts.resolve("part-1.ndjson"), lines.subList(0, 1 + third), StandardCharsets.UTF_8);
    List<String> second = new ArrayList<>(List.of(bare));
    second.addAll(lines.subList(1 + third, 1 + 2 * third));
    Files.write(parts.resolve("part-2.ndjson"), second, StandardCharsets.UTF_8);
    List<String> last = new ArrayList<>(List.of(bare));
    last.addAll(lines.subList(1 + 2 * third, lines.size()));
    Files.write(parts.resolve("part-3.ndjson"), last, StandardCharsets.UTF_8);
    Files.writeString(parts.resolve(".hidden"), "not read");
    List<Finding> expected = CHECK.run(readOnOneMachine(file), LATER);
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(onSpark(8, LATER, parts)).containsExactlyElementsOf(expected);
    assertThat(SparkCheck.run(spark, List.of(parts.toString()), CaseworkSpark::dutchDefaults, LATER, 3, 0)
        .findings()).containsExactlyElementsOf(expected);
  }

  @Test
  void theOutputFilesHoldTheFindingsInOrder() throws IOException {
    Path file = write(SampleCaseload.generate(SampleCaseload.SEED), dir.resolve("sample.ndjson"));
    SparkCheck.Result result = SparkCheck.run(spark, List.of(file.toString()), CaseworkSpark::dutchDefaults,
        SampleCaseload.CHECK_AT, 4);
    Path out = dir.resolve("out");
    FindingsOutput.write(spark, result, out);
    List<String> lines = Files.readAllLines(out.resolve(FindingsOutput.NDJSON), StandardCharsets.UTF_8);
    List<Finding> read = new ArrayList<>();
    for (String l : lines) {
      read.addAll(CaseworkJson.strict().read(DocumentKind.FINDINGS, l).findings());
    }
    assertThat(read).containsExactlyElementsOf(result.findings());
    assertThat(spark.read().parquet(out.resolve(FindingsOutput.PARQUET).toString()).orderBy("position")
        .select("code").collectAsList().stream().map(r -> r.getString(0)).toList())
        .containsExactlyElementsOf(result.findings().stream().map(f -> f.code().code()).toList());
    String summary = Files.readString(out.resolve(FindingsOutput.SUMMARY));
    assertThat(summary).startsWith("code,severity,findings\n").contains("\nsignal.structural-proposed,info,1\n");
    assertThat(summary.lines().skip(1).mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(',') + 1))).sum())
        .isEqualTo(result.findings().size());
  }

  @Test
  void anInvalidLineIsNamedByFileAndOffsetWithoutQuotingIt() throws IOException {
    Path file = write(SampleCaseload.generate(SampleCaseload.SEED), dir.resolve("sample.ndjson"));
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.add(3, "{\"type\":\"case.opened\",\"caseId\":\"secret-name\"}");
    Path bad = dir.resolve("bad.ndjson");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> onSpark(4, SampleCaseload.CHECK_AT, bad))
        .isInstanceOf(SparkInputException.class)
        .hasMessageContaining("bad.ndjson: at byte ")
        .hasMessageNotContaining("secret-name")
        .satisfies(e -> assertThat(((SparkInputException) e).code()).isEqualTo(JsonCodes.MISSING_MEMBER));
  }

  @Test
  void aHistoryThatBreaksARuleIsNamedByItsFirstLine() throws IOException {
    Path file = write(SampleCaseload.generate(SampleCaseload.SEED), dir.resolve("sample.ndjson"));
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    // An event of a case that was never opened: the line is valid, its history is not.
    lines.add("{\"type\":\"case.activated\",\"caseId\":\"case-never-opened\",\"at\":\"2026-10-01T08:00:00Z\"}");
    Path bad = dir.resolve("unopened.ndjson");
    Files.write(bad, lines, StandardCharsets.UTF_8);
    String code;
    try (InputStream in = Files.newInputStream(bad)) {
      code = ((io.github.casework.CaseworkException) org.assertj.core.api.Assertions.catchThrowable(
          () -> CaseworkJson.standard().readCaseloadEvents(in))).code();
    }
    assertThatThrownBy(() -> onSpark(4, SampleCaseload.CHECK_AT, bad))
        .isInstanceOf(SparkInputException.class)
        .hasMessageContaining("the aggregate whose first event is at ")
        .hasMessageContaining("unopened.ndjson: at byte ")
        .satisfies(e -> assertThat(((SparkInputException) e).code()).as("the code one machine gives")
            .isEqualTo(code));
  }

  @Test
  void noInputAndConflictingHeadersAreRejected() throws IOException {
    assertThatThrownBy(() -> onSpark(2, LATER, dir.resolve("absent.ndjson")))
        .isInstanceOf(SparkInputException.class)
        .satisfies(e -> assertThat(((SparkInputException) e).code()).isEqualTo(SparkCodes.NO_INPUT));
    Path a = write(SampleCaseload.generate(SampleCaseload.SEED), dir.resolve("a.ndjson"));
    List<String> lines = Files.readAllLines(a, StandardCharsets.UTF_8);
    Path b = dir.resolve("b.ndjson");
    Files.write(b, List.of(lines.get(0).replace("\"Welzijn Zuidoost\"", "\"Welzijn Zuid\"")),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> onSpark(2, LATER, a, b))
        .isInstanceOf(SparkInputException.class)
        .hasMessageContaining("b.ndjson: line 1")
        .satisfies(e -> assertThat(((SparkInputException) e).code()).isEqualTo(SparkCodes.CONTEXT_CONFLICT));
  }
}
