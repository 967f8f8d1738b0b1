/**
 * The escalation (opschaling) aggregate: a professional goes "er op af" when a rule, a deadlock, a breached
 * deadline, a gap in the rules or a disputed refusal blocks a client's need, and climbs the ladder of the agency
 * that blocks it — frontline official, supervisor, management, executive, municipality — until an outcome is
 * reached.
 *
 * <p>Each step is dated and names who was addressed; levels only go up. The route (direct or via the own
 * manager) and the professional's {@link io.github.casework.escalation.Mandate} decide whether a step goes beyond
 * the mandate; the mandate's {@link io.github.casework.escalation.MandatePolicy} decides what then happens: under
 * the advisory default the step is recorded as a {@link io.github.casework.escalation.BeyondMandateStep} with the
 * professional's reason and the own manager is owed word of it within a norm; under a strict mandate it is refused.
 * See {@link io.github.casework.escalation.Mandate} for the rule. The outcome is set once; an escalation resolved
 * by an exception or a priority is an {@linkplain io.github.casework.escalation.Escalation#isIncident() incident}
 * that may need a structural answer.
 *
 * <p>Start with {@link io.github.casework.escalation.Escalation#raise}, change it with
 * {@link io.github.casework.escalation.Escalation#decide decide},
 * persist the {@link io.github.casework.escalation.EscalationEvent}s, and rebuild with
 * {@link io.github.casework.escalation.Escalation#replay(Iterable)}.
 */
@NullMarked
package io.github.casework.escalation;

import org.jspecify.annotations.NullMarked;
