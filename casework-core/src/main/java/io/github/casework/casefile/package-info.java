/**
 * The case (casus) aggregate: a client's file at one agency with needs (hulpvragen) in the life domains of the
 * self-sufficiency matrix, each with exactly one accountable professional, dated assessments, and a lifecycle
 * that cannot close while a need is open.
 *
 * <p>Start with {@link io.github.casework.casefile.Case#open}, change it with
 * {@link io.github.casework.casefile.Case#decide decide}, persist the
 * {@link io.github.casework.casefile.CaseEvent}s, and rebuild with
 * {@link io.github.casework.casefile.Case#replay(Iterable)}.
 */
@NullMarked
package io.github.casework.casefile;

import org.jspecify.annotations.NullMarked;
