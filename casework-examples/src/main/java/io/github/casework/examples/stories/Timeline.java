package io.github.casework.examples.stories;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.CaseworkEvent;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingText;
import io.github.casework.examples.text.Dates;
import io.github.casework.examples.text.Words;
import io.github.casework.referral.ReferralEvent;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The text of a story as it runs, in English or Dutch: steps (what happened, dated), what the library recorded (one
 * plain line per event, with its time and zone), what the library refused, and what the caseload check would have
 * said at that moment. A story adds to it in order, giving every text in both languages; the demo prints it. Times
 * are shown in Amsterdam time (CET or CEST). Not thread-safe; one timeline per story run.
 */
public final class Timeline {
  private static final int WIDTH = 104;
  private static final String LABEL = "%-12s %-21s ";

  private final boolean dutch;
  private final Words words;
  private final FindingText findingText;
  private final Dates dates;
  private final Map<String, String> names = new HashMap<>();
  private final EventText eventText;
  private final List<String> lines = new ArrayList<>();
  private int year;

  /**
   * Creates an empty timeline.
   *
   * @param language Dutch for a Dutch locale, English otherwise, not null
   */
  public Timeline(Locale language) {
    requireNonNull(language, "language");
    this.words = Words.of(language);
    this.findingText = FindingText.of(language);
    this.dates = Dates.of(Stage.NORMS.zone(), language);
    this.dutch = dates.dutch();
    this.eventText = new EventText(dutch, words, dates, id -> names.getOrDefault(id, id));
  }

  /** Creates an empty English timeline. */
  public Timeline() {
    this(Locale.ENGLISH);
  }

  /** {@return whether the timeline is told in Dutch} */
  public boolean dutch() {
    return dutch;
  }

  /**
   * Names a person or agency of the story in the event lines, instead of its id.
   *
   * @param id the id, not null
   * @param en the English name, not null
   * @param nl the Dutch name, not null
   * @return this timeline
   */
  public Timeline name(String id, String en, String nl) {
    names.put(requireNonNull(id, "id"), say(en, nl));
    return this;
  }

  /**
   * Adds a heading, underlined.
   *
   * @param en the English heading, not null
   * @param nl the Dutch heading, not null
   * @return this timeline
   */
  public Timeline heading(String en, String nl) {
    String text = say(en, nl);
    if (!lines.isEmpty()) {
      lines.add("");
    }
    lines.add(text);
    lines.add("=".repeat(text.length()));
    return this;
  }

  /**
   * Adds a step: what happened on a day, after an empty line, starting with the date.
   *
   * @param day when it happened, not null
   * @param en the English text, not null
   * @param nl the Dutch text, not null
   * @return this timeline
   */
  public Timeline step(Instant day, String en, String nl) {
    lines.add("");
    lines.addAll(wrap(dates.weekday(day) + ". " + say(en, nl), "", WIDTH));
    year = dates.year(day);
    return this;
  }

  /**
   * Adds a paragraph of narration, after an empty line unless it is the first.
   *
   * @param en the English text, not null
   * @param nl the Dutch text, not null
   * @return this timeline
   */
  public Timeline narrate(String en, String nl) {
    if (!lines.isEmpty()) {
      lines.add("");
    }
    lines.addAll(wrap(say(en, nl), "", WIDTH));
    return this;
  }

  /**
   * Adds what the library recorded: one line per event that is worth telling, with its time and zone.
   *
   * @param events the events, in order, not null
   * @return this timeline
   */
  public Timeline events(Iterable<? extends CaseworkEvent> events) {
    return events(events, e -> true);
  }

  /**
   * Adds what the library recorded, telling only some of the events (the others are read for the names they give,
   * such as the agency a referral went to).
   *
   * @param events the events, in order, not null
   * @param told which of them to tell, not null
   * @return this timeline
   */
  public Timeline events(Iterable<? extends CaseworkEvent> events, Predicate<CaseworkEvent> told) {
    List<CaseworkEvent> all = new ArrayList<>();
    events.forEach(all::add);
    String label = say("recorded", "vastgelegd");
    for (int i = 0; i < all.size(); i++) {
      CaseworkEvent e = all.get(i);
      Optional<String> text = eventText.describe(e);
      if (repeatedByNext(all, i) || !told.test(e)) {
        continue;
      }
      if (text.isPresent()) {
        labelled(label, moment(e.at()), text.get());
        label = "";
      }
    }
    return this;
  }

  /**
   * An acknowledged outcome is told by the loop line that follows it, and accepted accountability by the handover line,
   * which say more.
   */
  private static boolean repeatedByNext(List<CaseworkEvent> all, int i) {
    if (i + 1 >= all.size()) {
      return false;
    }
    CaseworkEvent next = all.get(i + 1);
    return all.get(i) instanceof ReferralEvent.OutcomeAcknowledged a
        && next instanceof CaseEvent.ReferralLoopClosed c && c.referral().equals(a.referralId())
        || all.get(i) instanceof ReferralEvent.AccountabilityAccepted b
        && next instanceof CaseEvent.NeedHandedOver h && h.referral().equals(b.referralId());
  }

  /**
   * Adds what the library refused, in plain words; the story checks the refusal's code.
   *
   * @param en the English reason, not null
   * @param nl the Dutch reason, not null
   * @return this timeline
   */
  public Timeline refused(String en, String nl) {
    labelled(say("refused", "geweigerd"), "", say(en, nl));
    return this;
  }

  /**
   * Adds an indented remark under the last lines.
   *
   * @param en the English text, not null
   * @param nl the Dutch text, not null
   * @return this timeline
   */
  public Timeline note(String en, String nl) {
    lines.addAll(wrap(say(en, nl), " ".repeat(String.format(LABEL, "", "").length()), WIDTH));
    return this;
  }

  /**
   * Adds what the caseload check says at an instant: nothing to report, or each finding with its next step.
   *
   * @param at the instant of the check, not null
   * @param findings the findings, in the check's order, not null
   * @return this timeline
   */
  public Timeline check(Instant at, List<Finding> findings) {
    String label = say("the check", "de check");
    if (findings.isEmpty()) {
      labelled(label, moment(at), say("nothing to report.", "niets te melden."));
      return this;
    }
    String when = moment(at);
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      int same = 1;
      while (i + 1 < findings.size() && findings.get(i + 1).code() == f.code()) {
        same++;
        i++;
      }
      String[] text = findingText(f);
      labelled(label, when, findingText.severity(f.severity()) + ": " + findingText.title(f.code()) + (same > 1
          ? " (" + same + "×)." : "."));
      if (!steps.contains(text[1])) {
        steps.add(text[1]);
        note("Next step: " + text[1], "Volgende stap: " + text[1]);
      }
      label = "";
      when = "";
    }
    return this;
  }

  /** {@return the explanation and next step of a finding, in the timeline's language} */
  private String[] findingText(Finding f) {
    FindingText.Rendered r = findingText.render(f);
    return new String[] {r.explanation(), r.nextStep()};
  }

  /** The moment of a line; with its year when that is not the year of the step it belongs to. */
  private String moment(Instant at) {
    return dates.year(at) == year ? dates.moment(at) : dates.weekday(at) + " " + dates.time(at);
  }

  private void labelled(String label, String when, String text) {
    String head = String.format(LABEL, "  " + label, when);
    List<String> wrapped = wrap(text, " ".repeat(head.length()), WIDTH);
    lines.add(head + wrapped.get(0).substring(head.length()));
    lines.addAll(wrapped.subList(1, wrapped.size()));
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

  /** {@return the formats of dates in the timeline's language} */
  Dates dates() {
    return dates;
  }

  String say(String en, String nl) {
    return dutch ? requireNonNull(nl, "nl") : requireNonNull(en, "en");
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
