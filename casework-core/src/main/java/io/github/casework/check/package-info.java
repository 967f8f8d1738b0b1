/**
 * The caseload check: the professional's intrapreneurial assistant. {@link io.github.casework.check.CaseloadCheck}
 * is a pure function over a {@link io.github.casework.check.Caseload} snapshot (cases, referrals, escalations,
 * signals, agencies, professionals, mandates) at a given instant, returning {@link io.github.casework.check.Finding}s:
 * a stable code, a severity, the subject ids, a plain-language explanation and a suggested next step that names
 * whom to go to ("er op af gaan"). Findings come in a deterministic order that does not depend on the order of
 * the input, and the check is linear in the size of the snapshot.
 */
@NullMarked
package io.github.casework.check;

import org.jspecify.annotations.NullMarked;
