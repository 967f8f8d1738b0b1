package io.github.casework.examples.report;

import com.google.common.collect.ImmutableMap;
import io.github.casework.LifeDomain;
import io.github.casework.check.FindingCode;
import io.github.casework.check.FindingText;
import io.github.casework.check.Severity;
import io.github.casework.examples.text.Words;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The report's own words, in English and Dutch: headings, and what each severity asks of the reader (finding titles
 * and severities are {@link FindingText}'s, life domains {@link Words}'). Dutch is written for social workers,
 * plain and in the article's own words where they fit. Immutable and thread-safe.
 */
final class ReportText {
  /** The keys every language must have; declared first, as the constructor checks them. */
  private static final String[] KEYS = {"title", "checkedAt", "scope", "summaryLead", "noFindings", "byAgency",
      "byAgencyLead", "agency", "professional", "findings", "overdue", "overdueLead", "due", "daysOverdue", "owedBy",
      "what", "nextStep", "waitsFor", "refuses", "deadlockCaption", "pingPongCaption", "checkLine", "handOff",
      "sentBack", "footer"};

  /** English. */
  static final ReportText ENGLISH = english();
  /** Dutch. */
  static final ReportText DUTCH = dutch();

  final Locale locale;
  final String lang;
  final String title;
  final String checkedAt;
  final String scope;
  final String summaryLead;
  final String noFindings;
  final String byAgency;
  final String byAgencyLead;
  final String agency;
  final String professional;
  final String findingsWord;
  final String overdue;
  final String overdueLead;
  final String due;
  final String daysOverdue;
  final String owedBy;
  final String what;
  final String nextStep;
  final String waitsFor;
  final String refuses;
  final String deadlockCaption;
  final String pingPongCaption;
  final String checkLine;
  final String handOff;
  final String sentBack;
  final String footer;
  final ImmutableMap<Severity, String> urgency;
  final Words words;
  final FindingText findingText;

  private ReportText(Locale locale, Map<String, String> words, Map<Severity, String> urgency) {
    this.locale = locale;
    this.lang = locale.getLanguage();
    this.title = words.get("title");
    this.checkedAt = words.get("checkedAt");
    this.scope = words.get("scope");
    this.summaryLead = words.get("summaryLead");
    this.noFindings = words.get("noFindings");
    this.byAgency = words.get("byAgency");
    this.byAgencyLead = words.get("byAgencyLead");
    this.agency = words.get("agency");
    this.professional = words.get("professional");
    this.findingsWord = words.get("findings");
    this.overdue = words.get("overdue");
    this.overdueLead = words.get("overdueLead");
    this.due = words.get("due");
    this.daysOverdue = words.get("daysOverdue");
    this.owedBy = words.get("owedBy");
    this.what = words.get("what");
    this.nextStep = words.get("nextStep");
    this.waitsFor = words.get("waitsFor");
    this.refuses = words.get("refuses");
    this.deadlockCaption = words.get("deadlockCaption");
    this.pingPongCaption = words.get("pingPongCaption");
    this.checkLine = words.get("checkLine");
    this.handOff = words.get("handOff");
    this.sentBack = words.get("sentBack");
    this.footer = words.get("footer");
    this.urgency = ImmutableMap.copyOf(urgency);
    this.words = Words.of(locale);
    this.findingText = FindingText.of(locale);
    for (String key : KEYS) {
      if (words.get(key) == null) {
        throw new AssertionError("bug: no report text " + key + " in " + lang);
      }
    }
  }

  /** {@return the Dutch texts for a Dutch locale, the English ones otherwise} */
  static ReportText of(Locale locale) {
    return locale.getLanguage().equals("nl") ? DUTCH : ENGLISH;
  }

  /** {@return the finding code's short title} */
  String title(FindingCode code) {
    return findingText.title(code);
  }

  /** {@return the severity's name, capitalised for a heading} */
  String severity(Severity severity) {
    String word = findingText.severity(severity);
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** {@return the life domain's name} */
  String domain(LifeDomain domain) {
    return words.domain(domain);
  }

  private static ReportText english() {
    Map<String, String> w = new HashMap<>();
    w.put("title", "Team report");
    w.put("checkedAt", "Caseload check of");
    w.put("scope", "%d cases · %d referrals · %d agencies");
    w.put("summaryLead", "What needs a professional now, most urgent first. Every finding names its next step.");
    w.put("noFindings", "Nothing to act on: the check found nothing.");
    w.put("byAgency", "Where to act");
    w.put("byAgencyLead", "Findings per agency and per professional they involve.");
    w.put("agency", "Agency");
    w.put("professional", "Professional");
    w.put("findings", "findings");
    w.put("overdue", "Overdue");
    w.put("overdueLead", "What was due and is not done, oldest first.");
    w.put("due", "Due");
    w.put("daysOverdue", "days overdue");
    w.put("owedBy", "Owed by");
    w.put("what", "What");
    w.put("nextStep", "Next step");
    w.put("waitsFor", "waits for");
    w.put("refuses", "refuses");
    w.put("deadlockCaption", "Each agency waits for the next one: nobody starts.");
    w.put("pingPongCaption", "The same need, sent back and forth.");
    w.put("checkLine", "check");
    w.put("handOff", "sent");
    w.put("sentBack", "sent back");
    w.put("footer", "Made by casework from the caseload check. It shows ids, codes, agency names and dates only: no "
        + "names or other personal details of clients.");
    Map<Severity, String> u = new EnumMap<>(Severity.class);
    u.put(Severity.CRITICAL, "a client at risk: act today");
    u.put(Severity.ERROR, "a norm breached: act now");
    u.put(Severity.WARNING, "late or drifting: act soon");
    u.put(Severity.INFO, "worth knowing");
    return new ReportText(Locale.ENGLISH, w, u);
  }

  private static ReportText dutch() {
    Map<String, String> w = new HashMap<>();
    w.put("title", "Teamrapport");
    w.put("checkedAt", "Caseloadcheck van");
    w.put("scope", "%d dossiers · %d verwijzingen · %d instellingen");
    w.put("summaryLead", "Wat nu een professional nodig heeft, het dringendste eerst. Bij elke bevinding staat de "
        + "volgende stap.");
    w.put("noFindings", "Niets te doen: de check vond niets.");
    w.put("byAgency", "Waar te handelen");
    w.put("byAgencyLead", "Bevindingen per instelling en per betrokken professional.");
    w.put("agency", "Instelling");
    w.put("professional", "Professional");
    w.put("findings", "bevindingen");
    w.put("overdue", "Te laat");
    w.put("overdueLead", "Wat had moeten gebeuren en nog niet is gedaan, het oudste eerst.");
    w.put("due", "Uiterlijk");
    w.put("daysOverdue", "dagen te laat");
    w.put("owedBy", "Ligt bij");
    w.put("what", "Wat");
    w.put("nextStep", "Volgende stap");
    w.put("waitsFor", "wacht op");
    w.put("refuses", "weigert");
    w.put("deadlockCaption", "Elke instelling wacht op de volgende: niemand begint.");
    w.put("pingPongCaption", "Dezelfde hulpvraag, heen en weer gestuurd.");
    w.put("checkLine", "check");
    w.put("handOff", "verwezen");
    w.put("sentBack", "teruggestuurd");
    w.put("footer", "Gemaakt door casework uit de caseloadcheck. Toont alleen ids, codes, namen van instellingen en "
        + "data: geen namen of andere persoonsgegevens van cliënten.");
    Map<Severity, String> u = new EnumMap<>(Severity.class);
    u.put(Severity.CRITICAL, "een cliënt in gevaar: vandaag handelen");
    u.put(Severity.ERROR, "een norm geschonden: nu handelen");
    u.put(Severity.WARNING, "te laat of aan het schuiven: binnenkort handelen");
    u.put(Severity.INFO, "goed om te weten");
    return new ReportText(Locale.forLanguageTag("nl"), w, u);
  }
}
