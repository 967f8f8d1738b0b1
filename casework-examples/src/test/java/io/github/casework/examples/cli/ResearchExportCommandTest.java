package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.CaseworkEvent;
import io.github.casework.examples.research.ResearchFit;
import io.github.casework.id.AggregateId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.privacy.PrivacyCodes;
import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casework export research}: the sample, pseudonymised, with its table's k check, read back by the fitter. */
class ResearchExportCommandTest {
  static final Path SAMPLE = Cli.MODULE.resolve("../samples/caseload.json");
  static final String KEY = "the host's research key, 32 bytes or more";
  static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  @TempDir
  Path dir;

  Cli.Run export(Path key, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("export", "research", SAMPLE.toString(), "--key-file",
        key.toString(), "--out", out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  Path folder(String name) throws Exception {
    return Files.createDirectories(dir.resolve(name));
  }

  static void ids(Object o, Set<String> out) {
    if (o instanceof Optional<?> opt) {
      opt.ifPresent(v -> ids(v, out));
    } else if (o instanceof Collection<?> c) {
      c.forEach(v -> ids(v, out));
    } else if (o instanceof AggregateId id) {
      out.add(id.value());
    } else if (o.getClass().isRecord()) {
      for (RecordComponent rc : o.getClass().getRecordComponents()) {
        try {
          rc.getAccessor().setAccessible(true);
          ids(rc.getAccessor().invoke(o), out);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  static Set<String> pseudonyms(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = HEX64.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void theSamplesExportHoldsNoInputIdAndEveryCellIsAtLeastKOrSuppressed() throws Exception {
    Path key = Cli.write(dir, "key", KEY);
    Path out = folder("a");
    Cli.Run run = export(key, out);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("research export:", "k=10").doesNotContain(KEY);
    String events = Cli.read(out.resolve(ResearchExportCommand.EVENTS));
    String table = Cli.read(out.resolve(ResearchExportCommand.TABLE));

    // No id of the sample survives: a grep of the output for every id the sample's events hold.
    CaseloadSnapshot sample = CaseworkJson.standard().read(DocumentKind.CASELOAD, Files.readAllBytes(SAMPLE));
    Set<String> inputIds = new HashSet<>();
    sample.histories().forEach(h -> ids(h.events(), inputIds));
    sample.caseload().professionals().forEach(p -> inputIds.add(p.id().value()));
    assertThat(inputIds).hasSizeGreaterThan(50);
    for (String id : inputIds) {
      assertThat(events).as("an id of the sample").doesNotContain("\"" + id + "\"");
    }
    assertThat(pseudonyms(events)).isNotEmpty();

    // The k check: every cell holds at least k needs or is suppressed.
    List<String> lines = table.lines().toList();
    assertThat(lines.get(0)).isEqualTo("area,domain,quarter,needs");
    int published = 0;
    int suppressed = 0;
    for (String line : lines.subList(1, lines.size())) {
      String count = line.substring(line.lastIndexOf(',') + 1);
      if (count.equals("suppressed")) {
        suppressed++;
      } else {
        assertThat(Integer.parseInt(count)).as(line).isGreaterThanOrEqualTo(10);
        published++;
      }
    }
    assertThat(published + suppressed).isEqualTo(lines.size() - 1).isPositive();
    Path atTwo = folder("k2");
    assertThat(export(key, atTwo, "--k", "2").exitCode()).isZero();
    long publishedAtTwo = Cli.read(atTwo.resolve(ResearchExportCommand.TABLE)).lines().skip(1)
        .filter(l -> !l.endsWith(",suppressed")).count();
    System.out.println("privacy.sample-export: " + (lines.size() - 1) + " cells, " + published
        + " published (>= k=10), " + suppressed + " suppressed (" + publishedAtTwo + " published at k=2), " + inputIds.size()
        + " input ids, none in the output");

    // The simulation kit's parameters, fitted to the export.
    List<CaseworkEvent> read = new ArrayList<>();
    CaseworkJson.standard().readCaseloadEvents(new ByteArrayInputStream(events.getBytes(StandardCharsets.UTF_8)))
        .histories().forEach(h -> read.addAll(h.events()));
    ResearchFit fit = ResearchFit.of(read);
    assertThat(fit.cases()).isEqualTo(sample.cases().size());
    assertThat(fit.area("west")).hasValueSatisfying(a -> assertThat(a.clientsPerYear()).isPositive());
    assertThat(fit.serviceDays()).hasValueSatisfying(d -> assertThat(d.mean()).isPositive());
  }

  @Test
  void theSameKeyGivesTheSameExportAndAnotherKeyUnrelatedPseudonyms() throws Exception {
    Path key = Cli.write(dir, "key", KEY);
    Path other = Cli.write(dir, "other", "another host's key, also 32 bytes long");
    assertThat(export(key, folder("a")).exitCode()).isZero();
    assertThat(export(key, folder("b")).exitCode()).isZero();
    assertThat(export(other, folder("c")).exitCode()).isZero();
    String a = Cli.read(dir.resolve("a").resolve(ResearchExportCommand.EVENTS));
    String b = Cli.read(dir.resolve("b").resolve(ResearchExportCommand.EVENTS));
    String c = Cli.read(dir.resolve("c").resolve(ResearchExportCommand.EVENTS));

    assertThat(a).isEqualTo(b);
    assertThat(pseudonyms(a)).doesNotContainAnyElementsOf(pseudonyms(c));
    assertThat(pseudonyms(c)).hasSameSizeAs(pseudonyms(a));
  }

  @Test
  void aFileOfAnotherKindIsRefusedWithTheExportsCatalogueCodeAndNothingIsWritten() throws Exception {
    Path key = Cli.write(dir, "key", KEY);
    Path file = Cli.write(dir, "case.json", ValidateCommandTest.caseDocument());
    Path out = folder("out");
    Cli.Run run = Cli.run("export", "research", file.toString(), "--key-file", key.toString(), "--out",
        out.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).isEqualTo("casework export research: " + file + ": holds a document of kind 'case'; "
        + "export research reads a caseload snapshot (kind 'caseload') or event stream (kind 'caseload-events') "
        + "[" + CliCodes.EXPORT_WRONG_KIND + "]\n");
    try (var listing = Files.list(out)) {
      assertThat(listing).isEmpty();
    }
  }

  @Test
  void withoutAKeyOrWithAShortOneTheExportIsRefusedAndNothingIsWritten() throws Exception {
    Path out = folder("a");
    Cli.Run none = Cli.run("export", "research", SAMPLE.toString(), "--out", out.toString());
    assertThat(none.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(none.err()).contains("needs a key", PrivacyCodes.EXPORT_KEY_TOO_SHORT);

    Path shortKey = Cli.write(dir, "key", "s3cr3t-but-short");
    Cli.Run shortRun = export(shortKey, out);
    assertThat(shortRun.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(shortRun.err()).contains("16 bytes", PrivacyCodes.EXPORT_KEY_TOO_SHORT).doesNotContain("s3cr3t");

    Cli.Run unset = Cli.run("export", "research", SAMPLE.toString(), "--key-env", "CASEWORK_NO_SUCH_VARIABLE_7f3a",
        "--out", out.toString());
    assertThat(unset.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(unset.err()).contains("not set").doesNotContain("CASEWORK_NO_SUCH_VARIABLE_7f3a");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void theKCanBeRaisedButNotBelowTwoAndTheFilesAreKeptUnlessForced() throws Exception {
    Path key = Cli.write(dir, "key", KEY);
    Path out = folder("a");
    assertThat(export(key, out, "--k", "1").err()).contains(PrivacyCodes.EXPORT_K_TOO_SMALL);
    assertThat(export(key, out, "--k", "50").exitCode()).isZero();
    assertThat(Cli.read(out.resolve(ResearchExportCommand.TABLE)).lines().skip(1)
        .map(l -> l.substring(l.lastIndexOf(',') + 1)).filter(c -> !c.equals("suppressed")))
        .allMatch(c -> Integer.parseInt(c) >= 50);
    Cli.Run again = export(key, out);
    assertThat(again.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(again.err()).contains("--force");
    assertThat(export(key, out, "--force").exitCode()).isZero();
  }
}
