package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableList;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Outcome;

/**
 * The names of the measures of a run, as they appear in {@link RunResult#metrics()} and in the summary files.
 * Counts are over the whole simulated period; queues start empty, so early weeks show no waiting lists yet.
 *
 * <ul>
 *   <li>{@value #CLIENTS}: clients who arrived, returning clients included; {@value #RETURNING_CLIENTS}: of those,
 *       clients who came back after dropping out, with a worse problem;
 *   <li>{@value #NEEDS}: needs registered; {@value #NEEDS_MET}: needs met (a service completed with the need met,
 *       by the intake agency itself or through a referral); {@value #NEEDS_MET_FRACTION}: their share;
 *   <li>{@value #RESOLUTION_MEAN_DAYS}, {@value #RESOLUTION_MEDIAN_DAYS}, {@value #RESOLUTION_P95_DAYS}: days from a
 *       met need's registration to the service that met it (mean, median, 95th percentile; 0 if none was met);
 *   <li>{@value #DROP_OUTS}: clients who left a waiting list because their patience ran out;
 *   <li>{@value #CLIENTS_BETWEEN_CRACKS}, {@value #NEEDS_BETWEEN_CRACKS}: clients and needs that fell between the
 *       cracks, as defined by {@link Cracks}, each counted once, at the moment they first qualify;
 *   <li>{@value #NEEDS_UNMET_RECORDED}: needs that ended unmet with a recorded disposition (someone accountable
 *       recorded why), {@value #REGULATORY_GAPS}: needs in a life domain no agency serves;
 *   <li>{@value #REFERRALS}: referrals sent; {@value #REFUSALS}: referrals refused;
 *   <li>{@value #DEADLOCKS_FORMED}: precondition deadlocks that formed in a client's referral network (found by
 *       {@link io.github.casework.referral.ReferralNetwork#deadlocks()} after each precondition refusal, whatever the
 *       policy); {@value #DEADLOCKS_DETECTED}: of those, found by a referrer at a follow-up;
 *       {@value #DEADLOCKS_RESOLVED}: broken by an escalation that won an exception;
 *   <li>{@value #ESCALATIONS}: escalations raised; {@code escalations_reached_<level>}: resolved escalations by the
 *       highest ladder level they reached; {@code escalations_outcome_<outcome>}: by outcome (level and outcome
 *       codes with underscores for hyphens);
 *   <li>{@value #SIGNALS_RAISED}: signals raised from the detector's proposals; {@value #SIGNALS_ANSWERED}: answered
 *       and closed after feedback; {@value #SIGNALS_ANSWERED_LATE}: of those, answered after their response due
 *       date;
 *   <li>{@value #CASES_CLOSED}: cases closed (possible only once no need is open);
 *   <li>{@value #SIMULATION_EVENTS}: events the calendar ran; {@value #DOMAIN_EVENTS}: events the library's
 *       aggregates produced.
 * </ul>
 */
public final class Metrics {
  /** Clients who arrived. */
  public static final String CLIENTS = "clients";
  /** Clients who came back after dropping out. */
  public static final String RETURNING_CLIENTS = "returning_clients";
  /** Needs registered. */
  public static final String NEEDS = "needs";
  /** Needs met. */
  public static final String NEEDS_MET = "needs_met";
  /** The share of needs met. */
  public static final String NEEDS_MET_FRACTION = "needs_met_fraction";
  /** Mean days to resolution of met needs. */
  public static final String RESOLUTION_MEAN_DAYS = "resolution_mean_days";
  /** Median days to resolution of met needs. */
  public static final String RESOLUTION_MEDIAN_DAYS = "resolution_median_days";
  /** 95th percentile of days to resolution of met needs. */
  public static final String RESOLUTION_P95_DAYS = "resolution_p95_days";
  /** Clients who left a waiting list. */
  public static final String DROP_OUTS = "drop_outs";
  /** Clients who fell between the cracks. */
  public static final String CLIENTS_BETWEEN_CRACKS = "clients_between_cracks";
  /** Needs that fell between the cracks. */
  public static final String NEEDS_BETWEEN_CRACKS = "needs_between_cracks";
  /** Needs that ended unmet with a recorded disposition. */
  public static final String NEEDS_UNMET_RECORDED = "needs_unmet_recorded";
  /** Needs in a life domain no agency serves. */
  public static final String REGULATORY_GAPS = "regulatory_gaps";
  /** Referrals sent. */
  public static final String REFERRALS = "referrals";
  /** Referrals refused. */
  public static final String REFUSALS = "refusals";
  /** Precondition deadlocks formed. */
  public static final String DEADLOCKS_FORMED = "deadlocks_formed";
  /** Precondition deadlocks found by a referrer. */
  public static final String DEADLOCKS_DETECTED = "deadlocks_detected";
  /** Precondition deadlocks broken by an escalation. */
  public static final String DEADLOCKS_RESOLVED = "deadlocks_resolved";
  /** Escalations raised. */
  public static final String ESCALATIONS = "escalations";
  /** Signals raised. */
  public static final String SIGNALS_RAISED = "signals_raised";
  /** Signals answered. */
  public static final String SIGNALS_ANSWERED = "signals_answered";
  /** Signals answered after their due date. */
  public static final String SIGNALS_ANSWERED_LATE = "signals_answered_late";
  /** Cases closed. */
  public static final String CASES_CLOSED = "cases_closed";
  /** Calendar events run. */
  public static final String SIMULATION_EVENTS = "simulation_events";
  /** Domain events produced. */
  public static final String DOMAIN_EVENTS = "domain_events";

  /** Every measure, in output order. */
  public static final ImmutableList<String> NAMES = names();

  private Metrics() {}

  /**
   * Returns the name of the count of resolved escalations that reached a level.
   *
   * @param level the highest level reached, not null
   * @return the name, such as {@code escalations_reached_supervisor}
   */
  public static String reached(LadderLevel level) {
    return "escalations_reached_" + level.code().replace('-', '_');
  }

  /**
   * Returns the name of the count of escalations with an outcome.
   *
   * @param outcome the outcome, not null
   * @return the name, such as {@code escalations_outcome_exception_granted}
   */
  public static String outcome(Outcome outcome) {
    return "escalations_outcome_" + outcome.code().replace('-', '_');
  }

  private static ImmutableList<String> names() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    b.add(CLIENTS, RETURNING_CLIENTS, NEEDS, NEEDS_MET, NEEDS_MET_FRACTION, RESOLUTION_MEAN_DAYS,
        RESOLUTION_MEDIAN_DAYS, RESOLUTION_P95_DAYS, DROP_OUTS, CLIENTS_BETWEEN_CRACKS, NEEDS_BETWEEN_CRACKS,
        NEEDS_UNMET_RECORDED, REGULATORY_GAPS, REFERRALS, REFUSALS, DEADLOCKS_FORMED, DEADLOCKS_DETECTED,
        DEADLOCKS_RESOLVED, ESCALATIONS);
    for (LadderLevel l : LadderLevel.values()) {
      b.add(reached(l));
    }
    for (Outcome o : Outcome.values()) {
      b.add(outcome(o));
    }
    b.add(SIGNALS_RAISED, SIGNALS_ANSWERED, SIGNALS_ANSWERED_LATE, CASES_CLOSED, SIMULATION_EVENTS, DOMAIN_EVENTS);
    return b.build();
  }
}
