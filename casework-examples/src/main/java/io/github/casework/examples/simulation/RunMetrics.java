package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.Quantiles;
import com.google.common.math.Stats;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run counts: the totals of {@link Metrics#NAMES}, the same counts week by week with the waiting lists
 * at the end of each week, and the days to resolution of met needs (kept whole, for the exact median and 95th
 * percentile: one double per met need). Memory is fixed by the number of weeks, plus eight bytes per met need.
 * Not thread-safe: one per run.
 */
final class RunMetrics {
  static final String ARRIVALS = "arrivals";
  static final String WAITING_TOTAL = "waiting_total";

  private final int weeks;
  private final long[] counts = new long[Metrics.NAMES.size()];
  private final ImmutableMap<String, Integer> metricIndex;
  private final long[][] weekly;
  private final ImmutableList<String> weeklyColumns;
  // The weekly column of each metric, -1 if it has none.
  private final int[] weeklyColumnOf;
  private final int waitingTotal;
  private double[] resolutionDays = new double[1024];
  private int resolved;
  private long domainEvents;

  RunMetrics(int weeks, Collection<String> agencyIds) {
    this.weeks = weeks;
    ImmutableMap.Builder<String, Integer> metrics = ImmutableMap.builder();
    for (int i = 0; i < Metrics.NAMES.size(); i++) {
      metrics.put(Metrics.NAMES.get(i), i);
    }
    this.metricIndex = metrics.build();
    ImmutableList.Builder<String> cols = ImmutableList.<String>builder().add(ARRIVALS, Metrics.NEEDS,
        Metrics.NEEDS_MET, Metrics.DROP_OUTS, Metrics.RETURNING_CLIENTS, Metrics.NEEDS_BETWEEN_CRACKS,
        Metrics.CLIENTS_BETWEEN_CRACKS, Metrics.REFERRALS, Metrics.REFUSALS, Metrics.ESCALATIONS,
        Metrics.SIGNALS_RAISED, WAITING_TOTAL);
    for (String id : agencyIds) {
      cols.add("waiting_" + id.replace('-', '_'));
    }
    this.weeklyColumns = cols.build();
    this.weeklyColumnOf = new int[Metrics.NAMES.size()];
    for (int i = 0; i < weeklyColumnOf.length; i++) {
      weeklyColumnOf[i] = weeklyColumns.indexOf(Metrics.NAMES.get(i));
    }
    this.waitingTotal = weeklyColumns.indexOf(WAITING_TOTAL);
    this.weekly = new long[weeks][weeklyColumns.size()];
  }

  /** Counts one of a metric in the week of day {@code today}. */
  void count(String metric, double today) {
    int i = metricIndex.get(metric);
    counts[i]++;
    int c = weeklyColumnOf[i];
    if (c >= 0) {
      weekly[week(today)][c]++;
    }
  }

  /** Counts an arrival (a weekly column only). */
  void arrival(double today) {
    weekly[week(today)][0]++;
  }

  void domainEvents(int n) {
    domainEvents += n;
  }

  void resolved(double daysToResolve) {
    if (resolved == resolutionDays.length) {
      resolutionDays = Arrays.copyOf(resolutionDays, resolved * 2);
    }
    resolutionDays[resolved++] = daysToResolve;
  }

  /** Records the waiting lists at the end of a week, in the order of the agency ids given at construction. */
  void snapshot(int week, int[] waiting) {
    long total = 0;
    for (int k = 0; k < waiting.length; k++) {
      weekly[week][waitingTotal + 1 + k] = waiting[k];
      total += waiting[k];
    }
    weekly[week][waitingTotal] = total;
  }

  private int week(double today) {
    return Math.min((int) (today / 7), weeks - 1);
  }

  RunResult result(Policy policy, int replication, long simulationEvents) {
    double[] r = Arrays.copyOf(resolutionDays, resolved);
    long needs = counts[metricIndex.get(Metrics.NEEDS)];
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      m.put(Metrics.NAMES.get(i), (double) counts[i]);
    }
    m.put(Metrics.NEEDS_MET_FRACTION, needs == 0 ? 0 : counts[metricIndex.get(Metrics.NEEDS_MET)] / (double) needs);
    m.put(Metrics.RESOLUTION_MEAN_DAYS, r.length == 0 ? 0 : Stats.meanOf(r));
    m.put(Metrics.RESOLUTION_MEDIAN_DAYS, r.length == 0 ? 0 : Quantiles.median().computeInPlace(r));
    m.put(Metrics.RESOLUTION_P95_DAYS, r.length == 0 ? 0 : Quantiles.percentiles().index(95).computeInPlace(r));
    m.put(Metrics.SIMULATION_EVENTS, (double) simulationEvents);
    m.put(Metrics.DOMAIN_EVENTS, (double) domainEvents);
    return new RunResult(policy, replication, ImmutableMap.copyOf(m), new WeeklySeries(weeklyColumns, weekly));
  }
}
