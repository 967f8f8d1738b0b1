package io.github.casework.examples.cli;

import io.github.casework.examples.sample.SampleCaseload;
import java.io.PrintWriter;

/** Writes the sample caseload as a snapshot document or an event stream. */
final class SampleFiles {
  private SampleFiles() {}

  static void write(SampleCaseload.Sample sample, boolean stream, PrintWriter out) {
    // TODO(json2): write the caseload snapshot / caseload-events stream once they land on main.
    throw InputException.wrongInput("sample", "sample.unavailable", "writing the caseload needs the caseload document "
        + "kind of casework-json, which is not available yet; --planted lists the planted findings");
  }
}
