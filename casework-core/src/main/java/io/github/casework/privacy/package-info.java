/**
 * Privacy between agencies: what one agency may see of a case ({@link io.github.casework.privacy.CaseView}),
 * how long personal details are kept ({@link io.github.casework.privacy.RetentionPolicy}), and a pseudonymised
 * export for research ({@link io.github.casework.privacy.ResearchExport}). Consent and its withdrawal live with
 * the referrals they govern, in {@link io.github.casework.referral.ConsentRegister}.
 *
 * <p>The library keeps personal details apart from the aggregates (see
 * {@link io.github.casework.party.PersonalDetails}); what it guarantees here is that the values it hands out for
 * another agency or for research hold no more than their basis allows. Authentication, authorisation and
 * encryption at rest stay the host's job.
 */
@NullMarked
package io.github.casework.privacy;

import org.jspecify.annotations.NullMarked;
