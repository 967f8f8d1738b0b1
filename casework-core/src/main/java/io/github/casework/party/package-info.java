/**
 * The parties in casework: {@link io.github.casework.party.Agency agencies} with the services they offer,
 * {@link io.github.casework.party.Professional professionals} in a role at an agency, and
 * {@link io.github.casework.party.Client clients} known only by a pseudonym.
 *
 * <p>Personal details (name, date of birth, address, {@link io.github.casework.party.Bsn}) live apart in
 * {@link io.github.casework.party.PersonalDetails}, whose {@code toString} is redacted; the aggregates refer to a
 * client by id only, so personal details never reach a log or an exception message.
 */
@NullMarked
package io.github.casework.party;

import org.jspecify.annotations.NullMarked;
