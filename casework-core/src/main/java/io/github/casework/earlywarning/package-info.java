/**
 * Early warning of payment arrears (vroegsignalering): {@link io.github.casework.earlywarning.EarlySignal}s that
 * creditors send the municipality under the Wgs (art. 2.2.1), and the
 * {@link io.github.casework.earlywarning.OutreachCase} that bundles one household's signals, records the contact
 * attempts and ends with an {@link io.github.casework.earlywarning.EndResult} — the data a municipality delivers to
 * CBS in the DDAS Uitwisselmodel (see {@code casework-json}'s {@code ddas} package), and that the caseload check
 * follows.
 *
 * <p>The outreach case is a model of its own rather than a fifth of the sealed
 * {@link io.github.casework.Aggregate}s: joining them would add a kind to
 * {@link io.github.casework.AggregateType#values()}, which the caseload document, the caseload event stream, the
 * JSON schemas of wire format version 1 and the event store all enumerate, so every reader of version 1 would
 * meet events it cannot read. It keeps the same shape — sealed events and commands, a pure evolve, replay,
 * {@link io.github.casework.ExpectedVersion}, catalogued codes — so that joining later is a move, not a rewrite.
 */
@NullMarked
package io.github.casework.earlywarning;

import org.jspecify.annotations.NullMarked;
