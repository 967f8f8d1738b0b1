/**
 * The team report: the caseload check's findings as one self-contained HTML page that a team lead would rather look
 * at than read ({@link io.github.casework.examples.report.TeamReport}). Inline CSS and inline SVG only, no scripts,
 * nothing loaded from elsewhere; every text is HTML-escaped; it shows ids, codes, agency names and dates only, as the
 * findings do.
 */
@NullMarked
package io.github.casework.examples.report;

import org.jspecify.annotations.NullMarked;
