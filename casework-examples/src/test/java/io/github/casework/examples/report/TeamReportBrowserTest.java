package io.github.casework.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.examples.sample.SampleCaseload;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.norm.ServiceNorms;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team report of {@code samples/caseload.json} in a real browser: headless Chromium loads it without a console
 * message (no script, no blocked load), its DOM shows every planted finding with its next step and the deadlock drawn
 * with its agencies, and its screenshot is a page, not a blank window.
 *
 * <p>Without Chromium the test is skipped with a message, except under CI (the environment variable {@code CI} set),
 * where it fails: CI must not pass by skipping. {@code .ci/run} installs Chromium when it is absent.
 */
class TeamReportBrowserTest {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 1800;

  @TempDir
  Path work;

  @Test
  void theSampleReportLoadsInChromiumAndShowsEveryPlantedFinding() throws IOException {
    Chromium chromium = browser();
    Path page = work.resolve("report.html");
    Files.writeString(page, sampleReport(Locale.ENGLISH), StandardCharsets.UTF_8);

    Chromium.Run dom = chromium.dumpDom(page, work);
    assertThat(dom.exitCode()).as("chromium --dump-dom exit code; its log:%n%s", dom.stderr()).isZero();
    assertThat(dom.consoleMessages()).as("console messages (script errors, blocked loads)").isEmpty();
    Document doc = Jsoup.parse(dom.stdout(), page.toUri().toString());

    assertThat(doc.title()).startsWith("Team report");
    Set<String> shown = doc.select("article.finding").stream().map(a -> a.attr("data-code"))
        .collect(Collectors.toSet());
    SampleCaseload.Sample sample = SampleCaseload.generate(SampleCaseload.SEED);
    Set<String> planted = Stream.concat(sample.planted().stream(), sample.plantedOutreach().stream())
        .map(p -> p.code().code()).collect(Collectors.toSet());
    // Every code but referral.shared-after-withdrawal: the sample plants no consent withdrawal. The outreach
    // findings are there, since the caseload file carries the outreach cases.
    assertThat(planted).hasSize(FindingCode.values().length - 1);
    assertThat(shown).containsAll(planted);
    for (Element card : doc.select("article.finding")) {
      assertThat(card.select(".next p").text()).as("next step of %s", card.attr("data-code")).isNotBlank();
    }
    Element deadlock = doc.selectFirst("article[data-code=referral.precondition-deadlock]");
    assertThat(deadlock).isNotNull();
    Element cycle = deadlock.selectFirst("svg.cycle");
    assertThat(cycle).as("the deadlock's SVG").isNotNull();
    assertThat(cycle.select("g.agency text").eachText()).contains("Kliniek Noord", "Welzijn Zuidoost");
    assertThat(cycle.select("path.wait")).hasSize(2);
    Element pingPong = doc.selectFirst("article[data-code=referral.ping-pong] svg.handoffs");
    assertThat(pingPong).as("the ping-pong timeline").isNotNull();
    assertThat(pingPong.select("line.handoff")).hasSize(3);
    assertThat(doc.select("section.overdue tbody tr")).hasSize(TeamReportTest.OVERDUE.size());
    assertThat(doc.select("script, link, iframe, object, embed, img[src^=http]")).isEmpty();

    Path png = work.resolve("report.png");
    Chromium.Run shot = chromium.screenshot(page, png, WIDTH, HEIGHT, work);
    assertThat(shot.exitCode()).as("chromium --screenshot exit code; its log:%n%s", shot.stderr()).isZero();
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("a PNG ImageIO can read").isNotNull();
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    assertThat(distinctColours(image)).as("distinct colours: a blank or failed page has a handful")
        .isGreaterThan(200);
  }

  @Test
  void theDutchReportLoadsInChromiumInDutch() throws IOException {
    Chromium chromium = browser();
    Path page = work.resolve("rapport.html");
    Files.writeString(page, sampleReport(Locale.forLanguageTag("nl")), StandardCharsets.UTF_8);
    Chromium.Run dom = chromium.dumpDom(page, work);
    assertThat(dom.exitCode()).isZero();
    assertThat(dom.consoleMessages()).isEmpty();
    Document doc = Jsoup.parse(dom.stdout());
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("nl");
    assertThat(doc.title()).startsWith("Teamrapport");
    assertThat(doc.select("article.finding .next .label").eachText()).allMatch(t -> t.startsWith("Volgende stap"));
  }

  /** The browser, or a skip with a message; under CI, a failure. */
  private static Chromium browser() {
    Optional<Chromium> found = Chromium.find();
    if (found.isEmpty()) {
      String message = "Chromium not found (/usr/bin/chromium, chromium on the PATH, or $CASEWORK_CHROMIUM): the "
          + "team report's browser test cannot run; install it with apt-get install chromium";
      String ci = System.getenv("CI");
      if (ci != null && !ci.isBlank()) {
        fail(message + " (CI is set, so this fails instead of skipping)");
      }
      Assumptions.abort(message);
    }
    return found.get();
  }

  static String sampleReport(Locale language) throws IOException {
    Caseload caseload = sampleCaseload();
    List<Finding> findings = CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(caseload, SampleCaseload.CHECK_AT);
    return TeamReport.html(caseload, findings, SampleCaseload.CHECK_AT, ServiceNorms.dutchDefaults().zone(),
        language);
  }

  static Caseload sampleCaseload() throws IOException {
    try (InputStream in = Files.newInputStream(module().resolve("../samples/caseload.json"))) {
      return CaseworkJson.standard().read(DocumentKind.CASELOAD, in).caseload();
    }
  }

  static Path module() {
    String basedir = System.getProperty("basedir");
    return basedir == null || basedir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(basedir);
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }
}
