package io.github.casework.examples.cli;

import io.github.casework.check.Finding;
import io.github.casework.check.FindingText;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.Findings;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/**
 * Findings as a {@code findings} document of the wire format: each with its texts in the chosen language, and its
 * facts and structured next step.
 */
final class FindingsJson {
  private FindingsJson() {}

  static void write(List<Finding> findings, Instant at, FindingText text, PrintWriter out) {
    out.print(CaseworkJson.standard().writeString(DocumentKind.FINDINGS, Findings.of(at, findings, text)));
    out.flush();
  }
}
