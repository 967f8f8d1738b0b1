package io.github.casework.examples.cli;

import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkJsonException;
import io.github.casework.json.CheckInput;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.EventStreamKind;

/** Reads a caseload from a snapshot document or an event stream. */
final class CaseloadFiles {
  private CaseloadFiles() {}

  /** The kind of a caseload snapshot document. */
  static final String SNAPSHOT = "caseload";

  /** The kind of a caseload event stream. */
  static final String STREAM = "caseload-events";

  /**
   * Reads what the caseload check reads from an input: the caseload (with its outreach cases) and the consent
   * withdrawals.
   *
   * @param input the input, not null
   * @param json the reader: strict unless the user asked for tolerance, so that a misspelled member is an error
   *     and not silently skipped data, not null
   * @return the caseload and the withdrawals
   * @throws InputException if the input is not a caseload snapshot or stream, or is invalid
   */
  static CheckInput read(Input input, CaseworkJson json) {
    String kind = input.kind().orElse(SNAPSHOT);
    if (!kind.equals(SNAPSHOT) && !kind.equals(STREAM)) {
      throw InputException.wrongInput(input.name(), CliCodes.WRONG_KIND, "holds a document of " + kindOf(kind)
          + "; check reads a caseload snapshot (kind '" + SNAPSHOT + "') or event stream (kind '" + STREAM + "')");
    }
    try {
      // A stream's events are replayed, not kept: the check needs the states only.
      return kind.equals(STREAM)
          ? json.readCheckInput(input.stream())
          : CheckInput.of(json.read(DocumentKind.CASELOAD, input.stream()));
    } catch (CaseworkJsonException e) {
      throw InputException.invalid(input.name(), e);
    }
  }

  /**
   * Reads the snapshot an input holds, with the events of its aggregates (for commands that need the histories,
   * not only the states).
   *
   * @param input the input, not null
   * @param json the reader, not null
   * @param command the command's name, for the message, not null
   * @return the snapshot
   * @throws InputException if the input is not a caseload snapshot or stream, or is invalid
   */
  static CaseloadSnapshot readSnapshot(Input input, CaseworkJson json, String command) {
    String kind = input.kind().orElse(SNAPSHOT);
    if (!kind.equals(SNAPSHOT) && !kind.equals(STREAM)) {
      throw InputException.wrongInput(input.name(), CliCodes.EXPORT_WRONG_KIND, "holds a document of " + kindOf(kind)
          + "; " + command + " reads a caseload snapshot (kind '" + SNAPSHOT + "') or event stream (kind '" + STREAM
          + "')");
    }
    try {
      return kind.equals(STREAM) ? json.readCaseloadEvents(input.stream())
          : json.read(DocumentKind.CASELOAD, input.stream());
    } catch (CaseworkJsonException e) {
      throw InputException.invalid(input.name(), e);
    }
  }

  /**
   * Names a kind the command does not read: a known kind by its name, anything else described, never quoted (the
   * kind is input, and may hold anything).
   *
   * @param kind the kind the input names, not null
   * @return for instance {@code "kind 'case'"} or {@code "an unknown kind (a text of 9 characters, ...)"}
   */
  static String kindOf(String kind) {
    boolean known = DocumentKind.ofName(kind).isPresent() || EventStreamKind.ofName(kind).isPresent();
    return known ? "kind '" + kind + "'" : "an unknown kind (" + Describe.code(kind) + ")";
  }
}
