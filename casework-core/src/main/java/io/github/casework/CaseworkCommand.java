package io.github.casework;

import io.github.casework.casefile.CaseCommand;
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.signal.SignalCommand;
import java.time.Instant;

/**
 * A request to change an existing aggregate: the supertype of {@link CaseCommand}, {@link ReferralCommand},
 * {@link EscalationCommand} and {@link SignalCommand}. Every command states the instant it is made at; the library
 * never reads a clock. Creating an aggregate is not a command but its own factory ({@code Case.open},
 * {@code Referral.draft}, {@code Escalation.raise}, {@code Signal.raise}). Implementations are records: immutable and
 * thread-safe.
 */
public sealed interface CaseworkCommand permits CaseCommand, ReferralCommand, EscalationCommand, SignalCommand {

  /** {@return when the command is made} */
  Instant at();
}
