package io.github.casework.examples.research;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.casework.CaseworkEvent;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.examples.simulation.AreaConfig;
import io.github.casework.examples.simulation.Distribution;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.ReferralEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulation kit's arrival and service-time parameters fitted to a research export: new cases per year (a
 * Poisson rate, as {@link AreaConfig#clientsPerYear()} takes it) and, per receiving agency and pooled, the service
 * time from a referral's start to its completion (a {@link Distribution#lognormal log-normal} with the sample's
 * mean and coefficient of variation).
 *
 * <p>The export coarsens every instant to its week, so each duration is known to within a week: a start and a
 * completion in the same week count as half a week (the middle of what is possible), {@code n} weeks apart as
 * {@code 7n} days. The observed span runs from the first week with an event to the end of the last one. Ids are
 * the export's pseudonyms, so the per-agency parameters are keyed by pseudonym; the host, who holds the key, can map
 * them to its own agencies. Immutable and thread-safe.
 */
public final class ResearchFit {
  private static final double DAYS_PER_YEAR = 365.2425;
  private static final double SAME_WEEK_DAYS = 3.5;

  private final long cases;
  private final double spanDays;
  private final ImmutableMap<AgencyId, List<Double>> serviceDays;

  private ResearchFit(long cases, double spanDays, ImmutableMap<AgencyId, List<Double>> serviceDays) {
    this.cases = cases;
    this.spanDays = spanDays;
    this.serviceDays = serviceDays;
  }

  /**
   * Fits the parameters to the events of an export.
   *
   * @param events the export's events, in the order written (each history in order), not null
   * @return the fit
   */
  public static ResearchFit of(Iterable<? extends CaseworkEvent> events) {
    requireNonNull(events, "events");
    long cases = 0;
    Instant first = null;
    Instant last = null;
    Map<ReferralId, AgencyId> to = new HashMap<>();
    Map<ReferralId, Instant> started = new HashMap<>();
    Map<AgencyId, List<Double>> service = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    for (CaseworkEvent e : events) {
      first = first == null || e.at().isBefore(first) ? e.at() : first;
      last = last == null || e.at().isAfter(last) ? e.at() : last;
      if (e instanceof CaseEvent.Opened) {
        cases++;
      } else if (e instanceof ReferralEvent.Drafted d) {
        to.put(d.referralId(), d.to());
      } else if (e instanceof ReferralEvent.Started s) {
        started.put(s.referralId(), s.at());
      } else if (e instanceof ReferralEvent.Completed c && started.containsKey(c.referralId())
          && to.containsKey(c.referralId())) {
        long days = Duration.between(started.get(c.referralId()), c.at()).toDays();
        service.computeIfAbsent(to.get(c.referralId()), a -> new ArrayList<>())
            .add(days < 7 ? SAME_WEEK_DAYS : 7.0 * Math.round(days / 7.0));
      }
    }
    double span = first == null ? 0 : Duration.between(first, last).toDays() + 7;
    ImmutableMap.Builder<AgencyId, List<Double>> b = ImmutableMap.builder();
    service.forEach((k, v) -> b.put(k, List.copyOf(v)));
    return new ResearchFit(cases, span, b.build());
  }

  /** {@return the number of cases opened in the export} */
  public long cases() {
    return cases;
  }

  /** {@return the days the export spans, from the first week with an event to the end of the last; 0 if empty} */
  public double spanDays() {
    return spanDays;
  }

  /** {@return the new cases per year: cases over the span; empty if the export holds no case} */
  public Optional<Double> casesPerYear() {
    return cases == 0 ? Optional.empty() : Optional.of(cases * DAYS_PER_YEAR / spanDays);
  }

  /**
   * Returns the arrivals as the simulation kit configures an area.
   *
   * @param area the area's code, not null
   * @return the area with the fitted rate; empty if the export holds no case
   * @throws io.github.casework.InvalidValueException if the code is not a valid area code
   */
  public Optional<AreaConfig> area(String area) {
    requireNonNull(area, "area");
    return casesPerYear().map(rate -> new AreaConfig(area, rate));
  }

  /** {@return the pooled service time over all agencies; empty with fewer than two completed services} */
  public Optional<Distribution> serviceDays() {
    List<Double> all = new ArrayList<>();
    serviceDays.values().forEach(all::addAll);
    return fit(all);
  }

  /** {@return the service time per receiving agency (by pseudonym), for agencies with two or more completions} */
  public ImmutableMap<AgencyId, Distribution> serviceDaysByAgency() {
    ImmutableMap.Builder<AgencyId, Distribution> b = ImmutableMap.builder();
    serviceDays.forEach((agency, days) -> fit(days).ifPresent(d -> b.put(agency, d)));
    return b.build();
  }

  /** A log-normal with the sample's mean and coefficient of variation; a constant if all durations are equal. */
  private static Optional<Distribution> fit(List<Double> days) {
    if (days.size() < 2) {
      return Optional.empty();
    }
    double mean = days.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double var = days.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / (days.size() - 1);
    double cv = Math.sqrt(var) / mean;
    return Optional.of(cv > 0 ? Distribution.lognormal(mean, cv) : new Distribution(Distribution.CONSTANT, mean, 0));
  }

  @Override
  public String toString() {
    return "ResearchFit[cases=" + cases + ", spanDays=" + spanDays + ", agencies=" + serviceDays.size() + "]";
  }
}
