package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import java.util.Collection;
import java.util.Comparator;

/**
 * A structural signal about the mandate itself, which the {@link SignalDetector} proposes: "widen the mandate of
 * role R at agency A". Professionals in that role went beyond their {@link Mandate} (see
 * {@link io.github.casework.escalation.BeyondMandateStep}) for enough different cases in one quarter, and it
 * worked ({@link io.github.casework.escalation.Outcome#isSuccess()}). The seed article asks organisations for
 * "a broader mandate to act as they see fit"; this is the evidence for it, from the organisation's own escalations.
 * It proposes and counts; what the mandate becomes is the agency's decision.
 *
 * <p>Invariants: at least one successful escalation and one case; no more cases than successful escalations, no
 * more successful escalations than {@code resolvedBeyondMandate}; the highest level reached lies above the mandate.
 * Ids are sorted. Immutable and thread-safe.
 *
 * @param mandate the mandate in force for the role at the agency (agency, role, highest direct level, policy),
 *     not null
 * @param period the quarter in which the escalations were resolved, not null
 * @param highestReached the highest level a successful escalation reached beyond the mandate, not null
 * @param resolvedBeyondMandate the escalations beyond this mandate resolved in the quarter, successful or not (so a
 *     reader sees the share that worked), at least the number of successful ones
 * @param succeeded the successful escalations beyond the mandate, sorted, not null and not empty
 * @param cases the distinct cases of the successful escalations, sorted, not null and not empty
 */
public record MandateProposal(Mandate mandate, Quarter period, LadderLevel highestReached, int resolvedBeyondMandate,
    ImmutableSortedSet<EscalationId> succeeded, ImmutableSortedSet<CaseId> cases) {

  /**
   * Validates the components and sorts the ids.
   *
   * @param mandate the mandate in force, not null
   * @param period the quarter, not null
   * @param highestReached the highest level reached beyond the mandate, not null
   * @param resolvedBeyondMandate the escalations beyond the mandate resolved in the quarter
   * @param succeeded the successful escalations beyond the mandate, not null and not empty
   * @param cases their distinct cases, not null and not empty
   * @throws InvalidValueException if the counts disagree ({@link SignalCodes#MANDATE_PROPOSAL_COUNTS}) or the
   *     level reached is within the mandate ({@link SignalCodes#MANDATE_PROPOSAL_LEVEL})
   */
  public MandateProposal {
    requireNonNull(mandate, "mandate");
    requireNonNull(period, "period");
    requireNonNull(highestReached, "highestReached");
    succeeded = ImmutableSortedSet.copyOf(Comparator.naturalOrder(), requireNonNull(succeeded, "succeeded"));
    cases = ImmutableSortedSet.copyOf(Comparator.naturalOrder(), requireNonNull(cases, "cases"));
    if (succeeded.isEmpty() || cases.isEmpty() || cases.size() > succeeded.size()
        || resolvedBeyondMandate < succeeded.size()) {
      throw new InvalidValueException(SignalCodes.MANDATE_PROPOSAL_COUNTS, "MandateProposal.succeeded",
          "at least one successful escalation and one case, no more cases than successes, no more successes than "
              + "escalations resolved beyond the mandate");
    }
    if (mandate.allowsDirect(highestReached)) {
      throw new InvalidValueException(SignalCodes.MANDATE_PROPOSAL_LEVEL, "MandateProposal.highestReached",
          "must lie above the mandate's highest direct level");
    }
  }

  /**
   * Returns a proposal, sorting the ids.
   *
   * @param mandate the mandate in force, not null
   * @param period the quarter, not null
   * @param highestReached the highest level reached beyond the mandate, not null
   * @param resolvedBeyondMandate the escalations beyond the mandate resolved in the quarter
   * @param succeeded the successful escalations beyond the mandate, not null and not empty
   * @param cases their distinct cases, not null and not empty
   * @return the proposal
   * @throws InvalidValueException if a rule of the record is broken
   */
  public static MandateProposal of(Mandate mandate, Quarter period, LadderLevel highestReached,
      int resolvedBeyondMandate, Collection<EscalationId> succeeded, Collection<CaseId> cases) {
    return new MandateProposal(mandate, period, highestReached, resolvedBeyondMandate,
        ImmutableSortedSet.copyOf(Comparator.naturalOrder(), requireNonNull(succeeded, "succeeded")),
        ImmutableSortedSet.copyOf(Comparator.naturalOrder(), requireNonNull(cases, "cases")));
  }

  /**
   * Returns the number of successful escalations beyond the mandate.
   *
   * @return the number of successful escalations beyond the mandate
   */
  public int successCount() {
    return succeeded.size();
  }

  /**
   * Returns the number of distinct cases among them: what the detector's mandate threshold counts.
   *
   * @return the number of distinct cases among them
   */
  public int caseCount() {
    return cases.size();
  }
}
