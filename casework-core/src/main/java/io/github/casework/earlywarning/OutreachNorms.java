package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import io.github.casework.norm.TimeLimit;
import java.time.Period;

/**
 * The time limits of early-warning outreach that no statute sets, as data an embedding system overrides; they are
 * counted with the calendar and zone of the {@link io.github.casework.norm.ServiceNorms} they are used with. A
 * crisis signal's limit is not here: it is the Wgs urgent-threat norm,
 * {@link io.github.casework.norm.ServiceNorms#urgentDebtThreatResponse()} (three working days). Immutable and
 * thread-safe.
 *
 * <p>Defaults and their sources:
 * <ul>
 *   <li>{@code firstAttempt}: 5 working days from receiving a signal that is not a crisis signal — a house
 *       default of casework, not a statute: the Wgs (art. 2.2.1) obliges the municipality to offer help after a
 *       signal but sets no time for the first attempt. One working week keeps an ordinary signal behind a crisis
 *       signal (three working days) and well inside the month that one DDAS delivery reports on. An agency
 *       should set its own.</li>
 *   <li>{@code endResult}: 8 weeks from opening the outreach case — a house default of casework, not a statute:
 *       the DDAS quick-fix result counts help that lets the resident clear the arrears within 30 days of
 *       accepting it (detail model of the DDAS Uitwisselmodel, EnumEindresultaat), so a case without any end
 *       result after twice that is stuck rather than busy. An agency should set its own.</li>
 * </ul>
 *
 * @param firstAttempt how soon a signal that is not a crisis signal gets a first contact attempt, not null
 * @param endResult how soon an outreach case has an end result, counted from its opening, not null
 */
public record OutreachNorms(TimeLimit firstAttempt, TimeLimit endResult) {

  private static final OutreachNorms DEFAULTS =
      new OutreachNorms(TimeLimit.workingDays(5), TimeLimit.of(Period.ofWeeks(8)));

  /**
   * Validates the components.
   *
   * @param firstAttempt how soon a signal that is not a crisis signal gets a first attempt, not null
   * @param endResult how soon an outreach case has an end result, not null
   */
  public OutreachNorms {
    requireNonNull(firstAttempt, "firstAttempt");
    requireNonNull(endResult, "endResult");
  }

  /** {@return the house defaults described in the class documentation} */
  public static OutreachNorms defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another first-attempt limit.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public OutreachNorms withFirstAttempt(TimeLimit limit) {
    requireNonNull(limit, "limit");
    return limit.equals(firstAttempt) ? this : new OutreachNorms(limit, endResult);
  }

  /**
   * Returns a copy with another end-result limit.
   *
   * @param limit the limit, not null
   * @return the norms; this instance if unchanged
   */
  public OutreachNorms withEndResult(TimeLimit limit) {
    requireNonNull(limit, "limit");
    return limit.equals(endResult) ? this : new OutreachNorms(firstAttempt, limit);
  }
}
