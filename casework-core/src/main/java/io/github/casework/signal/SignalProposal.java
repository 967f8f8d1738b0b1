package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.Decision;
import io.github.casework.InvalidValueException;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.id.SignalId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * A structural signal the {@link SignalDetector} proposes: incidents of one shape that repeated in one quarter
 * for enough different cases. It lists the incidents it groups; professionals turn it into a {@link Signal} with
 * {@link #raise}, adding the target group in their own words.
 *
 * <p>Invariants: at least one incident; every incident has the proposal's shape; incidents are listed in time
 * order (then kind, then id) without duplicates; the previous quarter's case count is not negative. Immutable
 * and thread-safe.
 *
 * @param shape the shape the incidents share, not null
 * @param period the quarter they happened in, not null
 * @param trend the trend against the previous quarter, by number of distinct cases, not null
 * @param previousCases the number of distinct cases with this shape in the previous quarter, at least 0
 * @param incidents the incidents, sorted as described, not null and not empty
 */
public record SignalProposal(IncidentShape shape, Quarter period, Trend trend, int previousCases,
    ImmutableList<Incident> incidents) {

  /**
   * Validates the components and sorts the incidents.
   *
   * @param shape the shape the incidents share, not null
   * @param period the quarter they happened in, not null
   * @param trend the trend against the previous quarter, by number of distinct cases, not null
   * @param previousCases the number of distinct cases with this shape in the previous quarter, at least 0
   * @param incidents the incidents, sorted as described, not null and not empty
   * @throws InvalidValueException if there are no incidents, an incident has another shape or is listed twice,
   *     or the previous count is negative
   */
  public SignalProposal {
    requireNonNull(shape, "shape");
    requireNonNull(period, "period");
    requireNonNull(trend, "trend");
    requireNonNull(incidents, "incidents");
    if (incidents.isEmpty()) {
      throw new InvalidValueException(SignalCodes.PROPOSAL_EMPTY, "SignalProposal.incidents",
          "a proposal groups at least one incident");
    }
    if (previousCases < 0) {
      throw new InvalidValueException(SignalCodes.PROPOSAL_NEGATIVE_COUNT, "SignalProposal.previousCases",
          "must not be negative");
    }
    for (Incident i : incidents) {
      if (!i.shape().equals(shape)) {
        throw new InvalidValueException(SignalCodes.PROPOSAL_MIXED_SHAPES, "SignalProposal.incidents",
            "every incident of a proposal has the proposal's shape");
      }
    }
    incidents = ImmutableList.sortedCopyOf(Incident.ORDER, incidents);
    for (int k = 1; k < incidents.size(); k++) {
      if (incidents.get(k).equals(incidents.get(k - 1))) {
        throw new InvalidValueException(SignalCodes.PROPOSAL_DUPLICATE, "SignalProposal.incidents",
            "an incident is listed once");
      }
    }
  }

  /**
   * Returns the distinct cases the incidents concern, sorted.
   *
   * @return the distinct cases the incidents concern, sorted
   */
  public ImmutableSortedSet<CaseId> cases() {
    return incidents.stream().map(Incident::caseId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /**
   * Returns the evidence: the distinct cases, escalations and refused referrals, counted and named.
   *
   * @return the evidence: the distinct cases, escalations and refused referrals, counted and named
   */
  public Evidence evidence() {
    return Evidence.ofIds(cases(),
        incidents.stream().map(Incident::escalationId).flatMap(Optional::stream).toList(),
        incidents.stream().map(Incident::referralId).flatMap(Optional::stream).toList());
  }

  /**
   * Returns the observation this proposal makes, with the target group in the raisers' words.
   *
   * @param targetGroup the target group, see {@link Topic}, not null
   * @return the observation of this period, area, domain, trend and evidence
   * @throws InvalidValueException if the target group breaks its rule
   */
  public Observation observation(String targetGroup) {
    return new Observation(period, shape.area(), Topic.of(shape.domain(), targetGroup), trend, evidence());
  }

  /**
   * Raises the proposed signal, with the default response due date.
   *
   * @param id the signal's id, not null
   * @param raisers who raise it, at least one, not null
   * @param addressee the manager role it is addressed to, not null
   * @param targetGroup the target group in the raisers' words, not null
   * @param at when, not before the proposal's quarter began, not null
   * @return the new signal and its event
   * @throws InvalidValueException if a value breaks its rule (see {@link Signal#raise})
   */
  public Decision<Signal, SignalEvent> raise(SignalId id, Collection<ProfessionalId> raisers, Addressee addressee,
      String targetGroup, Instant at) {
    return Signal.raise(id, raisers, addressee, observation(targetGroup), at);
  }

  /**
   * Returns the escalations among the incidents, in listing order.
   *
   * @return the escalations among the incidents, in listing order
   */
  public ImmutableList<EscalationId> escalationIds() {
    return incidents.stream().map(Incident::escalationId).flatMap(Optional::stream)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the refused referrals among the incidents, in listing order.
   *
   * @return the refused referrals among the incidents, in listing order
   */
  public ImmutableList<ReferralId> refusalIds() {
    return incidents.stream().map(Incident::referralId).flatMap(Optional::stream)
        .collect(ImmutableList.toImmutableList());
  }
}
