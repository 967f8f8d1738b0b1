package io.github.casework.examples.cli;

import io.github.casework.check.Caseload;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.DocumentKind;

/** Reads a caseload from a snapshot document or an event stream. */
final class CaseloadFiles {
  private CaseloadFiles() {}

  /** The kind of a caseload snapshot document. */
  static final String SNAPSHOT = "caseload";

  /** The kind of a caseload event stream. */
  static final String STREAM = "caseload-events";

  /**
   * Reads the caseload an input holds.
   *
   * @param input the input, not null
   * @return the caseload
   * @throws InputException if the input is not a caseload snapshot or stream, or is invalid
   */
  static Caseload read(Input input) {
    String kind = input.kind().orElse(SNAPSHOT);
    if (!kind.equals(SNAPSHOT) && !kind.equals(STREAM)) {
      throw InputException.wrongInput(input.name(), "check.wrong-kind", "holds a document of kind '" + kind
          + "'; check reads a caseload snapshot (kind '" + SNAPSHOT + "') or event stream (kind '" + STREAM + "')");
    }
    try {
      CaseloadSnapshot snapshot = kind.equals(STREAM)
          ? CaseworkJson.standard().readCaseloadEvents(input.stream())
          : CaseworkJson.standard().read(DocumentKind.CASELOAD, input.stream());
      return snapshot.caseload();
    } catch (CaseworkJsonException e) {
      throw InputException.invalid(input.name(), e);
    }
  }
}
