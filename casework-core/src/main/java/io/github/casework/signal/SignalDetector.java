package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.RuleViolationException;
import io.github.casework.escalation.BeyondMandateStep;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p><b>The mandate itself.</b> {@link #detectMandates} proposes widening a mandate (a {@link MandateProposal})
 * when escalations that went beyond the mandate of one role at one agency were resolved successfully in the
 * quarter for at least {@link #mandateThreshold()} distinct cases — the seed article's plea for "a broader
 * mandate" turned into a count. Distinct cases, for the same reason as above. The default threshold,
 * {@value #DEFAULT_MANDATE_THRESHOLD}, is lower than a typical incident threshold because the population is
 * smaller: one role at one agency is a team of a handful of professionals, and every such escalation was already a
 * professional's deliberate choice to take a risk; once is an incident, twice may be chance, three successes in a
 * quarter (about one a month) are a pattern worth a conversation about the mandate.
 *
 * <p>A pure function of its input. Immutable and thread-safe.
 */
public final class SignalDetector {
  /** The zone whose calendar defines quarters unless another is given. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");
  /** The number of distinct cases a mandate proposal needs unless another is given; see the class Javadoc. */
  public static final int DEFAULT_MANDATE_THRESHOLD = 3;

  private final int threshold;
  private final ZoneId zone;
  private final int mandateThreshold;

  private SignalDetector(int threshold, ZoneId zone, int mandateThreshold) {
    this.threshold = threshold;
    this.zone = zone;
    this.mandateThreshold = mandateThreshold;
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
    return new SignalDetector(threshold, zone, DEFAULT_MANDATE_THRESHOLD);
  }

  /**
   * Returns a copy with another threshold for mandate proposals.
   *
   * @param cases the number of distinct cases a mandate proposal needs, at least 1
   * @return the detector; this instance, unaffected, if the threshold is the same
   * @throws InvalidValueException if the threshold is less than 1
   */
  public SignalDetector withMandateThreshold(int cases) {
    if (cases < 1) {
      throw new InvalidValueException(SignalCodes.DETECTOR_MANDATE_THRESHOLD, "SignalDetector.mandateThreshold",
          "must be at least 1");
    }
    return cases == mandateThreshold ? this : new SignalDetector(threshold, zone, cases);
  }

  /**
   * Returns the number of distinct cases a mandate proposal needs.
   *
   * @return the number of distinct cases a mandate proposal needs
   */
  public int mandateThreshold() {
    return mandateThreshold;
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

  /**
   * Proposes widening mandates, from the escalations resolved in one quarter: groups the escalations with at least
   * one {@linkplain Escalation#beyondMandateSteps() step beyond the mandate} by the mandate they went beyond
   * (agency, role, level and policy as recorded when raised), counts those with a
   * {@linkplain io.github.casework.escalation.Outcome#isSuccess() successful} outcome, and proposes a
   * {@link MandateProposal} for every group whose successes concern at least {@link #mandateThreshold()} distinct
   * cases. An escalation counts in the quarter of its {@linkplain Escalation#resolvedAt() resolution}; open ones and
   * those without a step beyond the mandate are ignored; one given twice counts once.
   *
   * @param escalations the escalations, in any order, possibly from other quarters, not null
   * @param period the quarter to look at, not null
   * @return the proposals, most cases first, then by agency, role and level; empty if no group reaches the threshold
   * @throws RuleViolationException if two different escalations share an id
   *     ({@link SignalCodes#CONFLICTING_ESCALATION})
   */
  public ImmutableList<MandateProposal> detectMandates(Iterable<Escalation> escalations, Quarter period) {
    requireNonNull(escalations, "escalations");
    requireNonNull(period, "period");
    Instant start = period.start(zone);
    Instant end = period.end(zone);
    Map<EscalationId, Escalation> byId = new HashMap<>();
    Map<Mandate, List<Escalation>> groups = new LinkedHashMap<>();
    for (Escalation e : escalations) {
      requireNonNull(e, "escalation");
      Escalation earlier = byId.putIfAbsent(e.id(), e);
      if (earlier != null) {
        if (!earlier.equals(e)) {
          throw new RuleViolationException(SignalCodes.CONFLICTING_ESCALATION, e.id().value(),
              "two different escalations carry the same id");
        }
        continue;
      }
      Optional<Instant> resolved = e.resolvedAt();
      if (e.beyondMandateSteps().isEmpty() || resolved.isEmpty() || resolved.get().isBefore(start)
          || !resolved.get().isBefore(end)) {
        continue;
      }
      groups.computeIfAbsent(e.mandate(), m -> new ArrayList<>()).add(e);
    }
    List<MandateProposal> proposals = new ArrayList<>();
    for (Map.Entry<Mandate, List<Escalation>> group : groups.entrySet()) {
      List<EscalationId> succeeded = new ArrayList<>();
      Set<CaseId> cases = new HashSet<>();
      LadderLevel reached = null;
      for (Escalation e : group.getValue()) {
        if (e.outcome().orElseThrow().isSuccess()) {
          succeeded.add(e.id());
          cases.add(e.subject().caseId());
          for (BeyondMandateStep step : e.beyondMandateSteps()) {
            reached = reached == null || step.level().isAbove(reached) ? step.level() : reached;
          }
        }
      }
      if (reached != null && cases.size() >= mandateThreshold) {
        proposals.add(MandateProposal.of(group.getKey(), period, reached, group.getValue().size(), succeeded,
            cases));
      }
    }
    proposals.sort(Comparator.comparing((MandateProposal p) -> -p.caseCount())
        .thenComparing(p -> p.mandate().agency())
        .thenComparing(p -> p.mandate().role())
        .thenComparing(p -> p.mandate().highestDirect())
        .thenComparing(p -> p.mandate().policy()));
    return ImmutableList.copyOf(proposals);
  }

  /**
   * Two detectors are equal when their thresholds and zone are, so that two checks configured alike are equal.
   *
   * @param o the other object
   * @return whether it is a detector with the same settings
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof SignalDetector other && threshold == other.threshold
        && mandateThreshold == other.mandateThreshold && zone.equals(other.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, zone, mandateThreshold);
  }

  @Override
  public String toString() {
    return "SignalDetector[threshold=" + threshold + ", zone=" + zone + ", mandateThreshold=" + mandateThreshold
        + "]";
  }
}
