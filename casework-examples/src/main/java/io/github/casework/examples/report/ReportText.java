package io.github.casework.examples.report;

import com.google.common.collect.ImmutableMap;
import io.github.casework.LifeDomain;
import io.github.casework.check.FindingCode;
import io.github.casework.check.Severity;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The report's own words, in English and Dutch: headings, a short title for every finding code, a name for every
 * severity and life domain. Dutch is written for social workers, plain and in the article's own words where they
 * fit. Immutable and thread-safe.
 */
final class ReportText {
  /** The keys every language must have; declared first, as the constructor checks them. */
  private static final String[] KEYS = {"title", "checkedAt", "scope", "summaryLead", "noFindings", "byAgency", "byAgencyLead",
      "byProfessional", "agency", "professional", "findings", "overdue", "overdueLead", "due", "daysOverdue", "owedBy",
      "what", "nextStep", "about", "waitsFor", "refuses", "deadlockCaption", "pingPongCaption", "checkLine",
      "handOff", "sentBack", "footer"};

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
  final String byProfessional;
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
  final String about;
  final String waitsFor;
  final String refuses;
  final String deadlockCaption;
  final String pingPongCaption;
  final String checkLine;
  final String handOff;
  final String sentBack;
  final String footer;
  final ImmutableMap<Severity, String> severities;
  final ImmutableMap<Severity, String> urgency;
  final ImmutableMap<FindingCode, String> titles;
  final ImmutableMap<LifeDomain, String> domains;

  private ReportText(Locale locale, Map<String, String> words, Map<Severity, String> severities,
      Map<Severity, String> urgency, Map<FindingCode, String> titles, Map<LifeDomain, String> domains) {
    this.locale = locale;
    this.lang = locale.getLanguage();
    this.title = words.get("title");
    this.checkedAt = words.get("checkedAt");
    this.scope = words.get("scope");
    this.summaryLead = words.get("summaryLead");
    this.noFindings = words.get("noFindings");
    this.byAgency = words.get("byAgency");
    this.byAgencyLead = words.get("byAgencyLead");
    this.byProfessional = words.get("byProfessional");
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
    this.about = words.get("about");
    this.waitsFor = words.get("waitsFor");
    this.refuses = words.get("refuses");
    this.deadlockCaption = words.get("deadlockCaption");
    this.pingPongCaption = words.get("pingPongCaption");
    this.checkLine = words.get("checkLine");
    this.handOff = words.get("handOff");
    this.sentBack = words.get("sentBack");
    this.footer = words.get("footer");
    this.severities = ImmutableMap.copyOf(severities);
    this.urgency = ImmutableMap.copyOf(urgency);
    this.titles = ImmutableMap.copyOf(titles);
    this.domains = ImmutableMap.copyOf(domains);
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

  /** {@return the finding code's short title, or its code where this language has none} */
  String title(FindingCode code) {
    return titles.getOrDefault(code, code.code());
  }

  /** {@return the life domain's name, or its code where this language has none} */
  String domain(LifeDomain domain) {
    return domains.getOrDefault(domain, domain.code());
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
    w.put("byProfessional", "Professionals involved");
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
    w.put("about", "About");
    w.put("waitsFor", "waits for");
    w.put("refuses", "refuses");
    w.put("deadlockCaption", "Each agency waits for the next one: nobody starts.");
    w.put("pingPongCaption", "The same need, sent back and forth.");
    w.put("checkLine", "check");
    w.put("handOff", "sent");
    w.put("sentBack", "sent back");
    w.put("footer", "Made by casework from the caseload check. It shows ids, codes, agency names and dates only: no "
        + "names or other personal details of clients.");
    Map<Severity, String> s = new EnumMap<>(Severity.class);
    s.put(Severity.CRITICAL, "Critical");
    s.put(Severity.ERROR, "Error");
    s.put(Severity.WARNING, "Warning");
    s.put(Severity.INFO, "Info");
    Map<Severity, String> u = new EnumMap<>(Severity.class);
    u.put(Severity.CRITICAL, "a client at risk: act today");
    u.put(Severity.ERROR, "a norm breached: act now");
    u.put(Severity.WARNING, "late or drifting: act soon");
    u.put(Severity.INFO, "worth knowing");
    Map<FindingCode, String> t = new EnumMap<>(FindingCode.class);
    t.put(FindingCode.NEED_ORPHANED, "Nobody holds this need");
    t.put(FindingCode.CASE_CLOSED_WITH_OPEN_REFERRAL, "Case closed, referral still open");
    t.put(FindingCode.REFERRAL_UNKNOWN_NEED, "Referral and case disagree");
    t.put(FindingCode.REFERRAL_RESPONSE_OVERDUE, "No answer to a referral");
    t.put(FindingCode.REFERRAL_OUTCOME_OVERDUE, "No outcome of a referral");
    t.put(FindingCode.REFERRAL_WAITLIST_OVERDUE, "Still on the waiting list");
    t.put(FindingCode.REFERRAL_PING_PONG, "Sent back and forth");
    t.put(FindingCode.PRECONDITION_DEADLOCK, "Agencies wait for each other");
    t.put(FindingCode.URGENT_DEBT_THREAT_OVERDUE, "Urgent debt threat, no first conversation");
    t.put(FindingCode.FIRST_CONVERSATION_OVERDUE, "Debt request, no first conversation");
    t.put(FindingCode.ESCALATION_BEYOND_MANDATE, "Above the mandate, manager not told");
    t.put(FindingCode.ESCALATION_STALLED, "Escalation without an answer");
    t.put(FindingCode.SIGNAL_RESPONSE_OVERDUE, "Signal without a response");
    t.put(FindingCode.SIGNAL_FEEDBACK_OVERDUE, "Feedback has not reached everyone");
    t.put(FindingCode.STRUCTURAL_SIGNAL_PROPOSED, "A pattern: raise a structural signal");
    Map<LifeDomain, String> d = new EnumMap<>(LifeDomain.class);
    d.put(LifeDomain.FINANCES, "finances");
    d.put(LifeDomain.WORK_AND_EDUCATION, "work and education");
    d.put(LifeDomain.TIME_USE, "daytime activities");
    d.put(LifeDomain.HOUSING, "housing");
    d.put(LifeDomain.DOMESTIC_RELATIONS, "domestic relations");
    d.put(LifeDomain.MENTAL_HEALTH, "mental health");
    d.put(LifeDomain.PHYSICAL_HEALTH, "physical health");
    d.put(LifeDomain.SUBSTANCE_USE, "addiction");
    d.put(LifeDomain.BASIC_ADL, "basic daily living");
    d.put(LifeDomain.INSTRUMENTAL_ADL, "running a household");
    d.put(LifeDomain.SOCIAL_NETWORK, "social network");
    d.put(LifeDomain.SOCIETAL_PARTICIPATION, "taking part in society");
    d.put(LifeDomain.JUSTICE, "justice");
    return new ReportText(Locale.ENGLISH, w, s, u, t, d);
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
    w.put("byProfessional", "Betrokken professionals");
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
    w.put("about", "Over");
    w.put("waitsFor", "wacht op");
    w.put("refuses", "weigert");
    w.put("deadlockCaption", "Elke instelling wacht op de volgende: niemand begint.");
    w.put("pingPongCaption", "Dezelfde hulpvraag, heen en weer gestuurd.");
    w.put("checkLine", "check");
    w.put("handOff", "verwezen");
    w.put("sentBack", "teruggestuurd");
    w.put("footer", "Gemaakt door casework uit de caseloadcheck. Toont alleen ids, codes, namen van instellingen en "
        + "data: geen namen of andere persoonsgegevens van cliënten.");
    Map<Severity, String> s = new EnumMap<>(Severity.class);
    s.put(Severity.CRITICAL, "Kritiek");
    s.put(Severity.ERROR, "Fout");
    s.put(Severity.WARNING, "Waarschuwing");
    s.put(Severity.INFO, "Ter info");
    Map<Severity, String> u = new EnumMap<>(Severity.class);
    u.put(Severity.CRITICAL, "een cliënt in gevaar: vandaag handelen");
    u.put(Severity.ERROR, "een norm geschonden: nu handelen");
    u.put(Severity.WARNING, "te laat of aan het schuiven: binnenkort handelen");
    u.put(Severity.INFO, "goed om te weten");
    Map<FindingCode, String> t = new EnumMap<>(FindingCode.class);
    t.put(FindingCode.NEED_ORPHANED, "Tussen wal en schip: niemand houdt deze hulpvraag vast");
    t.put(FindingCode.CASE_CLOSED_WITH_OPEN_REFERRAL, "Dossier gesloten, verwijzing nog open");
    t.put(FindingCode.REFERRAL_UNKNOWN_NEED, "Verwijzing en dossier spreken elkaar tegen");
    t.put(FindingCode.REFERRAL_RESPONSE_OVERDUE, "Geen antwoord op een verwijzing");
    t.put(FindingCode.REFERRAL_OUTCOME_OVERDUE, "Geen uitkomst van een verwijzing");
    t.put(FindingCode.REFERRAL_WAITLIST_OVERDUE, "Nog steeds op de wachtlijst");
    t.put(FindingCode.REFERRAL_PING_PONG, "Van het kastje naar de muur");
    t.put(FindingCode.PRECONDITION_DEADLOCK, "Instellingen wachten op elkaar");
    t.put(FindingCode.URGENT_DEBT_THREAT_OVERDUE, "Dreigende schuld, geen eerste gesprek");
    t.put(FindingCode.FIRST_CONVERSATION_OVERDUE, "Schuldhulpvraag, geen eerste gesprek");
    t.put(FindingCode.ESCALATION_BEYOND_MANDATE, "Boven het mandaat, manager niet ingelicht");
    t.put(FindingCode.ESCALATION_STALLED, "Opschaling zonder antwoord");
    t.put(FindingCode.SIGNAL_RESPONSE_OVERDUE, "Signalering zonder reactie");
    t.put(FindingCode.SIGNAL_FEEDBACK_OVERDUE, "Terugkoppeling niet bij iedereen");
    t.put(FindingCode.STRUCTURAL_SIGNAL_PROPOSED, "Een patroon: structureel signaleren");
    Map<LifeDomain, String> d = new EnumMap<>(LifeDomain.class);
    d.put(LifeDomain.FINANCES, "financiën");
    d.put(LifeDomain.WORK_AND_EDUCATION, "werk en opleiding");
    d.put(LifeDomain.TIME_USE, "dagbesteding");
    d.put(LifeDomain.HOUSING, "huisvesting");
    d.put(LifeDomain.DOMESTIC_RELATIONS, "huiselijke relaties");
    d.put(LifeDomain.MENTAL_HEALTH, "geestelijke gezondheid");
    d.put(LifeDomain.PHYSICAL_HEALTH, "lichamelijke gezondheid");
    d.put(LifeDomain.SUBSTANCE_USE, "verslaving");
    d.put(LifeDomain.BASIC_ADL, "basale zelfzorg");
    d.put(LifeDomain.INSTRUMENTAL_ADL, "huishouden");
    d.put(LifeDomain.SOCIAL_NETWORK, "sociaal netwerk");
    d.put(LifeDomain.SOCIETAL_PARTICIPATION, "meedoen in de samenleving");
    d.put(LifeDomain.JUSTICE, "justitie");
    return new ReportText(Locale.forLanguageTag("nl"), w, s, u, t, d);
  }
}
