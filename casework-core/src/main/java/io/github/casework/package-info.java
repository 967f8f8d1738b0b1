/**
 * The vocabulary every casework aggregate shares: the root exception with its stable codes, expected versions
 * for optimistic concurrency, and the {@link io.github.casework.Decision} a command returns.
 *
 * <p>Every aggregate in this library (a {@linkplain io.github.casework.casefile.Case case}, and later referrals,
 * escalations and signals) follows one shape: an immutable value with a version; a command checks the rules
 * and returns the new state with the events it produced; {@code evolve} applies one event; replaying a history
 * rebuilds the same state. A rejected command throws a {@link io.github.casework.CaseworkException} with a
 * stable {@linkplain io.github.casework.CaseworkException#code() code} and changes nothing.
 */
@NullMarked
package io.github.casework;

import org.jspecify.annotations.NullMarked;
