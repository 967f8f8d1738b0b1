/**
 * The service directory (sociale kaart) with eligibility as data and capacity, and the matching that finds gaps:
 * {@link io.github.casework.directory.ServiceDirectory} lists agencies' services with the areas they serve, their
 * status, an {@link io.github.casework.directory.Eligibility} rule and a
 * {@link io.github.casework.directory.ServiceCapacity}; {@link io.github.casework.directory.ServiceMatcher}
 * compiles the rules once and tells for a need's life domain and a
 * {@link io.github.casework.directory.ClientProfile} which services may take the client, whether all eligible
 * ones are full (a capacity gap), or why every candidate excludes the client (a regulatory gap).
 *
 * <h2>The eligibility rule language</h2>
 *
 * <p>A rule is a line of text over the facts of a client profile. Its grammar, in EBNF ({@code { x }} repeats,
 * {@code [ x ]} is optional, quoted text is literal, words are case-sensitive, white space separates tokens):
 *
 * <pre>
 * rule      = disjunct ;
 * disjunct  = conjunct { "or" conjunct } ;
 * conjunct  = unary { "and" unary } ;
 * unary     = "not" unary | primary ;
 * primary   = "(" disjunct ")" | "everyone" | "nobody" | predicate ;
 * predicate = "age" ( number ".." [ number ] | ".." number )
 *           | "household" "in" "(" situation { "," situation } ")"
 *           | "income" "in" "(" band { "," band } ")"
 *           | "area" "in" "(" areacode { "," areacode } ")"
 *           | "pregnant" | "registered-address" | "insured" | "employed"
 *           | "addiction" | "psychiatric-condition" ;
 * situation = "single" | "divorced" | "couple" | "couple-with-children" | "single-parent" | "with-parents" ;
 * band      = "none" | "up-to-social-minimum" | "up-to-120-percent" | "above-120-percent" ;
 * number    = digit { digit } ;                       (* an age of 0 to 130 years; bounds included *)
 * areacode  = an {@link io.github.casework.signal.Area} code: letters, digits, ".", "_", "-" ;
 * </pre>
 *
 * <p>{@code not} binds tighter than {@code and}, which binds tighter than {@code or}. Examples: the age rule the
 * article's Mr. K. lost, {@code age 23.. and household in (divorced)}; a youth shelter,
 * {@code age 18..23 and not pregnant}; debt help, {@code income in (none, up-to-social-minimum) and
 * registered-address}. A rule is at most 2,000 characters and nests at most 32 levels. An error is one line: the
 * code ({@code eligibility.*} of {@link io.github.casework.directory.DirectoryCodes}), the 1-based position, what
 * was expected, and a description of what was found, never the text itself
 * ({@link io.github.casework.directory.EligibilitySyntaxException}).
 *
 * <p>Rules are judged in three values: a predicate over an unknown fact is unknown; {@code not} keeps unknown;
 * {@code and} fails if any part fails, else is unknown if any part is; {@code or} is met if any part is met, else
 * unknown if any part is. A service whose rule is unknown for a client counts as one that may take the client.
 *
 * <h2>Special-category data</h2>
 *
 * <p>Pregnancy, addiction and psychiatric condition are data concerning health, special-category data under the
 * GDPR (art. 9); {@link io.github.casework.directory.ProfileFact#isSpecialCategory()} marks them. Profiles print
 * no facts; the texts of gap findings name such a fact only as "a special-category fact". A profile is recorded
 * for the check as an input of the caseload, next to the area of a case, not as a case event: its facts change
 * (a divorce, a new job), include health data that should not be kept forever in an append-only history, and are
 * judged only now.
 */
@NullMarked
package io.github.casework.directory;

import org.jspecify.annotations.NullMarked;
