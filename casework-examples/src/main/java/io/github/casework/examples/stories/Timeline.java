package io.github.casework.examples.stories;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.CaseworkEvent;
import io.github.casework.CaseworkException;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingText;
import io.github.casework.check.SubjectRef;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text of a story as it runs: narration, the events the library produced (one line each, with their time and
 * stable type id), rules that rejected a step, and findings. A story adds to it in order; the demo prints it.
 * Times are shown in UTC, to the minute. Not thread-safe; one timeline per story run.
 */
public final class Timeline {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
  private static final int WIDTH = 100;
  private static final int EVENT_WIDTH = 120;

  private final List<String> lines = new ArrayList<>();

  /** Creates an empty timeline. */
  public Timeline() {}

  /**
   * Adds a heading, underlined.
   *
   * @param text the heading, not null
   * @return this timeline
   */
  public Timeline heading(String text) {
    requireNonNull(text, "text");
    if (!lines.isEmpty()) {
      lines.add("");
    }
    lines.add(text);
    lines.add("=".repeat(text.length()));
    return this;
  }

  /**
   * Adds a paragraph of narration, wrapped at 100 characters, after an empty line.
   *
   * @param text the narration, not null
   * @return this timeline
   */
  public Timeline narrate(String text) {
    requireNonNull(text, "text");
    lines.add("");
    lines.addAll(wrap(text, "", WIDTH));
    return this;
  }

  /**
   * Adds one line per event: its time, its stable type id and a short description of its ids and codes.
   *
   * @param events the events, in order, not null
   * @return this timeline
   */
  public Timeline events(Iterable<? extends CaseworkEvent> events) {
    for (CaseworkEvent e : events) {
      String head = String.format("  %s  %-33s ", TIME.format(e.at()), e.type());
      List<String> text = wrap(EventText.describe(e), " ".repeat(head.length()), EVENT_WIDTH);
      lines.add(head + text.get(0).substring(head.length()));
      lines.addAll(text.subList(1, text.size()));
    }
    return this;
  }

  /**
   * Adds the rule that rejected a step: its stable code and message.
   *
   * @param attempt what was attempted, not null
   * @param rejection the library's exception, not null
   * @return this timeline
   */
  public Timeline rejected(String attempt, CaseworkException rejection) {
    lines.add("  " + attempt + " -> rejected [" + rejection.code() + "]");
    lines.addAll(wrap(rejection.getMessage(), "      ", WIDTH));
    return this;
  }

  /**
   * Adds an indented remark, such as a result the library computed.
   *
   * @param text the remark, not null
   * @return this timeline
   */
  public Timeline note(String text) {
    lines.addAll(wrap(requireNonNull(text, "text"), "  ", WIDTH));
    return this;
  }

  /**
   * Adds findings of the caseload check as blocks: severity, code, subjects, explanation and the
   * suggested next step.
   *
   * @param at the instant of the check, not null
   * @param findings the findings, in the check's order, not null
   * @return this timeline
   */
  public Timeline findings(Instant at, List<Finding> findings) {
    lines.add("");
    lines.add("Caseload check at " + TIME.format(at) + ": " + count(findings.size(), "finding") + ".");
    for (Finding f : findings) {
      lines.add("  " + f.severity().code().toUpperCase(Locale.ROOT) + "  " + f.code().code());
      lines.addAll(wrap("about: " + f.subjects().stream().map(SubjectRef::toString)
          .collect(Collectors.joining(", ")), "      ", WIDTH));
      lines.addAll(wrap(FindingText.english().explanation(f), "      ", WIDTH));
      lines.addAll(wrap("next step: " + FindingText.english().nextStep(f.nextStep()), "      ", WIDTH));
    }
    return this;
  }

  /** {@return the lines so far} */
  public ImmutableList<String> lines() {
    return ImmutableList.copyOf(lines);
  }

  /**
   * Prints the lines, each ending in a line feed.
   *
   * @param out where to print, not null
   */
  public void printTo(PrintWriter out) {
    for (String line : lines) {
      out.print(line);
      out.print('\n');
    }
    out.flush();
  }

  /** {@return the date of an instant in UTC, such as {@code 2026-10-12}} */
  static String day(Instant at) {
    return DAY.format(at);
  }

  static String count(int n, String noun) {
    return (n == 0 ? "no" : String.valueOf(n)) + " " + noun + (n == 1 ? "" : "s");
  }

  /** Wraps text at spaces so that no line is longer than {@code width} (a longer word stands alone). */
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
    if (line.length() > indent.length() || out.isEmpty()) {
      out.add(line.toString().stripTrailing());
    }
    return out;
  }
}
