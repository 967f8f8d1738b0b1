package io.github.casework.examples.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;

/**
 * Appends HTML: text always goes through Guava's HTML escaper (which also escapes quotes, so the same escaping is
 * safe in attribute values); only the report's own fixed markup is appended raw. Not thread-safe; one per page.
 */
final class Html {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private final StringBuilder sb = new StringBuilder(64 * 1024);

  /** Appends the report's own markup, never text from a finding or a caseload. */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** Appends text, escaped. */
  Html text(String text) {
    sb.append(ESCAPER.escape(text));
    return this;
  }

  /** Appends {@code <tag class="cls">text</tag>}, the text escaped. */
  Html element(String tag, String cls, String text) {
    sb.append('<').append(tag);
    if (!cls.isEmpty()) {
      sb.append(" class=\"").append(ESCAPER.escape(cls)).append('"');
    }
    sb.append('>').append(ESCAPER.escape(text)).append("</").append(tag).append('>');
    return this;
  }

  static String escape(String text) {
    return ESCAPER.escape(text);
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
