package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.RuleViolationException;
import io.github.casework.id.CaseId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proposes structural signals from repetition: over the escalations and refusals of one quarter, it groups
 * {@link Incident}s of the same {@link IncidentShape} and proposes a signal for every group that concerns at
 * least {@link #threshold()} different cases. This turns "an incident with an incidental solution", repeated,
 * into a question for the organisation.
 *
 * <p><b>Rules.</b> The window is the quarter on the calendar of {@link #zone()} (Europe/Amsterdam unless
 * given). The threshold counts distinct cases, not incidents: one client refused five times is ping-pong (a
 * matter for that client's referrals), five clients refused once each is a pattern. The trend compares the
 * distinct cases of the same shape in the previous quarter (see {@link Trend#between}). Incidents outside both
 * quarters are ignored. An incident given twice is counted once; two different incidents with the same kind and
 * id are a conflict.
 *
 * <p><b>Order.</b> The output does not depend on the order of the input: proposals are sorted by number of
 * distinct cases (most first), then by shape; each proposal lists its incidents by time, kind and id.
 *
 * <p>A pure function of its input. Immutable and thread-safe.
 */
public final class SignalDetector {
  /** The zone whose calendar defines quarters unless another is given. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");

  private final int threshold;
  private final ZoneId zone;

  private SignalDetector(int threshold, ZoneId zone) {
    this.threshold = threshold;
    this.zone = zone;
  }

  /**
   * Returns a detector on the calendar of {@link #DEFAULT_ZONE}.
   *
   * @param threshold the number of distinct cases a group needs, at least 1
   * @return the detector
   * @throws InvalidValueException if the threshold is less than 1
   */
  public static SignalDetector of(int threshold) {
    return of(threshold, DEFAULT_ZONE);
  }

  /**
   * Returns a detector.
   *
   * @param threshold the number of distinct cases a group needs, at least 1
   * @param zone the zone whose calendar defines quarters, not null
   * @return the detector
   * @throws InvalidValueException if the threshold is less than 1
   */
  public static SignalDetector of(int threshold, ZoneId zone) {
    requireNonNull(zone, "zone");
    if (threshold < 1) {
      throw new InvalidValueException(SignalCodes.DETECTOR_THRESHOLD, "SignalDetector.threshold",
          "must be at least 1");
    }
    return new SignalDetector(threshold, zone);
  }

  /**
   * Returns the number of distinct cases a group needs.
   *
   * @return the number of distinct cases a group needs
   */
  public int threshold() {
    return threshold;
  }

  /**
   * Returns the zone whose calendar defines quarters.
   *
   * @return the zone whose calendar defines quarters
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Proposes the structural signals of one quarter.
   *
   * @param incidents escalations and refusals, in any order, possibly from other quarters, not null
   * @param period the quarter to look at, not null
   * @return the proposals, in the order described on this type; empty if no group reaches the threshold
   * @throws RuleViolationException if two different incidents share a kind and id
   *     ({@link SignalCodes#CONFLICTING_INCIDENT})
   */
  public ImmutableList<SignalProposal> detect(Iterable<Incident> incidents, Quarter period) {
    requireNonNull(incidents, "incidents");
    requireNonNull(period, "period");
    Instant start = period.start(zone);
    Instant end = period.end(zone);
    Instant previousStart = period.equals(Quarter.MIN) ? start : period.previous().start(zone);

    Map<String, Incident> byKey = new HashMap<>();
    Map<IncidentShape, List<Incident>> current = new TreeMap<>();
    Map<IncidentShape, Set<CaseId>> previous = new HashMap<>();
    for (Incident i : incidents) {
      requireNonNull(i, "incident");
      Incident earlier = byKey.putIfAbsent(i.kind().code() + ":" + i.id(), i);
      if (earlier != null) {
        if (!earlier.equals(i)) {
          throw new RuleViolationException(SignalCodes.CONFLICTING_INCIDENT, i.id(),
              "two different " + i.kind().code() + " incidents carry the same id");
        }
        continue;
      }
      if (!i.at().isBefore(start) && i.at().isBefore(end)) {
        current.computeIfAbsent(i.shape(), s -> new ArrayList<>()).add(i);
      } else if (!i.at().isBefore(previousStart) && i.at().isBefore(start)) {
        previous.computeIfAbsent(i.shape(), s -> new HashSet<>()).add(i.caseId());
      }
    }

    List<SignalProposal> proposals = new ArrayList<>();
    for (Map.Entry<IncidentShape, List<Incident>> group : current.entrySet()) {
      long cases = group.getValue().stream().map(Incident::caseId).distinct().count();
      if (cases >= threshold) {
        int before = previous.getOrDefault(group.getKey(), Set.of()).size();
        proposals.add(new SignalProposal(group.getKey(), period, Trend.between(before, (int) cases), before,
            ImmutableList.copyOf(group.getValue())));
      }
    }
    proposals.sort(Comparator.comparing((SignalProposal p) -> -p.cases().size())
        .thenComparing(SignalProposal::shape));
    return ImmutableList.copyOf(proposals);
  }

  @Override
  public String toString() {
    return "SignalDetector[threshold=" + threshold + ", zone=" + zone + "]";
  }
}
