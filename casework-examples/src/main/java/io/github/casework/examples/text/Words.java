package io.github.casework.examples.text;

import com.google.common.collect.ImmutableMap;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Outcome;
import io.github.casework.party.Role;
import io.github.casework.referral.ReferralOutcome;
import java.util.Locale;
import java.util.Map;

/**
 * Plain words in English and Dutch for the library's codes that people read in the demo and the report: life
 * domains, urgency, roles, rungs of the escalation ladder, reasons and outcomes of escalations and referrals, and why
 * a case closed. (Findings' titles, severities and texts are {@link io.github.casework.check.FindingText}'s.)
 * Dutch is written for social workers. Every code has both words (a test fails on a missing one). Immutable and
 * thread-safe.
 */
public final class Words {
  private static final Words ENGLISH = new Words(false);
  private static final Words DUTCH = new Words(true);

  private static final ImmutableMap<LifeDomain, String[]> DOMAINS = ImmutableMap.<LifeDomain, String[]>builder()
      .put(LifeDomain.FINANCES, new String[] {"finances", "financiën"})
      .put(LifeDomain.WORK_AND_EDUCATION, new String[] {"work and education", "werk en opleiding"})
      .put(LifeDomain.TIME_USE, new String[] {"daytime activities", "dagbesteding"})
      .put(LifeDomain.HOUSING, new String[] {"housing", "huisvesting"})
      .put(LifeDomain.DOMESTIC_RELATIONS, new String[] {"domestic relations", "huiselijke relaties"})
      .put(LifeDomain.MENTAL_HEALTH, new String[] {"mental health", "geestelijke gezondheid"})
      .put(LifeDomain.PHYSICAL_HEALTH, new String[] {"physical health", "lichamelijke gezondheid"})
      .put(LifeDomain.SUBSTANCE_USE, new String[] {"addiction", "verslaving"})
      .put(LifeDomain.BASIC_ADL, new String[] {"basic daily living", "basale zelfzorg"})
      .put(LifeDomain.INSTRUMENTAL_ADL, new String[] {"running a household", "huishouden"})
      .put(LifeDomain.SOCIAL_NETWORK, new String[] {"social network", "sociaal netwerk"})
      .put(LifeDomain.SOCIETAL_PARTICIPATION, new String[] {"taking part in society", "meedoen in de samenleving"})
      .put(LifeDomain.JUSTICE, new String[] {"justice", "justitie"})
      .build();

  private static final ImmutableMap<Urgency, String[]> URGENCY = ImmutableMap.<Urgency, String[]>builder()
      .put(Urgency.ROUTINE, new String[] {"routine", "gewoon"})
      .put(Urgency.PRIORITY, new String[] {"with priority", "met voorrang"})
      .put(Urgency.URGENT, new String[] {"urgent", "urgent"})
      .put(Urgency.CRISIS, new String[] {"crisis", "crisis"})
      .build();

  private static final ImmutableMap<LadderLevel, String[]> LEVELS = ImmutableMap.<LadderLevel, String[]>builder()
      .put(LadderLevel.FRONTLINE_OFFICIAL, new String[] {"the official", "de ambtenaar"})
      .put(LadderLevel.SUPERVISOR, new String[] {"the official's superior", "de chef van de ambtenaar"})
      .put(LadderLevel.MANAGEMENT, new String[] {"the management", "de leiding"})
      .put(LadderLevel.EXECUTIVE, new String[] {"the board", "de directie"})
      .put(LadderLevel.MUNICIPALITY, new String[] {"the municipality", "de gemeente"})
      .build();

  private static final ImmutableMap<EscalationReason, String[]> REASONS =
      ImmutableMap.<EscalationReason, String[]>builder()
          .put(EscalationReason.RULE_CONFLICT, new String[] {"a rule blocks an urgent need",
              "een regel blokkeert een urgente hulpvraag"})
          .put(EscalationReason.DEADLOCK, new String[] {"the agencies wait for each other",
              "de instellingen wachten op elkaar"})
          .put(EscalationReason.DEADLINE_BREACH, new String[] {"a deadline was missed", "een termijn is verlopen"})
          .put(EscalationReason.REGULATORY_GAP, new String[] {"no rule covers this", "geen regel voorziet hierin"})
          .put(EscalationReason.DISPUTED_REFUSAL, new String[] {"she disputes the refusal", "zij betwist de weigering"})
          .build();

  private static final ImmutableMap<Outcome, String[]> OUTCOMES = ImmutableMap.<Outcome, String[]>builder()
      .put(Outcome.EXCEPTION_GRANTED, new String[] {"an exception is made", "er wordt een uitzondering gemaakt"})
      .put(Outcome.PRIORITY_GRANTED, new String[] {"priority is granted", "voorrang wordt toegekend"})
      .put(Outcome.RULE_CHANGED, new String[] {"the rule is changed", "de regel wordt aangepast"})
      .put(Outcome.REFUSED, new String[] {"refused", "geweigerd"})
      .put(Outcome.WITHDRAWN, new String[] {"withdrawn", "ingetrokken"})
      .build();

  private static final ImmutableMap<ClosureReason, String[]> CLOSURES = ImmutableMap.<ClosureReason, String[]>builder()
      .put(ClosureReason.GOALS_REACHED, new String[] {"the goals are reached", "de doelen zijn bereikt"})
      .put(ClosureReason.CLIENT_WITHDREW, new String[] {"the client withdrew", "de cliënt trok zich terug"})
      .put(ClosureReason.CLIENT_MOVED, new String[] {"the client moved", "de cliënt is verhuisd"})
      .put(ClosureReason.TRANSFERRED, new String[] {"transferred", "overgedragen"})
      .put(ClosureReason.CLIENT_UNREACHABLE, new String[] {"the client cannot be reached",
          "de cliënt is onbereikbaar"})
      .put(ClosureReason.CLIENT_DIED, new String[] {"the client died", "de cliënt is overleden"})
      .build();

  private static final ImmutableMap<Role, String[]> ROLES = ImmutableMap.<Role, String[]>builder()
      .put(Role.SOCIAL_WORKER, new String[] {"social worker", "maatschappelijk werker"})
      .put(Role.DEBT_COUNSELLOR, new String[] {"debt counsellor", "schuldhulpverlener"})
      .put(Role.ELDERLY_ADVISOR, new String[] {"elderly advisor", "ouderenadviseur"})
      .put(Role.COMMUNITY_WORKER, new String[] {"community worker", "welzijnswerker"})
      .put(Role.TEAM_LEAD, new String[] {"team lead", "teamleider"})
      .put(Role.MANAGER, new String[] {"manager", "manager"})
      .put(Role.CIVIL_SERVANT, new String[] {"official", "ambtenaar"})
      .put(Role.SENIOR_OFFICIAL, new String[] {"senior official", "hogere ambtenaar"})
      .build();

  private static final ImmutableMap<ReferralOutcome, String[]> REFERRAL_OUTCOMES =
      ImmutableMap.<ReferralOutcome, String[]>builder()
          .put(ReferralOutcome.NEED_MET, new String[] {"the need is met", "de hulpvraag is opgelost"})
          .put(ReferralOutcome.PARTLY_MET, new String[] {"the need is partly met", "de hulpvraag is deels opgelost"})
          .put(ReferralOutcome.NOT_MET, new String[] {"the need is not met", "de hulpvraag is niet opgelost"})
          .build();

  private static final ImmutableMap<BeyondMandateReason, String[]> BEYOND =
      ImmutableMap.<BeyondMandateReason, String[]>builder()
          .put(BeyondMandateReason.URGENT_NEED, new String[] {"the need could not wait",
              "de hulpvraag kon niet wachten"})
          .put(BeyondMandateReason.MANAGER_ROUTE_TOO_SLOW, new String[] {"via her manager it would take too long",
              "via haar manager duurt het te lang"})
          .put(BeyondMandateReason.OFFICIAL_DEFERRED_UPWARD, new String[] {"the official hid behind his superior",
              "de ambtenaar verschool zich achter zijn chef"})
          .put(BeyondMandateReason.MANAGER_UNAVAILABLE, new String[] {"her manager could not be reached in time",
              "haar manager was niet op tijd bereikbaar"})
          .build();

  private final int index;

  private Words(boolean dutch) {
    this.index = dutch ? 1 : 0;
  }

  /**
   * Returns the words of a language.
   *
   * @param language Dutch for a Dutch locale, English otherwise, not null
   * @return the words
   */
  public static Words of(Locale language) {
    return language.getLanguage().equals("nl") ? DUTCH : ENGLISH;
  }

  /** {@return the name of a life domain, such as {@code addiction} or {@code verslaving}} */
  public String domain(LifeDomain domain) {
    return word(DOMAINS, domain);
  }

  /** {@return how urgent a need is} */
  public String urgency(Urgency urgency) {
    return word(URGENCY, urgency);
  }

  /** {@return who a rung of the escalation ladder is, such as {@code the official}} */
  public String level(LadderLevel level) {
    return word(LEVELS, level);
  }

  /** {@return why an escalation was raised} */
  public String reason(EscalationReason reason) {
    return word(REASONS, reason);
  }

  /** {@return how an escalation ended} */
  public String outcome(Outcome outcome) {
    return word(OUTCOMES, outcome);
  }

  /** {@return a role, such as {@code team lead} or {@code teamleider}} */
  public String role(Role role) {
    return word(ROLES, role);
  }

  /** {@return what a referral's outcome means for the need} */
  public String referralOutcome(ReferralOutcome outcome) {
    return word(REFERRAL_OUTCOMES, outcome);
  }

  /** {@return why a professional stepped beyond her mandate} */
  public String beyond(BeyondMandateReason reason) {
    return word(BEYOND, reason);
  }

  /** {@return why a case closed} */
  public String closure(ClosureReason reason) {
    return word(CLOSURES, reason);
  }

  private <K extends Enum<K>> String word(Map<K, String[]> table, K key) {
    String[] words = table.get(key);
    if (words == null) {
      throw new AssertionError("bug: no words for " + key.getDeclaringClass().getSimpleName() + "." + key.name());
    }
    return words[index];
  }
}
