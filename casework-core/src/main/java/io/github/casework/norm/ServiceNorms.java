package io.github.casework.norm;

import static java.util.Objects.requireNonNull;

import java.time.Period;
import java.time.ZoneId;

/**
 * The time limits an agency works to, as data an embedding system can override, with the calendar and zone
 * in which they are counted. Use {@link #dutchDefaults()} and the withers. Immutable and thread-safe.
 *
 * <p>Defaults and their sources:
 * <ul>
 *   <li>{@code urgentDebtThreatResponse}: 3 working days — Wet gemeentelijke schuldhulpverlening (Wgs) art. 4a
 *       para. 2: after a request with a threatened eviction, cut-off of energy or drinking water, or termination
 *       of the health insurance, a first conversation takes place within three working days.</li>
 *   <li>{@code firstConversation}: 4 weeks — Wgs art. 4a para. 1: a first conversation within four weeks of a
 *       request for debt assistance.</li>
 *   <li>{@code signalResponse}: one quarter — the welfare practice in the seed article, where signals
 *       (signaleringen) are handed in every three months; a manager answers before the next round.</li>
 *   <li>{@code referralResponse}: 5 working days, {@code referralFollowUp}: 4 weeks,
 *       {@code escalationStepResponse}: 10 working days — casework's own defaults, not from a statute; an
 *       agency should set its own.</li>
 * </ul>
 *
 * @param referralResponse how long a receiving agency has to respond to a referral, not null
 * @param referralFollowUp how long after acceptance the referrer follows up on the outcome, not null
 * @param signalResponse how long a manager has to respond to a signal, not null
 * @param urgentDebtThreatResponse how soon an urgent debt threat must be answered, not null
 * @param firstConversation how soon a request for debt assistance gets a first conversation, not null
 * @param escalationStepResponse how long an addressed level has to answer an escalation, not null
 * @param calendar the working-day calendar, not null
 * @param zone the zone in which dates are read, not null
 */
public record ServiceNorms(TimeLimit referralResponse, TimeLimit referralFollowUp, TimeLimit signalResponse,
    TimeLimit urgentDebtThreatResponse, TimeLimit firstConversation, TimeLimit escalationStepResponse,
    WorkingDayCalendar calendar, ZoneId zone) {

  private static final ServiceNorms DUTCH = new ServiceNorms(TimeLimit.workingDays(5), TimeLimit.of(Period.ofWeeks(4)),
      TimeLimit.of(Period.ofMonths(3)), TimeLimit.workingDays(3), TimeLimit.of(Period.ofWeeks(4)),
      TimeLimit.workingDays(10), DutchHolidays.standard(), ZoneId.of("Europe/Amsterdam"));

  /**
   * Validates the components.
   *
   * @param referralResponse how long a receiving agency has to respond to a referral, not null
   * @param referralFollowUp how long after acceptance the referrer follows up on the outcome, not null
   * @param signalResponse how long a manager has to respond to a signal, not null
   * @param urgentDebtThreatResponse how soon an urgent debt threat must be answered, not null
   * @param firstConversation how soon a request for debt assistance gets a first conversation, not null
   * @param escalationStepResponse how long an addressed level has to answer an escalation, not null
   * @param calendar the working-day calendar, not null
   * @param zone the zone in which dates are read, not null
   */
  public ServiceNorms {
    requireNonNull(referralResponse, "referralResponse");
    requireNonNull(referralFollowUp, "referralFollowUp");
    requireNonNull(signalResponse, "signalResponse");
    requireNonNull(urgentDebtThreatResponse, "urgentDebtThreatResponse");
    requireNonNull(firstConversation, "firstConversation");
    requireNonNull(escalationStepResponse, "escalationStepResponse");
    requireNonNull(calendar, "calendar");
    requireNonNull(zone, "zone");
  }

  /**
   * Returns the Dutch defaults described in the class documentation, counted in Europe/Amsterdam with
   * {@link DutchHolidays#standard()}.
   *
   * @return the defaults
   */
  public static ServiceNorms dutchDefaults() {
    return DUTCH;
  }

  /**
   * Returns a copy with another referral response limit.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withReferralResponse(TimeLimit limit) {
    return limit.equals(referralResponse) ? this : new ServiceNorms(limit, referralFollowUp, signalResponse,
        urgentDebtThreatResponse, firstConversation, escalationStepResponse, calendar, zone);
  }

  /**
   * Returns a copy with another referral follow-up limit.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withReferralFollowUp(TimeLimit limit) {
    return limit.equals(referralFollowUp) ? this : new ServiceNorms(referralResponse, limit, signalResponse,
        urgentDebtThreatResponse, firstConversation, escalationStepResponse, calendar, zone);
  }

  /**
   * Returns a copy with another signal response limit.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withSignalResponse(TimeLimit limit) {
    return limit.equals(signalResponse) ? this : new ServiceNorms(referralResponse, referralFollowUp, limit,
        urgentDebtThreatResponse, firstConversation, escalationStepResponse, calendar, zone);
  }

  /**
   * Returns a copy with another limit for answering urgent debt threats.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withUrgentDebtThreatResponse(TimeLimit limit) {
    return limit.equals(urgentDebtThreatResponse) ? this : new ServiceNorms(referralResponse, referralFollowUp,
        signalResponse, limit, firstConversation, escalationStepResponse, calendar, zone);
  }

  /**
   * Returns a copy with another first-conversation limit.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withFirstConversation(TimeLimit limit) {
    return limit.equals(firstConversation) ? this : new ServiceNorms(referralResponse, referralFollowUp,
        signalResponse, urgentDebtThreatResponse, limit, escalationStepResponse, calendar, zone);
  }

  /**
   * Returns a copy with another limit for answering an escalation step.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withEscalationStepResponse(TimeLimit limit) {
    return limit.equals(escalationStepResponse) ? this : new ServiceNorms(referralResponse, referralFollowUp,
        signalResponse, urgentDebtThreatResponse, firstConversation, limit, calendar, zone);
  }

  /**
   * Returns a copy counting working days with another calendar.
   *
   * @param newCalendar the calendar, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withCalendar(WorkingDayCalendar newCalendar) {
    return newCalendar.equals(calendar) ? this : new ServiceNorms(referralResponse, referralFollowUp,
        signalResponse, urgentDebtThreatResponse, firstConversation, escalationStepResponse, newCalendar, zone);
  }

  /**
   * Returns a copy reading dates in another zone.
   *
   * @param newZone the zone, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withZone(ZoneId newZone) {
    return newZone.equals(zone) ? this : new ServiceNorms(referralResponse, referralFollowUp, signalResponse,
        urgentDebtThreatResponse, firstConversation, escalationStepResponse, calendar, newZone);
  }

  /**
   * Returns when a limit counted from {@code start} is reached, with these norms' calendar and zone.
   *
   * @param limit the limit, not null
   * @param start the start, not null
   * @return the due instant
   */
  public java.time.Instant due(TimeLimit limit, java.time.Instant start) {
    return limit.dueAfter(start, calendar, zone);
  }
}
