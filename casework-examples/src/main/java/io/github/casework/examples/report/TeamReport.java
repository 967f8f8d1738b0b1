package io.github.casework.examples.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.casefile.Case;
import io.github.casework.check.Caseload;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingText;
import io.github.casework.check.Severity;
import io.github.casework.check.SubjectRef;
import io.github.casework.examples.text.Dates;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.referral.Referral;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The team report: the caseload check's findings as one self-contained HTML page for a team lead. It opens with the
 * counts per severity, then where to act (per agency and per professional), what is overdue with its due dates, and
 * one card per finding, most severe first, with its next step prominent; a precondition deadlock is drawn as a cycle
 * of agencies with the needs they wait for on the arrows, ping-pong as a timeline of hand-offs between agencies.
 *
 * <p>The page has inline CSS and inline SVG only: no script, nothing loaded from elsewhere (its content security
 * policy forbids both). Every text is HTML-escaped. Like the findings it shows ids, codes, agency names, dates and
 * counts only, never a client's personal details or a professional's free text. The same inputs give the same bytes.
 * Stateless and thread-safe.
 */
public final class TeamReport {
  private static final Comparator<Severity> MOST_SEVERE_FIRST = Comparator.<Severity>naturalOrder().reversed();

  private TeamReport() {}

  /**
   * Renders the report.
   *
   * @param caseload the caseload the findings were found in, not null
   * @param findings the findings, in the check's order, not null
   * @param checkedAt when the check ran, not null
   * @param zone the zone to show dates and times in (the norms' zone), not null
   * @param language the language: Dutch for a Dutch locale, English otherwise, not null
   * @return the HTML page, UTF-8 text
   */
  public static String html(Caseload caseload, List<Finding> findings, Instant checkedAt, ZoneId zone,
      Locale language) {
    requireNonNull(caseload, "caseload");
    requireNonNull(checkedAt, "checkedAt");
    requireNonNull(zone, "zone");
    requireNonNull(language, "language");
    return new Page(caseload, ImmutableList.copyOf(findings), checkedAt, zone, ReportText.of(language)).render();
  }

  /** One rendering: the inputs, their indexes, and the page as it is built. */
  private static final class Page {
    private final Caseload caseload;
    private final ImmutableList<Finding> findings;
    private final Instant checkedAt;
    private final ReportText text;
    private final Dates dates;
    private final FindingText findingText;
    private final Pictures pictures;
    private final ImmutableMap<AgencyId, String> agencyNames;
    private final ImmutableMap<CaseId, Case> cases;
    private final ImmutableMap<ReferralId, Referral> referrals;
    private final ImmutableMap<ProfessionalId, Professional> professionals;
    private final Html h = new Html();

    Page(Caseload caseload, ImmutableList<Finding> findings, Instant checkedAt, ZoneId zone, ReportText text) {
      this.caseload = caseload;
      this.findings = findings;
      this.checkedAt = checkedAt;
      this.text = text;
      this.dates = Dates.of(zone, text.locale);
      this.pictures = Pictures.of(caseload, checkedAt, zone);
      this.findingText = FindingText.of(text.locale);
      this.agencyNames = caseload.agencies().stream().collect(ImmutableMap.toImmutableMap(Agency::id, Agency::name,
          (a, b) -> a));
      this.cases = caseload.cases().stream().collect(ImmutableMap.toImmutableMap(Case::id, Function.identity(),
          (a, b) -> a));
      this.referrals = caseload.referrals().stream().collect(ImmutableMap.toImmutableMap(Referral::id,
          Function.identity(), (a, b) -> a));
      this.professionals = caseload.professionals().stream().collect(ImmutableMap.toImmutableMap(Professional::id,
          Function.identity(), (a, b) -> a));
    }

    String render() {
      h.raw("<!DOCTYPE html>\n<html lang=\"").text(text.lang).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
              + "img-src data:\">\n")
          .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
          .text(text.title + " · " + dates.day(checkedAt)).raw("</title>\n<style>").raw(Style.CSS)
          .raw("</style>\n</head>\n<body>\n<main>\n");
      header();
      if (findings.isEmpty()) {
        h.element("p", "empty", text.noFindings);
      } else {
        summary();
        whereToAct();
        overdue();
        cards();
      }
      h.raw("<footer>").text(text.footer).raw("</footer>\n</main>\n</body>\n</html>\n");
      return h.toString();
    }

    private void header() {
      h.raw("<header><h1>").text(text.title).raw("</h1><p class=\"meta\">").text(text.checkedAt + " ")
          .raw("<time datetime=\"").text(checkedAt.toString()).raw("\">").text(dates.longDateTime(checkedAt))
          .raw("</time> · ").text(String.format(text.locale, text.scope, caseload.cases().size(),
              caseload.referrals().size(), caseload.agencies().size()))
          .raw("</p><p class=\"lead\">").text(text.summaryLead).raw("</p></header>\n");
    }

    private void summary() {
      Map<Severity, Integer> counts = counts(findings);
      h.raw("<section class=\"summary\" aria-label=\"summary\">");
      for (Severity s : severitiesMostSevereFirst()) {
        int n = counts.getOrDefault(s, 0);
        h.raw("<a class=\"tile sev-").text(s.code()).raw(n == 0 ? " none" : "").raw("\" href=\"#sev-").text(s.code())
            .raw("\"><span class=\"count\">").text(String.valueOf(n)).raw("</span><span class=\"name\">")
            .text(text.severity(s)).raw("</span><span class=\"urgency\">").text(text.urgency.get(s))
            .raw("</span></a>");
      }
      h.raw("</section>\n");
    }

    private void whereToAct() {
      Map<String, List<Integer>> byAgency = new TreeMap<>();
      Map<ProfessionalId, List<Integer>> byProfessional = new TreeMap<>(Comparator.comparing(ProfessionalId::value));
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        for (AgencyId a : agenciesOf(f)) {
          byAgency.computeIfAbsent(name(a), k -> new ArrayList<>()).add(i);
        }
        for (ProfessionalId p : professionalsOf(f)) {
          byProfessional.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
        }
      }
      h.raw("<section class=\"where\"><h2>").text(text.byAgency).raw("</h2><p class=\"lead\">").text(text.byAgencyLead)
          .raw("</p><div class=\"where-grid\"><table>");
      matrixHead(text.agency);
      for (Map.Entry<String, List<Integer>> e : byAgency.entrySet()) {
        row(e.getKey(), e.getValue());
      }
      h.raw("</tbody></table><table>");
      matrixHead(text.professional);
      for (Map.Entry<ProfessionalId, List<Integer>> e : byProfessional.entrySet()) {
        Optional<Professional> p = Optional.ofNullable(professionals.get(e.getKey()));
        row(e.getKey().value() + p.map(x -> " (" + name(x.agency()) + ")").orElse(""), e.getValue());
      }
      h.raw("</tbody></table></div></section>\n");
    }

    private void matrixHead(String who) {
      h.raw("<thead><tr><th>").text(who).raw("</th>");
      for (Severity s : severitiesMostSevereFirst()) {
        h.raw("<th class=\"c sev-").text(s.code()).raw("\" title=\"").text(text.severity(s)).raw("\">")
            .text(text.severity(s).substring(0, 1)).raw("</th>");
      }
      h.raw("<th>").text(text.findingsWord).raw("</th></tr></thead><tbody>");
    }

    private void row(String who, List<Integer> indexes) {
      h.raw("<tr><td class=\"who\">").text(who).raw("</td>");
      Map<Severity, Integer> counts = counts(indexes.stream().map(findings::get).toList());
      for (Severity s : severitiesMostSevereFirst()) {
        int n = counts.getOrDefault(s, 0);
        h.raw("<td class=\"c\">");
        if (n > 0) {
          h.raw("<span class=\"badge sev-").text(s.code()).raw("\" title=\"").text(text.severity(s)).raw("\">")
              .text(String.valueOf(n)).raw("</span>");
        }
        h.raw("</td>");
      }
      h.raw("<td class=\"dots\">");
      List<Integer> sorted = new ArrayList<>(indexes);
      sorted.sort(Comparator.naturalOrder());
      for (int i : sorted) {
        Finding f = findings.get(i);
        h.raw("<a class=\"dot sev-").text(f.severity().code()).raw("\" href=\"#").text(anchor(i)).raw("\" title=\"")
            .text(text.title(f.code())).raw("\">").text(String.valueOf(i + 1)).raw("</a>");
      }
      h.raw("</td></tr>");
    }

    private void overdue() {
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < findings.size(); i++) {
        if (pictures.of(findings.get(i)).orElse(null) instanceof Picture.Overdue) {
          rows.add(i);
        }
      }
      if (rows.isEmpty()) {
        return;
      }
      rows.sort(Comparator.comparing(i -> ((Picture.Overdue) pictures.of(findings.get(i)).orElseThrow()).due()));
      h.raw("<section class=\"overdue\"><h2>").text(text.overdue).raw("</h2><p class=\"lead\">").text(text.overdueLead)
          .raw("</p><table><thead><tr><th>").text(text.due).raw("</th><th class=\"num\">").text(text.daysOverdue)
          .raw("</th><th>").text(text.what).raw("</th><th>").text(text.owedBy).raw("</th></tr></thead><tbody>");
      for (int i : rows) {
        Finding f = findings.get(i);
        Picture.Overdue o = (Picture.Overdue) pictures.of(f).orElseThrow();
        long days = o.daysOverdue();
        h.raw("<tr><td><time datetime=\"").text(o.due().toString()).raw("\">").text(dates.day(o.due()))
            .raw("</time></td><td class=\"num\"><span class=\"bar sev-").text(f.severity().code())
            .raw("\" style=\"width:")
            .text(String.valueOf(Math.min(120, 4 + 3 * days))).raw("px\"></span>").text(String.valueOf(days))
            .raw("</td><td><a href=\"#").text(anchor(i)).raw("\">").text(text.title(f.code())).raw("</a> <code>")
            .text(subjectsOf(f, SubjectRef.Kind.REFERRAL)).raw("</code></td><td>").text(name(o.owedBy()))
            .raw("</td></tr>");
      }
      h.raw("</tbody></table></section>\n");
    }

    private void cards() {
      for (Severity s : severitiesMostSevereFirst()) {
        List<Integer> of = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
          if (findings.get(i).severity() == s) {
            of.add(i);
          }
        }
        if (of.isEmpty()) {
          continue;
        }
        h.raw("<section class=\"group\" id=\"sev-").text(s.code()).raw("\"><h2 class=\"sev-").text(s.code())
            .raw("\">").text(text.severity(s)).raw(" <span class=\"n\">").text(String.valueOf(of.size()))
            .raw("</span> <span class=\"urgency\">").text(text.urgency.get(s)).raw("</span></h2><div class=\"cards\">");
        for (int i : of) {
          card(i);
        }
        h.raw("</div></section>\n");
      }
    }

    private void card(int i) {
      Finding f = findings.get(i);
      Optional<Picture> picture = pictures.of(f);
      boolean wide = picture.isPresent() && !(picture.get() instanceof Picture.Overdue);
      h.raw("<article class=\"finding sev-").text(f.severity().code()).raw(wide ? " wide" : "").raw("\" id=\"")
          .text(anchor(i)).raw("\" data-code=\"").text(f.code().code()).raw("\"><div class=\"card-head\">")
          .raw("<span class=\"pill sev-").text(f.severity().code()).raw("\">").text(text.severity(f.severity()))
          .raw("</span><span class=\"no\">").text(String.valueOf(i + 1)).raw("</span><h3>").text(text.title(f.code()))
          .raw("</h3>");
      String term = f.code().dutchTerm();
      if (!term.isEmpty() && !text.title(f.code()).toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT))) {
        h.element("span", "term", term);
      }
      h.raw("</div><div class=\"next\"><span class=\"label\">").text(text.nextStep).raw(" →</span><p>")
          .text(nextStep(f)).raw("</p></div>");
      if (picture.isPresent()) {
        picture(anchor(i), picture.get());
      }
      h.element("p", "explanation", explanation(f));
      h.raw("<p class=\"subjects\"><code class=\"code\">").text(f.code().code()).raw("</code>");
      for (SubjectRef s : f.subjects()) {
        h.element("code", "subject", s.toString());
      }
      h.raw("</p></article>\n");
    }

    private void picture(String id, Picture picture) {
      if (picture instanceof Picture.Cycle c) {
        h.raw("<figure>").raw(Diagrams.cycle(id, c, this::name, text)).raw("<figcaption>").text(text.deadlockCaption)
            .raw("</figcaption></figure>");
      } else if (picture instanceof Picture.HandOffs p) {
        h.raw("<figure>").raw(Diagrams.handOffs(id, p, checkedAt, this::name, dates, text)).raw("<figcaption>")
            .text(text.pingPongCaption + " (" + text.domain(p.domain()) + ")").raw("</figcaption></figure>");
      } else if (picture instanceof Picture.Overdue o) {
        long days = o.daysOverdue();
        h.raw("<p class=\"due\"><span class=\"due-date\">").text(text.due + " ").raw("<time datetime=\"")
            .text(o.due().toString()).raw("\">").text(dates.day(o.due())).raw("</time></span><span class=\"late\">")
            .text(days + " " + text.daysOverdue).raw("</span><span class=\"owed\">").text(text.owedBy + ": "
                + name(o.owedBy())).raw("</span></p>");
      }
    }

    private String explanation(Finding f) {
      return findingText.explanation(f);
    }

    private String nextStep(Finding f) {
      return findingText.nextStep(f.nextStep());
    }

    /** The agencies a finding involves: named ones, and those of its cases, professionals and referrals. */
    private Set<AgencyId> agenciesOf(Finding f) {
      Set<AgencyId> out = new LinkedHashSet<>();
      for (SubjectRef s : f.subjects()) {
        switch (s.kind()) {
          case AGENCY -> out.add(AgencyId.of(s.id()));
          case CASE -> Optional.ofNullable(cases.get(CaseId.of(s.id()))).ifPresent(c -> out.add(c.agency()));
          case PROFESSIONAL -> Optional.ofNullable(professionals.get(ProfessionalId.of(s.id())))
              .ifPresent(p -> out.add(p.agency()));
          case REFERRAL -> Optional.ofNullable(referrals.get(ReferralId.of(s.id()))).ifPresent(r -> {
            out.add(r.from());
            out.add(r.to());
          });
          default -> { }
        }
      }
      return out;
    }

    /** The professionals a finding involves: named ones, the owners of its cases, the referrers of its referrals. */
    private Set<ProfessionalId> professionalsOf(Finding f) {
      Set<ProfessionalId> out = new LinkedHashSet<>();
      for (SubjectRef s : f.subjects()) {
        switch (s.kind()) {
          case PROFESSIONAL -> out.add(ProfessionalId.of(s.id()));
          case CASE -> Optional.ofNullable(cases.get(CaseId.of(s.id()))).ifPresent(c -> out.add(c.owner()));
          case REFERRAL -> Optional.ofNullable(referrals.get(ReferralId.of(s.id())))
              .ifPresent(r -> out.add(r.referrer()));
          default -> { }
        }
      }
      return out;
    }

    private String subjectsOf(Finding f, SubjectRef.Kind kind) {
      return String.join(" ", f.subjects().stream().filter(s -> s.kind() == kind).map(SubjectRef::id).toList());
    }

    private String name(AgencyId id) {
      return agencyNames.getOrDefault(id, id.value());
    }
  }

  private static String anchor(int index) {
    return "f" + (index + 1);
  }

  private static List<Severity> severitiesMostSevereFirst() {
    return List.of(Severity.CRITICAL, Severity.ERROR, Severity.WARNING, Severity.INFO);
  }

  private static Map<Severity, Integer> counts(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    return counts;
  }
}
