/**
 * Closed-loop referrals (verwijzingen) and the referral network.
 *
 * <p>A {@link io.github.casework.referral.Referral} goes from a need in a case to a service of another agency
 * and follows the FHIR {@code Task} states; the referring professional stays accountable for the need until
 * the loop is closed (the outcome reported back and acknowledged) or the receiving agency explicitly accepts
 * accountability (a warm {@link io.github.casework.referral.Handover}). Sending needs a recorded consent or
 * legal basis; every sent referral has a response and a follow-up due date.
 * {@link io.github.casework.referral.ReferralLoop} applies a referral step and its consequence for the case
 * of the need together. {@link io.github.casework.referral.ReferralNetwork} analyses many referrals at once
 * for ping-pong, precondition deadlocks and stale referrals, in time linear in their number.
 */
@NullMarked
package io.github.casework.referral;

import org.jspecify.annotations.NullMarked;
