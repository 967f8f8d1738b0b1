/**
 * The casework wire format: a safe, versioned, language-neutral JSON format for exchanging cases, referrals,
 * escalations, signals and agency directories between agencies' systems, and NDJSON event streams for exports.
 *
 * <p>Use {@link io.github.casework.json.CaseworkJson} to read and write documents
 * ({@link io.github.casework.json.DocumentKind}) and event streams
 * ({@link io.github.casework.json.EventStreamKind}); an aggregate travels as its
 * {@link io.github.casework.json.History}, and a whole caseload as a {@link io.github.casework.json.CaseloadSnapshot}.
 * {@link io.github.casework.json.CaseworkModule} is the Jackson
 * module underneath, for mapping casework values inside a host's own JSON. Every failure is a
 * {@link io.github.casework.json.CaseworkJsonException} with a JSON pointer, line, column and a stable code. The
 * JSON Schemas of each document kind ship in the jar; see {@link io.github.casework.json.CaseworkJson#openSchema}.
 */
@NullMarked
package io.github.casework.json;

import org.jspecify.annotations.NullMarked;
