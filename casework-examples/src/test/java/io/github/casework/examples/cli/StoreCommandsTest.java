package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.examples.sample.SampleCaseload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casework import}, {@code check --db} and {@code export} on an embedded store. */
class StoreCommandsTest {
  private static final Path SAMPLES = Cli.MODULE.resolve("../samples");

  @TempDir
  Path dir;

  private String db() {
    return "--db=" + dir.resolve("store");
  }

  @Test
  void importReadsStrictlySoThatAMisspelledMemberIsNotDroppedFromTheStoreUnlessToleranceIsAskedFor()
      throws IOException {
    String sample = Files.readString(SAMPLES.resolve("caseload.json"), StandardCharsets.UTF_8);
    assertThat(sample).contains("\"areas\":{");
    Path misspelled = Cli.write(dir, "misspelled.json", sample.replace("\"areas\":{", "\"araes\":{"));
    Cli.Run strict = Cli.run("import", misspelled.toString(), db());
    assertThat(strict.exitCode()).as(strict.err()).isEqualTo(ExitCodes.INVALID);
    assertThat(strict.err()).contains("[json.unknown-member]", "'araes'").hasLineCount(1);
    assertThat(strict.out()).isEmpty();
    // Nothing was stored: the store checks as empty.
    Cli.Run empty = Cli.run("check", db(), "--at", "2026-06-01T00:00:00Z");
    assertThat(empty.exitCode()).as(empty.err()).isEqualTo(ExitCodes.OK);
    Cli.Run lenient = Cli.run("import", "--lenient", misspelled.toString(), db());
    assertThat(lenient.exitCode()).as(lenient.err()).isZero();
    assertThat(lenient.out()).startsWith("imported ");
  }

  @Test
  void anImportedSampleChecksLikeTheFileAndExportsToAStreamThatChecksTheSame() {
    String ndjson = SAMPLES.resolve("caseload.ndjson").toString();
    Cli.Run imported = Cli.run("import", ndjson, db());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("imported ").contains(" into the embedded store ");
    // The store keeps aggregates' events: the sample's outreach cases stay behind, and the import says so.
    int outreach = SampleCaseload.generate(SampleCaseload.SEED).caseload().outreach().size();
    assertThat(imported.err()).isEqualTo("casework import: warning: " + outreach + " outreach cases and 0 consent "
        + "withdrawals of the file are not stored (the event store keeps the aggregates' events only)\n");

    // What the store holds is the file without its outreach lines.
    String withoutOutreach = Cli.read(Path.of(ndjson)).lines().filter(l -> !l.startsWith("{\"type\":\"outreach."))
        .map(l -> l + "\n").collect(Collectors.joining());
    Path aggregatesOnly = Cli.write(dir, "aggregates-only.ndjson", withoutOutreach);
    Cli.Run fromFile = Cli.run("check", aggregatesOnly.toString());
    Cli.Run fromStore = Cli.run("check", db());
    assertThat(fromStore.err()).isEmpty();
    assertThat(fromStore.exitCode()).isEqualTo(fromFile.exitCode());
    assertThat(fromStore.out()).isEqualTo(fromFile.out()).isNotEmpty();
    assertThat(Cli.run("check", ndjson).out()).isNotEqualTo(fromFile.out());

    Cli.Run exported = Cli.run("export", db());
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    Path file = Cli.write(dir, "exported.ndjson", exported.out());
    assertThat(Cli.run("check", file.toString()).out()).isEqualTo(fromFile.out());
    assertThat(exported.out().lines().count()).isEqualTo(withoutOutreach.lines().count());
  }

  @Test
  void importingTheSameFileAgainStoresNothingNewAndASnapshotImportsToo() {
    String json = SAMPLES.resolve("caseload.json").toString();
    Cli.Run first = Cli.run("import", json, db());
    assertThat(first.exitCode()).as(first.err()).isZero();
    Cli.Run again = Cli.run("import", json, db());
    assertThat(again.exitCode()).as(again.err()).isZero();
    String position = first.out().substring(first.out().indexOf("(feed position"));
    assertThat(again.out()).endsWith(position);
    // The snapshot's outreach cases are not stored (the import warns), so the store checks as the stream without them.
    assertThat(first.err()).contains(SampleCaseload.generate(SampleCaseload.SEED).caseload().outreach().size()
        + " outreach cases and 0 consent withdrawals");
    String withoutOutreach = Cli.read(SAMPLES.resolve("caseload.ndjson")).lines()
        .filter(l -> !l.startsWith("{\"type\":\"outreach.")).map(l -> l + "\n")
        .collect(Collectors.joining());
    Path aggregatesOnly = Cli.write(dir, "aggregates-only.ndjson", withoutOutreach);
    assertThat(Cli.run("check", db()).out()).isEqualTo(Cli.run("check", aggregatesOnly.toString()).out());
  }

  @Test
  void aRowEditedByHandIsAOneLineErrorNamingStreamVersionAndRule() throws Exception {
    Cli.run("import", SAMPLES.resolve("caseload.ndjson").toString(), db());
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
        + ";DB_CLOSE_DELAY=-1;FILE_LOCK=FS;WRITE_DELAY=0", "sa", "");
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE casework_events SET event_type = 'case.resumed', payload = REPLACE(payload,"
          + " 'case.activated', 'case.resumed') WHERE position = (SELECT MIN(position) FROM casework_events"
          + " WHERE event_type = 'case.activated')");
    }
    Cli.Run run = Cli.run("check", db());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("casework check: store: stored event case ").contains(" version ",
        "case.illegal-transition", "[store.stored-event-invalid]").doesNotContain("\tat ");
    assertThat(run.err().lines().count()).isEqualTo(1);
  }

  @Test
  void checkNeedsAFileOrAStoreAndAnotherDatabasesUrlIsRefused() {
    Cli.Run both = Cli.run("check", "x.json", db());
    assertThat(both.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(both.err()).contains("either a FILE or --db");
    Cli.Run mysql = Cli.run("export", "--db=jdbc:mysql://localhost/x");
    assertThat(mysql.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(mysql.err()).contains("[store.url-unsupported]").doesNotContain("localhost");
  }

  @Test
  void theSampleImportsIntoPostgresAndChecksLikeTheFile() throws Exception {
    String url = System.getenv("CASEWORK_PG_URL");
    if (url == null || url.isBlank()) {
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank() && !ci.equals("false")) {
        org.junit.jupiter.api.Assertions.fail("CI is set, so the PostgreSQL tests must run: set CASEWORK_PG_URL");
      }
      org.junit.jupiter.api.Assumptions.abort("skipped, no PostgreSQL server: set CASEWORK_PG_URL"
          + " (scripts/postgres.sh start prints it)");
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS cli_test CASCADE");
      s.execute("CREATE SCHEMA cli_test");
    }
    String db = "--db=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=cli_test";
    String ndjson = SAMPLES.resolve("caseload.ndjson").toString();
    Cli.Run imported = Cli.run("import", ndjson, db);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("into the PostgreSQL database").doesNotContain(url);
    // As in the embedded store: the outreach cases stay behind (the import warns), so the store checks as the file
    // without its outreach lines.
    assertThat(imported.err()).contains(SampleCaseload.generate(SampleCaseload.SEED).caseload().outreach().size()
        + " outreach cases and 0 consent withdrawals").doesNotContain(url);
    String withoutOutreach = Cli.read(Path.of(ndjson)).lines().filter(l -> !l.startsWith("{\"type\":\"outreach."))
        .map(l -> l + "\n").collect(Collectors.joining());
    Cli.Run fromStore = Cli.run("check", db);
    assertThat(fromStore.err()).isEmpty();
    assertThat(fromStore.out()).isEqualTo(Cli.run("check", Cli.write(dir, "pg-aggregates-only.ndjson",
        withoutOutreach).toString()).out()).isNotEmpty();
  }
}
