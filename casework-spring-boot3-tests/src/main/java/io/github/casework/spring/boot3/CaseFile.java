package io.github.casework.spring.boot3;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.json.History;

/**
 * What a vendor's REST layer sends: its own member next to a case's history, which only the casework module can
 * write and read. Immutable and thread-safe.
 *
 * @param title the vendor's title
 * @param caseDocument the case's history
 */
public record CaseFile(String title, History<Case, CaseEvent> caseDocument) {}
