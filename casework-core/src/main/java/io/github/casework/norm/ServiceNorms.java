package io.github.casework.norm;

import static java.util.Objects.requireNonNull;

import io.github.casework.Deadline;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time limits an agency works to, as data an embedding system can override, with the calendar and zone
 * in which they are counted; {@link #deadline(TimeLimit)} turns a limit into the {@link Deadline} a command takes.
 * The signal response is the exception: it is a deadline already, counted on its own calendar (see below). Use
 * {@link #dutchDefaults()} and the withers. Immutable and thread-safe.
 *
 * <p>Defaults and their sources:
 * <ul>
 *   <li>{@code urgentDebtThreatResponse}: 3 working days — Wet gemeentelijke schuldhulpverlening (Wgs) art. 4a
 *       para. 2: after a request with a threatened eviction, cut-off of energy or drinking water, or termination
 *       of the health insurance, a first conversation takes place within three working days.</li>
 *   <li>{@code firstConversation}: 4 weeks — Wgs art. 4a para. 1: a first conversation within four weeks of a
 *       request for debt assistance.</li>
 *   <li>{@code signalResponse}: one quarter — the welfare practice in the seed article, where signals
 *       (signaleringen) are handed in every three months; a manager answers before the next round. This is the
 *       rule {@link io.github.casework.signal.Signal#defaultResponseDue} applies. It is counted on the UTC
 *       calendar whatever this instance's zone, because the due dates of signals already written were computed
 *       that way (three months later at the same UTC time, so an hour off local time across a change of summer
 *       time); a {@link Deadline} rather than a {@link TimeLimit} so that it carries its own zone.</li>
 *   <li>{@code referralResponse}: 5 working days, {@code referralFollowUp}: 4 weeks,
 *       {@code escalationStepResponse}: 10 working days — casework's own defaults, not from a statute; an
 *       agency should set its own.</li>
 *   <li>{@code informManager}: 2 working days — a house default, no published norm: how soon a professional who
 *       stepped beyond the mandate on their own (see {@link io.github.casework.escalation.Mandate}) tells the own
 *       manager. Short enough that the manager hears it from the professional before hearing it from the other
 *       agency, long enough not to turn the step back into asking permission. An agency should set its own.</li>
 * </ul>
 *
 * @param referralResponse how long a receiving agency has to respond to a referral, not null
 * @param referralFollowUp how long after acceptance the referrer follows up on the outcome, not null
 * @param signalResponse when a manager's response to a signal is due, counted from raising it, not null
 * @param urgentDebtThreatResponse how soon an urgent debt threat must be answered, not null
 * @param firstConversation how soon a request for debt assistance gets a first conversation, not null
 * @param escalationStepResponse how long an addressed level has to answer an escalation, not null
 * @param informManager how soon the own manager is informed of a step beyond the mandate, counted from the first
 *     such step, not null
 * @param calendar the working-day calendar, not null
 * @param zone the zone in which dates are read, not null
 */
public record ServiceNorms(TimeLimit referralResponse, TimeLimit referralFollowUp, Deadline signalResponse,
    TimeLimit urgentDebtThreatResponse, TimeLimit firstConversation, TimeLimit escalationStepResponse,
    TimeLimit informManager, WorkingDayCalendar calendar, ZoneId zone) {

  private static final ServiceNorms DUTCH = new ServiceNorms(TimeLimit.workingDays(5), TimeLimit.of(Period.ofWeeks(4)),
      new CalendarDeadline(TimeLimit.of(Period.ofMonths(3)), DutchHolidays.standard(), ZoneOffset.UTC),
      TimeLimit.workingDays(3), TimeLimit.of(Period.ofWeeks(4)), TimeLimit.workingDays(10), TimeLimit.workingDays(2),
      DutchHolidays.standard(), ZoneId.of("Europe/Amsterdam"));

  /**
   * Validates the components.
   *
   * @param referralResponse how long a receiving agency has to respond to a referral, not null
   * @param referralFollowUp how long after acceptance the referrer follows up on the outcome, not null
   * @param signalResponse when a manager's response to a signal is due, counted from raising it, not null
   * @param urgentDebtThreatResponse how soon an urgent debt threat must be answered, not null
   * @param firstConversation how soon a request for debt assistance gets a first conversation, not null
   * @param escalationStepResponse how long an addressed level has to answer an escalation, not null
   * @param informManager how soon the own manager is informed of a step beyond the mandate, not null
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
    requireNonNull(informManager, "informManager");
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
        urgentDebtThreatResponse, firstConversation, escalationStepResponse, informManager, calendar, zone);
  }

  /**
   * Returns a copy with another referral follow-up limit.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withReferralFollowUp(TimeLimit limit) {
    return limit.equals(referralFollowUp) ? this : new ServiceNorms(referralResponse, limit, signalResponse,
        urgentDebtThreatResponse, firstConversation, escalationStepResponse, informManager, calendar, zone);
  }

  /**
   * Returns a copy with another signal response deadline, such as {@code norms.deadline(TimeLimit.of(
   * Period.ofMonths(3)))} to count the quarter in the norms' own zone.
   *
   * @param limit the deadline, counted from raising a signal, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withSignalResponse(Deadline limit) {
    return limit.equals(signalResponse) ? this : new ServiceNorms(referralResponse, referralFollowUp, limit,
        urgentDebtThreatResponse, firstConversation, escalationStepResponse, informManager, calendar, zone);
  }

  /**
   * Returns a copy with another limit for answering urgent debt threats.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withUrgentDebtThreatResponse(TimeLimit limit) {
    return limit.equals(urgentDebtThreatResponse) ? this : new ServiceNorms(referralResponse, referralFollowUp,
        signalResponse, limit, firstConversation, escalationStepResponse, informManager, calendar, zone);
  }

  /**
   * Returns a copy with another first-conversation limit.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withFirstConversation(TimeLimit limit) {
    return limit.equals(firstConversation) ? this : new ServiceNorms(referralResponse, referralFollowUp,
        signalResponse, urgentDebtThreatResponse, limit, escalationStepResponse, informManager, calendar, zone);
  }

  /**
   * Returns a copy with another limit for answering an escalation step.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withEscalationStepResponse(TimeLimit limit) {
    return limit.equals(escalationStepResponse) ? this : new ServiceNorms(referralResponse, referralFollowUp,
        signalResponse, urgentDebtThreatResponse, firstConversation, limit, informManager, calendar, zone);
  }

  /**
   * Returns a copy with another limit for informing the own manager of a step beyond the mandate.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withInformManager(TimeLimit limit) {
    return limit.equals(informManager) ? this : new ServiceNorms(referralResponse, referralFollowUp,
        signalResponse, urgentDebtThreatResponse, firstConversation, escalationStepResponse, limit, calendar, zone);
  }

  /**
   * Returns a copy counting working days with another calendar.
   *
   * @param newCalendar the calendar, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withCalendar(WorkingDayCalendar newCalendar) {
    return newCalendar.equals(calendar) ? this : new ServiceNorms(referralResponse, referralFollowUp,
        signalResponse, urgentDebtThreatResponse, firstConversation, escalationStepResponse, informManager,
        newCalendar, zone);
  }

  /**
   * Returns a copy reading dates in another zone.
   *
   * @param newZone the zone, not null
   * @return the norms; this instance if unchanged
   */
  public ServiceNorms withZone(ZoneId newZone) {
    return newZone.equals(zone) ? this : new ServiceNorms(referralResponse, referralFollowUp, signalResponse,
        urgentDebtThreatResponse, firstConversation, escalationStepResponse, informManager, calendar, newZone);
  }

  /**
   * Returns the deadline a limit sets when counted with these norms' calendar and zone, such as
   * {@code norms.deadline(norms.referralResponse())} for a {@code ReferralCommand.Send}.
   *
   * @param limit the limit, one of these norms or any other, not null
   * @return the deadline
   */
  public CalendarDeadline deadline(TimeLimit limit) {
    return new CalendarDeadline(limit, calendar, zone);
  }
}
