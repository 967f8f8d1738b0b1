/**
 * Signals (signaleringen) that must be answered, and the detector that proposes them.
 *
 * <p>A {@link io.github.casework.signal.Signal} is a trend that professionals (a team, a vakgroep) report upward
 * for a {@link io.github.casework.signal.Quarter} and an {@link io.github.casework.signal.Area}: a
 * {@link io.github.casework.signal.Topic} (life domain and target group), a
 * {@link io.github.casework.signal.Trend} and {@link io.github.casework.signal.Evidence} made of counts and
 * pseudonymous ids only. It is addressed to a manager role, owed a {@link io.github.casework.signal.Response} by a
 * due date, and closes only after feedback reached everyone who raised it — so signals can no longer vanish
 * after they are handed in.
 *
 * <p>The {@link io.github.casework.signal.SignalDetector} turns repetition into a proposal: escalations and
 * refusals of the same {@link io.github.casework.signal.IncidentShape} within a quarter, for enough different
 * cases, become a {@link io.github.casework.signal.SignalProposal} for a structural signal that names its
 * {@link io.github.casework.signal.Incident}s.
 */
@NullMarked
package io.github.casework.signal;

import org.jspecify.annotations.NullMarked;
