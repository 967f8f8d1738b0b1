package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.directory.ProfileFact;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a {@link Finding} as text for people: an explanation of what was found and the next step, in Dutch (for
 * the professionals who use it) or English. The texts come from the UTF-8 properties files
 * {@code FindingText_nl.properties} and {@code FindingText_en.properties} next to this class, one template per
 * kind of facts and of next step, with named placeholders such as {@code {agency}}; codes (life domains, levels,
 * roles) have their words there too, so a translator touches one place. Texts are made when asked for and never
 * stored in a finding. Dates are ISO dates in the zone of the check's norms. Immutable and thread-safe.
 */
public final class FindingText {
  private static final FindingText ENGLISH = new FindingText(Locale.ENGLISH, load("en"));
  private static final FindingText DUTCH = new FindingText(Locale.forLanguageTag("nl"), load("nl"));

  private final Locale locale;
  private final ImmutableMap<String, String> texts;

  private FindingText(Locale locale, ImmutableMap<String, String> texts) {
    this.locale = locale;
    this.texts = texts;
  }

  /** {@return the English texts} */
  public static FindingText english() {
    return ENGLISH;
  }

  /** {@return the Dutch texts} */
  public static FindingText dutch() {
    return DUTCH;
  }

  /**
   * Returns the texts for a locale: Dutch for the Dutch language, English for any other.
   *
   * @param locale the locale, not null
   * @return the texts
   */
  public static FindingText of(Locale locale) {
    requireNonNull(locale, "locale");
    return locale.getLanguage().equals("nl") ? DUTCH : ENGLISH;
  }

  /** {@return the language of these texts: {@code nl} or {@code en}} */
  public Locale locale() {
    return locale;
  }

  /**
   * Renders both texts of a finding.
   *
   * @param finding the finding, not null
   * @return its explanation and next step
   */
  public Rendered render(Finding finding) {
    requireNonNull(finding, "finding");
    return new Rendered(explanation(finding), nextStep(finding.nextStep()));
  }

  /**
   * Renders what a finding found, in a sentence or two.
   *
   * @param finding the finding, not null
   * @return the explanation, not blank
   */
  public String explanation(Finding finding) {
    requireNonNull(finding, "finding");
    String text = explanation(finding.facts());
    String term = finding.code().dutchTerm();
    return term.isEmpty() ? text : fill("explanation.with-term", Map.of("text", text, "term", term));
  }

  /**
   * Renders a next step.
   *
   * @param step the step, not null
   * @return the text, not blank
   */
  public String nextStep(NextStep step) {
    requireNonNull(step, "step");
    Map<String, String> v = new HashMap<>();
    String key = "next." + step.kind();
    if (step instanceof NextStep.AssignAccountable s) {
      v.put("agency", s.agency().map(this::agency).orElseGet(() -> text("agency.case-holder")));
      v.put("need", s.need().value());
    } else if (step instanceof NextStep.CorrectRecords s) {
      v.put("agency", agency(s.agency()));
      v.put("referral", s.referral().value());
    } else if (step instanceof NextStep.CloseLoop s) {
      v.put("agency", agency(s.agency()));
      v.put("referral", s.referral().value());
    } else if (step instanceof NextStep.ReconsiderReferral s) {
      v.put("agency", agency(s.agency()));
      v.put("referral", s.referral().value());
    } else if (step instanceof NextStep.RecordBasisOrCancel s) {
      v.put("agency", agency(s.agency()));
      v.put("referral", s.referral().value());
    } else if (step instanceof NextStep.FollowUpReferral s) {
      v.put("agency", agency(s.agency()));
      v.put("referral", s.referral().value());
      v.put("due", s.due().toString());
    } else if (step instanceof NextStep.AgreeWhoStarts s) {
      v.put("first", agency(s.first()));
      v.put("second", agency(s.second()));
    } else if (step instanceof NextStep.BreakDeadlock s) {
      v.put("agency", agency(s.agency()));
      v.put("startOn", domain(s.startOn()));
      v.put("without", domain(s.without()));
    } else if (step instanceof NextStep.PlanFirstConversation s) {
      v.put("agency", agency(s.agency()));
    } else if (step instanceof NextStep.ReportLateConversation s) {
      v.put("agency", agency(s.agency()));
    } else if (step instanceof NextStep.InformManager s) {
      v.put("agency", agency(s.agency()));
      v.put("escalation", s.escalation().value());
      v.put("professional", s.professional().value());
    } else if (step instanceof NextStep.Escalate s) {
      key += s.viaOwnManager() ? ".via-manager" : ".direct";
      v.put("agency", agency(s.agency()));
      v.put("level", text("level." + s.level().code()));
      v.put("reason", text("reason." + s.reason().code()));
    } else if (step instanceof NextStep.RaiseGapSignal s) {
      v.put("agency", s.agency().map(this::agency).orElseGet(() -> text("agency.own")));
      v.put("escalation", s.escalation().value());
    } else if (step instanceof NextStep.ChaseSignalResponse s) {
      v.put("role", text("role." + s.role().code()));
      v.put("agency", agency(s.agency()));
      v.put("signal", s.signal().value());
    } else if (step instanceof NextStep.ChaseFeedback s) {
      v.put("role", text("role." + s.role().code()));
      v.put("agency", agency(s.agency()));
      v.put("professionals", s.professionals().stream().map(ProfessionalId::value)
          .collect(Collectors.joining(", ")));
    } else if (step instanceof NextStep.RaiseSignal s) {
      v.put("count", Integer.toString(s.cases().size()));
    } else if (step instanceof NextStep.AskForPlace s) {
      key += s.waitlist().isPresent() ? ".waitlist" : ".full";
      v.put("agency", agency(s.agency()));
      v.put("service", s.service());
      s.waitlist().ifPresent(w -> v.put("wait", text("wait." + w.code())));
    } else if (step instanceof NextStep.ProposeWiderMandate s) {
      v.put("role", text("role." + s.role().code()));
      v.put("agency", agency(s.agency()));
      v.put("level", text("level." + s.level().code()));
      v.put("escalations", String.join(", ", s.escalations().stream().map(EscalationId::value).toList()));
    } else if (step instanceof NextStep.AttemptContact s) {
      v.put("agency", agency(s.agency()));
      v.put("outreach", s.outreach().value());
    } else if (step instanceof NextStep.RecordEndResult s) {
      v.put("agency", agency(s.agency()));
      v.put("outreach", s.outreach().value());
    } else if (step instanceof NextStep.RecordFollowUpReferral s) {
      v.put("agency", agency(s.agency()));
      v.put("outreach", s.outreach().value());
      v.put("referral", s.referral().value());
    } else if (step instanceof NextStep.BundleSignals s) {
      v.put("agency", agency(s.agency()));
      v.put("into", s.into().value());
    } else {
      throw new AssertionError("bug: no text for " + step);
    }
    return fill(key, v);
  }

  /**
   * Renders the short title of a kind of finding, for headings and lists, such as "Tussen wal en schip".
   *
   * @param code the kind of finding, not null
   * @return the title, not blank
   */
  public String title(FindingCode code) {
    requireNonNull(code, "code");
    return text("title." + code.code());
  }

  /**
   * Renders a severity as a word for people (the codes stay English in tables and on the wire).
   *
   * @param severity the severity, not null
   * @return the word, not blank
   */
  public String severity(Severity severity) {
    requireNonNull(severity, "severity");
    return text("severity." + severity.code());
  }

  private String explanation(Facts facts) {
    Map<String, String> v = new HashMap<>();
    String key = "explanation." + facts.code().code();
    if (facts instanceof Facts.Orphaned f) {
      key += "." + f.need().reason().code();
      v.put("domain", domain(f.need().domain()));
      v.put("need", f.need().need().value());
      v.put("case", f.need().caseId().value());
      v.put("professional", f.need().accountable().value());
    } else if (facts instanceof Facts.UnknownNeed f) {
      v.put("referral", f.referral().value());
      v.put("need", f.need().value());
      v.put("case", f.caseId().value());
    } else if (facts instanceof Facts.ClosedWithOpenReferral f) {
      v.put("case", f.caseId().value());
      v.put("referral", f.referral().value());
      v.put("need", f.need().value());
      v.put("agency", agency(f.to()));
      v.put("status", text("status." + f.status().code()));
    } else if (facts instanceof Facts.SharedAfterWithdrawal f) {
      v.put("referral", f.referral().value());
      v.put("agency", agency(f.to()));
      v.put("domain", domain(f.domain()));
      v.put("status", text("status." + f.status().code()));
      v.put("withdrawn", f.withdrawnOn().toString());
    } else if (facts instanceof Facts.SentWithoutCapacity f) {
      v.put("referral", f.referral().value());
      v.put("sent", f.sentOn().toString());
      v.put("agency", agency(f.to()));
      v.put("service", f.service());
    } else if (facts instanceof Facts.OverdueReferral f) {
      v.put("referral", f.referral().value());
      v.put("agency", agency(f.to()));
      v.put("due", f.dueDate().toString());
      long days = f.daysOverdue();
      v.put("overdue", fill(days == 0 ? "overdue.zero" : days == 1 ? "overdue.one" : "overdue.other",
          Map.of("days", Long.toString(days))));
    } else if (facts instanceof Facts.PingPong f) {
      v.put("domain", domain(f.domain()));
      v.put("client", f.client().value());
      v.put("first", f.first().id().value());
      v.put("second", f.second().id().value());
      v.put("firstName", agency(f.first()));
      v.put("secondName", agency(f.second()));
      v.put("times", Integer.toString(f.handOffs().size()));
      v.put("returns", Integer.toString(f.returns()));
      v.put("referrals", f.handOffs().stream().map(Facts.PingPong.HandOff::referral).map(ReferralId::value)
          .collect(Collectors.joining(", ")));
    } else if (facts instanceof Facts.Deadlock f) {
      StringBuilder waits = new StringBuilder();
      for (Facts.Deadlock.Wait w : f.cycle()) {
        waits.append(fill(key + ".wait", Map.of("agency", w.agency().id().value(), "agencyName", agency(w.agency()),
            "refuses", domain(w.refuses()), "referral", w.referral().value(), "waitsFor", domain(w.waitsFor()))));
      }
      v.put("client", f.client().value());
      v.put("count", Integer.toString(f.cycle().size()));
      v.put("waits", waits.toString());
      v.put("first", f.cycle().get(0).agency().id().value());
      v.put("firstName", agency(f.cycle().get(0).agency()));
    } else if (facts instanceof Facts.UrgentThreatNorm f) {
      key += f.heldOn().isPresent() ? ".late" : ".pending";
      v.put("case", f.caseId().value());
      v.put("threat", text("threat." + f.threat().code()));
      v.put("need", f.need().value());
      v.put("reported", f.reportedOn().toString());
      v.put("due", f.dueDate().toString());
      f.heldOn().ifPresent(d -> v.put("held", d.toString()));
      v.put("agency", agency(f.agency()));
    } else if (facts instanceof Facts.FirstConversationNorm f) {
      key += f.heldOn().isPresent() ? ".late" : ".pending";
      v.put("case", f.caseId().value());
      v.put("requested", f.requestedOn().toString());
      v.put("due", f.dueDate().toString());
      f.heldOn().ifPresent(d -> v.put("held", d.toString()));
      v.put("agency", agency(f.agency()));
    } else if (facts instanceof Facts.BeyondMandate f) {
      v.put("escalation", f.escalation().value());
      v.put("level", text("level." + f.level().code()));
      v.put("target", agency(f.target()));
      v.put("on", f.on().toString());
      v.put("role", text("role." + f.role().code()));
      v.put("agency", agency(f.raiserAgency()));
      v.put("mandate", text("level." + f.mandate().code()));
      if (f.informBy().isPresent()) {
        key += ".uninformed";
        v.put("why", text("beyond." + f.reason().orElseThrow().code()));
        v.put("informBy", f.informBy().get().toString());
      }
    } else if (facts instanceof Facts.MandateWidening f) {
      v.put("quarter", f.quarter().toString());
      v.put("successes", Integer.toString(f.escalations().size()));
      v.put("count", Integer.toString(f.cases().size()));
      v.put("resolved", Integer.toString(f.resolvedBeyondMandate()));
      v.put("role", text("role." + f.role().code()));
      v.put("agency", agency(f.agency()));
      v.put("mandate", text("level." + f.mandate().code()));
      v.put("level", text("level." + f.highestReached().code()));
    } else if (facts instanceof Facts.StalledEscalation f) {
      key += f.level().isPresent() ? ".at-level" : ".raised";
      v.put("escalation", f.escalation().value());
      v.put("reason", text("reason." + f.reason().code()));
      f.level().ifPresent(l -> v.put("level", text("level." + l.code())));
      v.put("agency", agency(f.target()));
      v.put("since", f.since().toString());
      v.put("due", f.dueDate().toString());
    } else if (facts instanceof Facts.SignalResponseOverdue f) {
      v.put("signal", f.signal().value());
      v.put("domain", domain(f.domain()));
      v.put("area", f.area().code());
      v.put("period", f.period().toString());
      v.put("since", f.owedSince().toString());
    } else if (facts instanceof Facts.SignalFeedbackOverdue f) {
      key += f.pending().size() == 1 ? ".one" : ".other";
      v.put("signal", f.signal().value());
      v.put("answered", f.answeredOn().toString());
      v.put("count", Integer.toString(f.pending().size()));
    } else if (facts instanceof Facts.StructuralSignal f) {
      Optional<String> refusal = f.shape().refusalReason();
      key += refusal.isPresent() ? ".refusal" : ".escalation";
      v.put("count", Integer.toString(f.cases().size()));
      v.put("area", f.shape().area().code());
      refusal.ifPresent(r -> v.put("refusal", texts.getOrDefault("refusal." + r, r)));
      f.shape().reason().ifPresent(r -> v.put("reason", text("reason." + r.code())));
      v.put("domain", domain(f.shape().domain()));
      v.put("kind", text("kind." + f.shape().targetKind().code()));
      v.put("quarter", f.quarter().toString());
    } else if (facts instanceof Facts.RegulatoryGap f) {
      key += f.exclusions().isEmpty() ? ".none" : ".excluded";
      v.put("need", f.need().value());
      v.put("case", f.caseId().value());
      v.put("domain", domain(f.domain()));
      v.put("count", Integer.toString(f.exclusions().size()));
      v.put("exclusions", f.exclusions().stream().map(e -> fill("gap.exclusion", Map.of("service", e.service(),
          "agency", agency(e.agency()), "facts", facts(e.facts())))).collect(Collectors.joining("; ")));
    } else if (facts instanceof Facts.CapacityGap f) {
      v.put("need", f.need().value());
      v.put("case", f.caseId().value());
      v.put("domain", domain(f.domain()));
      v.put("count", Integer.toString(f.services().size()));
      v.put("services", f.services().stream().map(s -> fill("gap.full", Map.of("service", s.service(),
          "agency", agency(s.agency()), "room", room(s)))).collect(Collectors.joining("; ")));
    } else if (facts instanceof Facts.RecurringGap f) {
      v.put("count", Integer.toString(f.cases().size()));
      v.put("area", f.area().code());
      v.put("domain", domain(f.domain()));
      v.put("facts", facts(f.literals().stream().flatMap(l -> l.facts().stream())
          .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()))));
    } else if (facts instanceof Facts.CrisisAttemptNorm f) {
      key += f.attemptedOn().isPresent() ? ".late" : ".pending";
      attemptNorm(v, f.outreach(), f.signal(), f.partner(), f.receivedOn(), f.dueDate(), f.attemptedOn());
    } else if (facts instanceof Facts.FirstAttemptNorm f) {
      key += f.attemptedOn().isPresent() ? ".late" : ".pending";
      attemptNorm(v, f.outreach(), f.signal(), f.partner(), f.receivedOn(), f.dueDate(), f.attemptedOn());
    } else if (facts instanceof Facts.EndResultOverdue f) {
      v.put("outreach", f.outreach().value());
      v.put("status", text("outreach-status." + f.status().code()));
      v.put("opened", f.openedOn().toString());
      v.put("due", f.dueDate().toString());
    } else if (facts instanceof Facts.MissingFollowUpReferral f) {
      v.put("outreach", f.outreach().value());
      v.put("result", text("end-result." + f.result().code()));
      v.put("referral", f.referral().value());
    } else if (facts instanceof Facts.UnbundledSignals f) {
      v.put("cases", f.cases().stream().map(OutreachId::value).collect(Collectors.joining(", ")));
      v.put("partners", f.partners().stream().map(p -> text("partner." + p.code()))
          .collect(Collectors.joining(", ")));
    } else {
      throw new AssertionError("bug: no text for " + facts);
    }
    return fill(key, v);
  }

  /** Names the facts, each special-category fact only as such (GDPR art. 9), never which one. */
  private String facts(Set<ProfileFact> facts) {
    if (facts.isEmpty()) {
      return text("gap.none");
    }
    Set<String> words = new LinkedHashSet<>();
    for (ProfileFact f : facts) {
      words.add(f.isSpecialCategory() ? text("fact.special") : text("fact." + f.code()));
    }
    return String.join(", ", words);
  }

  private String room(FullService s) {
    if (s.status() == ServiceStatus.TEMPORARILY_CLOSED) {
      return text("room.closed");
    }
    return s.waitlist().map(w -> text("wait." + w.code())).orElseGet(() -> text("room.full"));
  }

  private void attemptNorm(Map<String, String> v, OutreachId outreach, EarlySignalId signal, PartnerType partner,
      LocalDate receivedOn, LocalDate dueDate, Optional<LocalDate> attemptedOn) {
    v.put("outreach", outreach.value());
    v.put("signal", signal.value());
    v.put("partner", text("partner." + partner.code()));
    v.put("received", receivedOn.toString());
    v.put("due", dueDate.toString());
    attemptedOn.ifPresent(d -> v.put("attempted", d.toString()));
  }

  private String agency(AgencyRef agency) {
    return agency.name().orElseGet(() -> fill("agency.unlisted", Map.of("id", agency.id().value())));
  }

  private String domain(LifeDomain domain) {
    return text("domain." + domain.code());
  }

  private String text(String key) {
    String t = texts.get(key);
    if (t == null) {
      throw new AssertionError("bug: no " + locale.getLanguage() + " text for " + key);
    }
    return t;
  }

  /** Replaces each {@code {name}} of the template with its value; a name without a value is our bug. */
  private String fill(String key, Map<String, String> values) {
    String template = text(key);
    StringBuilder out = new StringBuilder(template.length() + 64);
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        out.append(template, i, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new AssertionError("bug: unclosed placeholder in " + locale.getLanguage() + " text " + key);
      }
      String name = template.substring(open + 1, close);
      String value = values.get(name);
      if (value == null) {
        throw new AssertionError("bug: no value for {" + name + "} in " + locale.getLanguage() + " text " + key);
      }
      out.append(template, i, open).append(value);
      i = close + 1;
    }
    return out.toString();
  }

  /** {@return the keys of the texts, for tests that every key has a text in both languages} */
  static List<String> keys(Locale locale) {
    return List.copyOf(of(locale).texts.keySet());
  }

  private static ImmutableMap<String, String> load(String language) {
    String name = "FindingText_" + language + ".properties";
    try (InputStream in = FindingText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("bug: " + name + " is missing from the jar");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
      p.stringPropertyNames().stream().sorted().forEach(k -> b.put(k, p.getProperty(k)));
      return b.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A finding rendered in one language. Immutable and thread-safe.
   *
   * @param explanation what was found, not blank
   * @param nextStep what to do about it and with whom, not blank
   */
  public record Rendered(String explanation, String nextStep) {
    /**
     * Validates the components.
     *
     * @param explanation what was found, not blank
     * @param nextStep what to do about it, not blank
     * @throws InvalidValueException if a text is blank
     */
    public Rendered {
      requireNonNull(explanation, "explanation");
      requireNonNull(nextStep, "nextStep");
      if (explanation.isBlank()) {
        throw new InvalidValueException(CheckCodes.FINDING_BLANK_TEXT, "Finding.explanation", "must not be blank");
      }
      if (nextStep.isBlank()) {
        throw new InvalidValueException(CheckCodes.FINDING_BLANK_TEXT, "Finding.nextStep", "must not be blank");
      }
    }
  }
}
