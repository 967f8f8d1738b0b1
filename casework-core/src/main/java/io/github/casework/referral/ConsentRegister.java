package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.RuleViolationException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * The consent withdrawals of a caseload, and the rules they add to the referrals: from a withdrawal on, a
 * referral resting on a consent it ends cannot be sent ({@link ReferralCodes#CONSENT_WITHDRAWN}), nor can such a
 * consent be recorded; an open referral that still rests on it must get another basis while a draft, or be
 * cancelled ({@link #stillResting}); the caseload check reports those (finding
 * {@code referral.shared-after-withdrawal}).
 *
 * <p>Why a register beside the referrals rather than a referral event: a consent is given by a client and may
 * cover several referrals, in several cases; its withdrawal is one act of the client, dated once. Keeping it apart
 * leaves every referral's history as it was: what was shared before the withdrawal stays recorded as shared then,
 * and a replay of the referral gives the same state as before. The host records withdrawals where it records
 * consent, and decides referral commands through {@link #decide} instead of {@link Referral#decide}.
 *
 * <p>Immutable and thread-safe; {@link #withdraw} returns a new register.
 */
public final class ConsentRegister {
  private static final ConsentRegister EMPTY = new ConsentRegister(ImmutableList.of());

  private final ImmutableList<ConsentWithdrawal> withdrawals;

  private ConsentRegister(ImmutableList<ConsentWithdrawal> withdrawals) {
    this.withdrawals = withdrawals;
  }

  /** {@return a register without withdrawals} */
  public static ConsentRegister empty() {
    return EMPTY;
  }

  /**
   * Returns a register of withdrawals.
   *
   * @param withdrawals the withdrawals, in any order, not null
   * @return the register
   */
  public static ConsentRegister of(Collection<ConsentWithdrawal> withdrawals) {
    return new ConsentRegister(ImmutableList.copyOf(requireNonNull(withdrawals, "withdrawals")));
  }

  /**
   * Returns this register with one more withdrawal.
   *
   * @param withdrawal the withdrawal, not null
   * @return a new register; this one is unaffected
   */
  public ConsentRegister withdraw(ConsentWithdrawal withdrawal) {
    requireNonNull(withdrawal, "withdrawal");
    return new ConsentRegister(ImmutableList.<ConsentWithdrawal>builder().addAll(withdrawals).add(withdrawal)
        .build());
  }

  /** {@return the withdrawals, in the order recorded} */
  public ImmutableList<ConsentWithdrawal> withdrawals() {
    return withdrawals;
  }

  /**
   * Finds the withdrawal that ends the consent a referral rests on, for its agency and life domain, at an instant.
   *
   * @param referral the referral, not null
   * @param at the instant, not null
   * @return the earliest such withdrawal; empty if the referral rests on a legal basis, on no basis, or on a
   *     consent no withdrawal ends at {@code at}
   */
  public Optional<ConsentWithdrawal> ending(Referral referral, Instant at) {
    requireNonNull(referral, "referral");
    requireNonNull(at, "at");
    if (referral.basis().isPresent() && referral.basis().get() instanceof DataSharingBasis.Consent c) {
      return ending(referral, c, at);
    }
    return Optional.empty();
  }

  private Optional<ConsentWithdrawal> ending(Referral referral, DataSharingBasis.Consent consent, Instant at) {
    ConsentWithdrawal first = null;
    for (ConsentWithdrawal w : withdrawals) {
      if (w.ends(referral.client(), consent, referral.to(), referral.domain(), at)
          && (first == null || w.at().isBefore(first.at()))) {
        first = w;
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Decides a referral command as {@link Referral#decide} does, and then rejects sending under a withdrawn consent
   * and recording a withdrawn consent. The referral's own rules come first, so that a command they reject keeps
   * its code.
   *
   * @param referral the referral, not null
   * @param command the command, not null
   * @return the decision
   * @throws RuleViolationException with {@link ReferralCodes#CONSENT_WITHDRAWN} if the command sends the referral
   *     while the consent it rests on is withdrawn, or records a consent a withdrawal ends at the command's time;
   *     and with the referral's own codes as {@link Referral#decide} throws them
   */
  public Decision<Referral, ReferralEvent> decide(Referral referral, ReferralCommand command) {
    requireNonNull(referral, "referral");
    requireNonNull(command, "command");
    Decision<Referral, ReferralEvent> decision = referral.decide(command);
    if (command instanceof ReferralCommand.Send send && ending(referral, send.at()).isPresent()) {
      throw withdrawn(referral, "a referral cannot be sent under a consent the client withdrew");
    }
    if (command instanceof ReferralCommand.RecordBasis record
        && record.basis() instanceof DataSharingBasis.Consent c && ending(referral, c, record.at()).isPresent()) {
      throw withdrawn(referral, "a consent the client withdrew cannot be recorded");
    }
    return decision;
  }

  private static RuleViolationException withdrawn(Referral referral, String rule) {
    return new RuleViolationException(ReferralCodes.CONSENT_WITHDRAWN, referral.id().value(), rule);
  }

  /**
   * Returns the open referrals that still rest on a withdrawn consent at an instant: a draft must get another
   * basis or be cancelled, a referral already sent must be cancelled (its basis cannot change after sending).
   * Handed-over referrals are not open: the receiving agency holds the need under its own case.
   *
   * @param referrals the referrals, not null
   * @param at the instant, not null
   * @return those still resting on a withdrawn consent, in the order given
   */
  public ImmutableList<Referral> stillResting(Collection<Referral> referrals, Instant at) {
    requireNonNull(referrals, "referrals");
    requireNonNull(at, "at");
    ImmutableList.Builder<Referral> out = ImmutableList.builder();
    for (Referral r : referrals) {
      if (r.isOpen() && r.ending().isEmpty() && ending(r, at).isPresent()) {
        out.add(r);
      }
    }
    return out.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsentRegister other && withdrawals.equals(other.withdrawals);
  }

  @Override
  public int hashCode() {
    return withdrawals.hashCode();
  }

  /** Shows how many withdrawals the register holds; never the client ids. */
  @Override
  public String toString() {
    return "ConsentRegister[withdrawals=" + withdrawals.size() + "]";
  }
}
