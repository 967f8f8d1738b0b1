package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.RuleViolationException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Need;
import io.github.casework.id.AgencyId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The closed loop of one referral: the {@link Referral} together with the {@link Case} of the need it came
 * from, so that the rules that span both are applied in one step. This is the domain service for in-memory
 * users such as simulations; a host that stores cases and referrals apart uses
 * {@link #caseCommandFor(Referral, ReferralEvent)} to apply the case's side itself.
 *
 * <p><b>The crossing.</b> Each aggregate keeps its own rules; the loop only carries the referral's facts over to
 * the case, as explicit case commands:
 * <ul>
 *   <li>drafting a referral → {@link CaseCommand.ReferNeed}: the need shows it is referred, and only its
 *       accountable professional may refer it;
 *   <li>{@link ReferralCommand.Cancel} and {@link ReferralCommand.AcknowledgeOutcome} →
 *       {@link CaseCommand.CloseReferralLoop}: the loop is closed by the need's accountable professional and
 *       accountability stays where it is;
 *   <li>{@link ReferralCommand.AcceptAccountability} → {@link CaseCommand.HandOverNeed}: the warm handover moves
 *       accountability to the receiving professional, explicitly, and disposes the need as handed over;
 *   <li>every other referral command leaves the case as it is.
 * </ul>
 * Because the case then holds its side, the case cannot close while a referral of one of its needs is open,
 * and the need's accountable professional never changes silently. If either aggregate rejects the step, the
 * step throws and neither changes. Codes come in this order: the referral's expected version, the case's
 * expected version, the referral's rules, then the case's rules.
 *
 * <p>A loop holds both aggregates by value, never a mutable reference; it is immutable and thread-safe.
 *
 * @param caseFile the case the referred need belongs to, not null
 * @param referral the referral, of a need of that case, not null
 */
public record ReferralLoop(Case caseFile, Referral referral) {

  /**
   * Pairs a referral with its case.
   *
   * @param caseFile the case the referred need belongs to, not null
   * @param referral the referral, of a need of that case, not null
   * @throws RuleViolationException with {@link ReferralCodes#WRONG_CASE} if the referral is not of a need of that
   *     case for the same client
   */
  public ReferralLoop {
    requireNonNull(caseFile, "caseFile");
    requireNonNull(referral, "referral");
    if (!referral.caseId().equals(caseFile.id()) || !referral.client().equals(caseFile.client())
        || caseFile.findNeed(referral.need()).isEmpty()) {
      throw new RuleViolationException(ReferralCodes.WRONG_CASE, referral.id().value(),
          "a referral can only be paired with the case of the need it refers, case " + referral.caseId());
    }
  }

  /**
   * What one command on a loop decided: the referral's decision, and the case's decision if the command crossed
   * over. Immutable and thread-safe.
   *
   * @param loop the loop after the step, not null
   * @param caseDecision the case's new state and events, empty if the case did not change, not null
   * @param referralDecision the referral's new state and events, not null
   */
  public record LoopDecision(ReferralLoop loop, Optional<Decision<Case, CaseEvent>> caseDecision,
      Decision<Referral, ReferralEvent> referralDecision) {
    /**
     * Validates the components.
     *
     * @param loop the loop after the step, not null
     * @param caseDecision the case's new state and events, empty if the case did not change, not null
     * @param referralDecision the referral's new state and events, not null
     */
    public LoopDecision {
      requireNonNull(loop, "loop");
      requireNonNull(caseDecision, "caseDecision");
      requireNonNull(referralDecision, "referralDecision");
    }
  }

  /**
   * Drafts a referral of a need of the case and records it on the need, in one step. The client, referring
   * agency and life domain are taken from the case.
   *
   * @param caseFile the case, not null
   * @param need the need to refer, open, not null
   * @param id the referral's id, not null
   * @param referrer the referring professional, who must be the need's accountable professional, not null
   * @param to the receiving agency, not null
   * @param service the code of the receiving agency's service, not null
   * @param at when, not null
   * @return the new loop with both decisions
   * @throws RuleViolationException if the case rejects the referral (closed, out of order, unknown or closed need,
   *     duplicate referral, referrer not accountable)
   * @throws io.github.casework.InvalidValueException if the service code breaks its rule
   */
  public static LoopDecision draft(Case caseFile, NeedId need, ReferralId id, ProfessionalId referrer, AgencyId to,
      String service, Instant at) {
    requireNonNull(caseFile, "caseFile");
    requireNonNull(service, "service");
    Decision<Case, CaseEvent> caseSide = caseFile.decide(new CaseCommand.ReferNeed(need, id, to, referrer, at));
    Need referred = caseFile.findNeed(need).orElseThrow(() -> new AssertionError("bug: the case referred no need"));
    Decision<Referral, ReferralEvent> referralSide = Referral.draft(id, caseFile.client(), caseFile.id(), need,
        referred.domain(), caseFile.agency(), referrer, to, service, at);
    return new LoopDecision(new ReferralLoop(caseSide.state(), referralSide.state()), Optional.of(caseSide),
        referralSide);
  }

  /**
   * Decides a referral command and carries it over to the case, accepting any versions.
   *
   * @param command the referral command, not null
   * @return the new loop with both decisions
   * @throws RuleViolationException if the referral or the case rejects the step; neither changes
   */
  public LoopDecision decide(ReferralCommand command) {
    return decide(command, ExpectedVersion.any(), ExpectedVersion.any());
  }

  /**
   * Decides a referral command and carries it over to the case, if both have the expected versions.
   *
   * @param command the referral command, not null
   * @param referralVersion the referral version the caller read, not null
   * @param caseVersion the case version the caller read, not null
   * @return the new loop with both decisions
   * @throws io.github.casework.VersionConflictException if a version differs
   * @throws RuleViolationException if the referral or the case rejects the step; neither changes
   */
  public LoopDecision decide(ReferralCommand command, ExpectedVersion referralVersion, ExpectedVersion caseVersion) {
    requireNonNull(command, "command");
    requireNonNull(referralVersion, "referralVersion").check(referral.id().value(), referral.version());
    requireNonNull(caseVersion, "caseVersion").check(caseFile.id().value(), caseFile.version());
    Decision<Referral, ReferralEvent> referralSide = referral.decide(command);
    Case nextCase = caseFile;
    @Nullable Decision<Case, CaseEvent> caseSide = null;
    ImmutableList<ReferralEvent> events = referralSide.events();
    for (int i = 0; i < events.size(); i++) {
      Optional<CaseCommand> crossing = caseCommandFor(referralSide.state(), events.get(i));
      if (crossing.isPresent()) {
        caseSide = nextCase.decide(crossing.get());
        nextCase = caseSide.state();
      }
    }
    return new LoopDecision(new ReferralLoop(nextCase, referralSide.state()), Optional.ofNullable(caseSide),
        referralSide);
  }

  /**
   * Returns the case command that carries a referral event over to the case of its need, if the event crosses
   * over (see the class description). A host that stores cases and referrals apart applies this command to the
   * case after persisting the referral's event.
   *
   * @param referral the referral after the event was applied, not null
   * @param event the event, of that referral, not null
   * @return the case command, or empty if the case is not affected
   * @throws RuleViolationException with {@link ReferralCodes#WRONG_REFERRAL} if the event belongs to another
   *     referral
   */
  public static Optional<CaseCommand> caseCommandFor(Referral referral, ReferralEvent event) {
    requireNonNull(referral, "referral");
    requireNonNull(event, "event");
    if (!event.referralId().equals(referral.id())) {
      throw new RuleViolationException(ReferralCodes.WRONG_REFERRAL, referral.id().value(),
          "an event of another referral cannot be carried over to this referral's case");
    }
    if (event instanceof ReferralEvent.Drafted e) {
      return Optional.of(new CaseCommand.ReferNeed(e.need(), e.referralId(), e.to(), e.referrer(), e.at()));
    } else if (event instanceof ReferralEvent.Cancelled e) {
      return Optional.of(new CaseCommand.CloseReferralLoop(referral.need(), referral.id(), e.by(), e.at()));
    } else if (event instanceof ReferralEvent.OutcomeAcknowledged e) {
      // After a warm handover the need has left the referrer's case; acknowledging only informs the referrer.
      return referral.handover().isPresent() ? Optional.empty()
          : Optional.of(new CaseCommand.CloseReferralLoop(referral.need(), referral.id(), e.by(), e.at()));
    } else if (event instanceof ReferralEvent.AccountabilityAccepted e) {
      return Optional.of(new CaseCommand.HandOverNeed(referral.need(), referral.id(), e.by(), referral.to(), e.at()));
    }
    return Optional.empty();
  }
}
