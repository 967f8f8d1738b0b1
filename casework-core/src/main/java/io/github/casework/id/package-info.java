/**
 * Identifiers: one small record per kind of thing ({@link io.github.casework.id.CaseId},
 * {@link io.github.casework.id.ReferralId}, …), so a referral id can never be passed where a case id is meant,
 * and a pluggable {@link io.github.casework.id.IdSource} that is random in production and seeded in simulations.
 *
 * <p>Ids are supplied by the host system (vendors keep their own keys). They are pseudonymous, so they may
 * appear in logs and messages; a vendor must never use a BSN or a name as an id.
 */
@NullMarked
package io.github.casework.id;

import org.jspecify.annotations.NullMarked;
