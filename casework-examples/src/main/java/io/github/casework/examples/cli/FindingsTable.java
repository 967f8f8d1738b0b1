package io.github.casework.examples.cli;

import io.github.casework.check.Finding;
import io.github.casework.check.FindingText;
import io.github.casework.check.Severity;
import io.github.casework.check.SubjectRef;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Findings as an aligned table for a terminal, at most 120 columns wide: one row per finding with its severity, code
 * and subjects, then its explanation and next step, wrapped under the code column; and a summary line with the counts
 * per severity.
 */
final class FindingsTable {
  private static final int WIDTH = 120;

  private FindingsTable() {}

  static void print(List<Finding> findings, Instant at, PrintWriter out) {
    print(findings, at, FindingText.english(), out);
  }

  static void print(List<Finding> findings, Instant at, FindingText text, PrintWriter out) {
    int severityWidth = "SEVERITY".length();
    int codeWidth = "CODE".length();
    for (Finding f : findings) {
      severityWidth = Math.max(severityWidth, f.severity().code().length());
      codeWidth = Math.max(codeWidth, f.code().code().length());
    }
    String indent = " ".repeat(severityWidth + 2);
    String subjectIndent = " ".repeat(severityWidth + 2 + codeWidth + 2);
    if (!findings.isEmpty()) {
      out.print(pad("SEVERITY", severityWidth) + "  " + pad("CODE", codeWidth) + "  SUBJECTS\n");
    }
    boolean first = true;
    for (Finding f : findings) {
      if (!first) {
        out.print("\n");
      }
      first = false;
      List<String> subjects = wrap(f.subjects().stream().map(SubjectRef::toString).collect(Collectors.joining(" ")),
          subjectIndent, WIDTH);
      out.print(pad(f.severity().code(), severityWidth) + "  " + pad(f.code().code(), codeWidth) + "  "
          + subjects.get(0).substring(subjectIndent.length()) + "\n");
      for (String line : subjects.subList(1, subjects.size())) {
        out.print(line + "\n");
      }
      FindingText.Rendered rendered = text.render(f);
      for (String line : wrap(rendered.explanation(), indent, WIDTH)) {
        out.print(line + "\n");
      }
      for (String line : wrap("-> " + rendered.nextStep(), indent, WIDTH)) {
        out.print(line + "\n");
      }
    }
    if (!findings.isEmpty()) {
      out.print("\n");
    }
    out.print(summary(findings, at, text.locale()) + "\n");
    out.flush();
  }

  /** {@return a line such as {@code 3 findings at 2026-12-15T09:00:00Z: 1 critical, 2 warning}} */
  static String summary(List<Finding> findings, Instant at) {
    return summary(findings, at, Locale.ENGLISH);
  }

  /**
   * {@return the summary line in English or (for the Dutch language) in Dutch, such as {@code 3 bevindingen op
   * 2026-12-15T09:00:00Z (UTC): 1 critical, 2 warning}}; severities stay codes, as in the table
   */
  static String summary(List<Finding> findings, Instant at, Locale locale) {
    boolean dutch = locale.getLanguage().equals("nl");
    if (findings.isEmpty()) {
      return dutch ? "Geen bevindingen op " + at + " (UTC)." : "No findings at " + at + ".";
    }
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    for (Finding f : findings) {
      bySeverity.merge(f.severity(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    for (Severity s : List.of(Severity.CRITICAL, Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      if (bySeverity.containsKey(s)) {
        parts.add(bySeverity.get(s) + " " + s.code());
      }
    }
    if (dutch) {
      return findings.size() + (findings.size() == 1 ? " bevinding" : " bevindingen") + " op " + at + " (UTC): "
          + String.join(", ", parts) + ".";
    }
    return findings.size() + (findings.size() == 1 ? " finding" : " findings") + " at " + at + ": "
        + String.join(", ", parts) + ".";
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  /** Wraps at spaces; every line starts with the indent; a word longer than a line stands alone. */
  static List<String> wrap(String text, String indent, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    out.add(line.toString());
    return out;
  }
}
