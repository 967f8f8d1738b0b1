/**
 * The service directory in and out of Open Referral's Human Services Data Specification (HSDS) 3.1 JSON:
 * {@link io.github.casework.json.hsds.Hsds#read} and {@link io.github.casework.json.hsds.Hsds#write}.
 *
 * <h2>Mapping</h2>
 *
 * <ul>
 *   <li>An HSDS {@code organization} is an {@link io.github.casework.party.Agency}: {@code id} is the agency id,
 *       {@code name} its name; its kind travels in the extension attribute {@code casework:agency-kind} (without
 *       it, a welfare organisation is assumed and noted).
 *   <li>An HSDS {@code service} nested in its organization is an {@link io.github.casework.party.AgencyService}
 *       with its {@link io.github.casework.directory.ServiceListing}: {@code name}; {@code status} ({@code active},
 *       {@code inactive}, {@code temporarily closed}; {@code defunct} is read as inactive and noted); its life
 *       domains in one {@code casework:life-domain} attribute each (a service without any is left out and noted);
 *       its code in {@code casework:service-code} (without it, the HSDS {@code id}); {@code service_areas} by their
 *       {@code name}, an {@link io.github.casework.signal.Area} code; the first of its {@code capacities}.
 *   <li>Eligibility: the rule in the rule language ({@link io.github.casework.directory.Eligibility}) travels in the
 *       {@code casework:eligibility} attribute, because HSDS has no machine-readable eligibility beyond an age
 *       range (Open Referral's issue 468 asks for one). The writer also writes {@code minimum_age} and
 *       {@code maximum_age} from the rule's age range (the rule itself, or an and-ed part of it), so that readers
 *       without the extension see that much. The reader takes the attribute when present (noting ages that
 *       disagree with it), else the ages (whole years, never widened), else everyone; a service with only an
 *       {@code eligibility_description} is read as open to everyone and noted, so that text never produces a
 *       false gap. The description itself is kept verbatim.
 *   <li>Capacity: a {@code service_capacity} whose {@code unit} has {@code scheme} {@code casework} and an
 *       {@code identifier} {@code waitlist:<band>} is a waiting-list band
 *       ({@link io.github.casework.directory.WaitlistBand} codes); any other is counted places: {@code available}
 *       of {@code maximum} (the maximum defaults to the available count, at least one), {@code updated} an ISO
 *       8601 date-time with offset.
 * </ul>
 *
 * <p>An extension attribute is an HSDS {@code attribute} whose {@code taxonomy_term.code} starts with
 * {@code casework:} and whose {@code value} is the text. Other attributes are kept. Members of organizations and
 * services that casework does not interpret (a description, a URL, phones, schedules, a local extension) are kept
 * verbatim in the {@link io.github.casework.json.hsds.HsdsDirectory} and written back, each noted; unknown members
 * of nested objects (service areas, capacities, units) are dropped and noted. Nothing is dropped silently.
 *
 * <p>The writer writes a page ({@code total_items} ... {@code contents}) of organizations with nested services,
 * members in a fixed order, so writing what was read is idempotent; a service's HSDS {@code id} is its code, or
 * {@code <agency id>:<code>} where two agencies use one code. Errors are
 * {@link io.github.casework.json.CaseworkJsonException}s with a JSON pointer and a {@code json.*} code, or the
 * domain's code when the domain rejects a value, and never quote the input.
 */
@NullMarked
package io.github.casework.json.hsds;

import org.jspecify.annotations.NullMarked;
