package io.github.casework.examples.cli;

import io.github.casework.check.Finding;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

/** Findings as a {@code findings} document of the wire format. */
final class FindingsJson {
  private FindingsJson() {}

  static void write(List<Finding> findings, Instant at, PrintWriter out) {
    // TODO(json2): write the findings document once it lands on main.
    throw InputException.wrongInput("--format json", "check.unavailable", "the findings document of casework-json is "
        + "not available yet");
  }
}
