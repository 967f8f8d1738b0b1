/**
 * The caseload check: the professional's intrapreneurial assistant. {@link io.github.casework.check.CaseloadCheck}
 * is a pure function over a {@link io.github.casework.check.Caseload} snapshot (cases, referrals, escalations,
 * signals, agencies, professionals, mandates) at a given instant, returning {@link io.github.casework.check.Finding}s:
 * a severity, the subject ids, the typed {@link io.github.casework.check.Facts} of what was found and a structured
 * {@link io.github.casework.check.NextStep} that names whom to go to ("er op af gaan").
 * {@link io.github.casework.check.FindingText} renders them in Dutch or English. Findings come in a deterministic
 * order that does not depend on the order of the input, and the check is linear in the size of the snapshot. The
 * rules live in package-private classes by concern, one {@code Rule} each.
 */
@NullMarked
package io.github.casework.check;

import org.jspecify.annotations.NullMarked;
