package io.github.casework.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.Severity;
import io.github.casework.examples.sample.SampleCaseload;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The team report's page, without a browser: escaping, self-containment, languages, and what it shows. */
class TeamReportTest {
  private static final ZoneId AMSTERDAM = ServiceNorms.dutchDefaults().zone();

  @Test
  void everyTextIsEscapedSoAnAgencyNameCannotInjectMarkup() throws IOException {
    Caseload sample = TeamReportBrowserTest.sampleCaseload();
    String hostile = "<script>alert(1)</script> & \"Noord\" <b onclick='x'>";
    List<Agency> renamed = sample.agencies().stream()
        .map(a -> a.id().value().equals("kliniek-noord") ? Agency.of(a.id(), hostile, a.kind(), a.services()) : a)
        .toList();
    Caseload caseload = new Caseload(sample.cases(), sample.referrals(), sample.escalations(), sample.signals(),
        com.google.common.collect.ImmutableList.copyOf(renamed), sample.professionals(), sample.mandates(),
        sample.areas(), sample.directory(), sample.profiles(), sample.outreach());
    List<Finding> findings = CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(caseload, SampleCaseload.CHECK_AT);
    String html = TeamReport.html(caseload, findings, SampleCaseload.CHECK_AT, AMSTERDAM, Locale.ENGLISH);

    assertThat(html).doesNotContain("<script", "<b onclick", "\"Noord\"");
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Noord&quot; &lt;b onclick=&#39;x&#39;&gt;");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("svg.cycle g.agency text").eachText()).contains(hostile);
  }

  @Test
  void thePageLoadsNothingFromElsewhereAndRunsNoScript() throws IOException {
    String html = TeamReportBrowserTest.sampleReport(Locale.ENGLISH);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, link, iframe, object, embed, img, [src], [href^=http]")).isEmpty();
    assertThat(doc.select("[onclick], [onload], [onerror]")).isEmpty();
    assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'");
    Matcher urls = Pattern.compile("https?://[^\"' )]+").matcher(html);
    while (urls.find()) {
      assertThat(urls.group()).as("the only URL is the SVG namespace").isEqualTo("http://www.w3.org/2000/svg");
    }
    assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    for (String target : doc.select("a[href]").eachAttr("href")) {
      assertThat(doc.getElementById(target.substring(1))).as("target of %s", target).isNotNull();
    }
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws IOException {
    assertThat(TeamReportBrowserTest.sampleReport(Locale.ENGLISH))
        .isEqualTo(TeamReportBrowserTest.sampleReport(Locale.ENGLISH));
  }

  @Test
  void findingsAreGroupedBySeverityMostSevereFirstWithTheirCounts() throws IOException {
    Document doc = Jsoup.parse(TeamReportBrowserTest.sampleReport(Locale.ENGLISH));
    assertThat(doc.select("section.group").eachAttr("id"))
        .containsExactly("sev-critical", "sev-error", "sev-warning", "sev-info");
    Caseload caseload = TeamReportBrowserTest.sampleCaseload();
    List<Finding> findings = CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(caseload, SampleCaseload.CHECK_AT);
    for (Severity s : Severity.values()) {
      long n = findings.stream().filter(f -> f.severity() == s).count();
      assertThat(doc.select("#sev-" + s.code() + " article.finding")).hasSize((int) n);
      assertThat(doc.select(".tile.sev-" + s.code() + " .count").text()).isEqualTo(String.valueOf(n));
    }
    assertThat(doc.select("article.finding")).hasSize(findings.size());
  }

  /** The codes whose findings are something due and not done. */
  static final Set<FindingCode> OVERDUE = EnumSet.of(FindingCode.REFERRAL_RESPONSE_OVERDUE,
      FindingCode.REFERRAL_OUTCOME_OVERDUE, FindingCode.REFERRAL_WAITLIST_OVERDUE,
      FindingCode.URGENT_DEBT_THREAT_OVERDUE, FindingCode.FIRST_CONVERSATION_OVERDUE, FindingCode.ESCALATION_STALLED,
      FindingCode.SIGNAL_RESPONSE_OVERDUE);

  @Test
  void theOverdueTableListsEveryOverdueFindingWithItsDueDateOldestFirst() throws IOException {
    Document doc = Jsoup.parse(TeamReportBrowserTest.sampleReport(Locale.ENGLISH));
    Caseload caseload = TeamReportBrowserTest.sampleCaseload();
    long overdue = CaseloadCheck.of(ServiceNorms.dutchDefaults()).run(caseload, SampleCaseload.CHECK_AT).stream()
        .filter(f -> OVERDUE.contains(f.code())).count();
    assertThat(overdue).isEqualTo(OVERDUE.size());
    assertThat(doc.select("section.overdue tbody tr td:first-child time").eachAttr("datetime"))
        .isSorted()
        .hasSize((int) overdue)
        .allMatch(d -> LocalDate.parse(d).isBefore(LocalDate.of(2026, 12, 15)));
    assertThat(doc.select("section.overdue tbody tr td.num").eachText())
        .allMatch(n -> Integer.parseInt(n) > 0);
  }

  @Test
  void whereToActNamesEveryAgencyAFindingInvolves() throws IOException {
    Document doc = Jsoup.parse(TeamReportBrowserTest.sampleReport(Locale.ENGLISH));
    assertThat(doc.select("section.where td.who").eachText())
        .contains("Kliniek Noord", "Welzijn Zuidoost", "Dienst Wonen", "sw-vertrokken");
    assertThat(doc.select("section.where td.who:contains(Kliniek Noord) + td a").eachAttr("href"))
        .allMatch(h -> doc.getElementById(h.substring(1)) != null);
  }

  @Test
  void noFindingsIsSaidInPlainWords() throws IOException {
    Caseload caseload = TeamReportBrowserTest.sampleCaseload();
    Document en = Jsoup.parse(TeamReport.html(caseload, List.of(), SampleCaseload.CHECK_AT, AMSTERDAM,
        Locale.ENGLISH));
    assertThat(en.select("article.finding")).isEmpty();
    assertThat(en.select("p.empty").text()).isEqualTo(ReportText.ENGLISH.noFindings);
    Document nl = Jsoup.parse(TeamReport.html(caseload, List.of(), SampleCaseload.CHECK_AT, AMSTERDAM,
        Locale.forLanguageTag("nl-NL")));
    assertThat(nl.select("p.empty").text()).isEqualTo(ReportText.DUTCH.noFindings);
  }

  @Test
  void datesAreShownInTheNormsZoneWithTheZoneNamed() throws IOException {
    Document doc = Jsoup.parse(TeamReportBrowserTest.sampleReport(Locale.ENGLISH));
    assertThat(doc.select("header time").text()).isEqualTo("15 December 2026, 10:00 CET");
    Document nl = Jsoup.parse(TeamReportBrowserTest.sampleReport(Locale.forLanguageTag("nl")));
    assertThat(nl.select("header time").text()).isEqualTo("15 december 2026, 10:00 CET");
  }

  @Test
  void everySeverityHasAnEnglishAndADutchName() {
    for (ReportText text : List.of(ReportText.ENGLISH, ReportText.DUTCH)) {
      for (Severity s : Severity.values()) {
        assertThat(text.severity(s)).as("%s name of %s", text.lang, s.code()).isNotBlank();
        assertThat(text.urgency.get(s)).as("%s urgency of %s", text.lang, s.code()).isNotBlank();
      }
    }
    assertThat(ReportText.DUTCH.title(FindingCode.REFERRAL_PING_PONG))
        .isNotEqualTo(ReportText.ENGLISH.title(FindingCode.REFERRAL_PING_PONG));
  }
}
