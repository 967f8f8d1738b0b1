package io.github.casework.directory;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.signal.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A recursive-descent parser of the eligibility rule language, one token of look-ahead. Confined to one call of
 * {@link Eligibility#parse}.
 */
final class EligibilityParser {
  static final int MAX_LENGTH = 2_000;

  private enum Kind { WORD, OPEN, CLOSE, COMMA, RANGE, END }

  private final String text;
  private int pos;
  private Kind kind = Kind.END;
  private String word = "";
  private int start;
  private int depth;

  EligibilityParser(String text) {
    this.text = text;
  }

  Eligibility parse() {
    if (text.length() > MAX_LENGTH) {
      throw new EligibilitySyntaxException(DirectoryCodes.RULE_TOO_LONG, MAX_LENGTH + 1,
          "a rule is at most " + MAX_LENGTH + " characters long");
    }
    if (text.isBlank()) {
      throw new EligibilitySyntaxException(DirectoryCodes.RULE_EMPTY, 1, "a rule is not empty");
    }
    next();
    Eligibility rule = disjunct();
    if (kind != Kind.END) {
      throw unexpected("'and', 'or' or the end of the rule");
    }
    return rule;
  }

  private Eligibility disjunct() {
    List<Eligibility> parts = new ArrayList<>(List.of(conjunct()));
    while (isWord("or")) {
      next();
      parts.add(conjunct());
    }
    return parts.size() == 1 ? parts.get(0) : build(() -> new Eligibility.Any(ImmutableList.copyOf(parts)));
  }

  private Eligibility conjunct() {
    List<Eligibility> parts = new ArrayList<>(List.of(unary()));
    while (isWord("and")) {
      next();
      parts.add(unary());
    }
    return parts.size() == 1 ? parts.get(0) : build(() -> new Eligibility.All(ImmutableList.copyOf(parts)));
  }

  private Eligibility unary() {
    if (isWord("not")) {
      enter();
      next();
      Eligibility inner = unary();
      depth--;
      return build(() -> new Eligibility.Not(inner));
    }
    return primary();
  }

  private Eligibility primary() {
    if (kind == Kind.OPEN) {
      enter();
      next();
      Eligibility inner = disjunct();
      expect(Kind.CLOSE, "')' or 'and' or 'or'");
      depth--;
      return inner;
    }
    if (kind != Kind.WORD) {
      throw unexpected("a predicate, 'not' or '('");
    }
    int at = start;
    switch (word) {
      case "everyone":
        next();
        return Eligibility.everyone();
      case "nobody":
        next();
        return Eligibility.Constant.NOBODY;
      case "age":
        next();
        return age(at);
      case "household":
        next();
        return Eligibility.HouseholdIn.of(list("a household situation", HouseholdSituation::ofCode));
      case "income":
        next();
        return Eligibility.IncomeIn.of(list("an income band", IncomeBand::ofCode));
      case "area":
        next();
        return Eligibility.AreaIn.of(list("an area code", Area::of));
      default:
        for (ProfileFact f : Eligibility.Has.FLAGS) {
          if (f.code().equals(word)) {
            next();
            return new Eligibility.Has(f);
          }
        }
        throw unexpected("a predicate (age, household, income, area, pregnant, registered-address, insured, "
            + "employed, addiction, psychiatric-condition), 'not' or '('");
    }
  }

  private Eligibility age(int at) {
    int min = 0;
    int max = Eligibility.AgeBetween.OLDEST;
    if (kind == Kind.WORD) {
      min = years();
      expect(Kind.RANGE, "'..' after the lowest age");
      if (kind == Kind.WORD && isNumber()) {
        max = years();
      }
    } else {
      expect(Kind.RANGE, "an age range such as 18..23, 18.. or ..23");
      if (kind != Kind.WORD) {
        throw unexpected("the highest age after '..'");
      }
      max = years();
    }
    if (min > max || (min == 0 && max == Eligibility.AgeBetween.OLDEST)) {
      throw new EligibilitySyntaxException(DirectoryCodes.RULE_AGE_RANGE, at + 1,
          "an age range has its lowest age at most its highest and is not open at both ends");
    }
    return new Eligibility.AgeBetween(min, max);
  }

  private int years() {
    if (!isNumber() || word.length() > 3 || Integer.parseInt(word) > Eligibility.AgeBetween.OLDEST) {
      throw new EligibilitySyntaxException(DirectoryCodes.RULE_AGE_RANGE, start + 1,
          "expected an age of 0 to 130 years, found " + describe());
    }
    int v = Integer.parseInt(word);
    next();
    return v;
  }

  private boolean isNumber() {
    return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private <T> List<T> list(String what, Function<String, T> read) {
    if (!isWord("in")) {
      throw unexpected("'in'");
    }
    next();
    expect(Kind.OPEN, "'(' to open the list");
    List<T> values = new ArrayList<>();
    while (true) {
      if (kind != Kind.WORD) {
        throw unexpected(what);
      }
      try {
        values.add(read.apply(word));
      } catch (InvalidValueException e) {
        throw new EligibilitySyntaxException(DirectoryCodes.RULE_UNKNOWN_VALUE, start + 1,
            "expected " + what + ", found a word that is not one");
      }
      next();
      if (kind == Kind.CLOSE) {
        next();
        return values;
      }
      expect(Kind.COMMA, "',' or ')'");
    }
  }

  private void enter() {
    if (++depth >= Eligibility.MAX_DEPTH) {
      throw new EligibilitySyntaxException(DirectoryCodes.RULE_TOO_LONG, start + 1,
          "a rule nests at most " + Eligibility.MAX_DEPTH + " levels deep");
    }
  }

  private Eligibility build(Supplier<Eligibility> make) {
    try {
      return make.get();
    } catch (InvalidValueException e) {
      throw new EligibilitySyntaxException(DirectoryCodes.RULE_TOO_LONG, start + 1,
          "a rule nests at most " + Eligibility.MAX_DEPTH + " levels deep");
    }
  }

  private boolean isWord(String w) {
    return kind == Kind.WORD && word.equals(w);
  }

  private void expect(Kind k, String what) {
    if (kind != k) {
      throw unexpected(what);
    }
    next();
  }

  private EligibilitySyntaxException unexpected(String what) {
    return new EligibilitySyntaxException(kind == Kind.END ? DirectoryCodes.RULE_UNEXPECTED_END
        : DirectoryCodes.RULE_UNEXPECTED_TOKEN, start + 1, "expected " + what + ", found " + describe());
  }

  private String describe() {
    switch (kind) {
      case END:
        return "the end of the rule";
      case OPEN:
        return "'('";
      case CLOSE:
        return "')'";
      case COMMA:
        return "','";
      case RANGE:
        return "'..'";
      default:
        return isNumber() ? "a number" : isKeyword() ? "the word '" + word + "'" : "a word of " + word.length()
            + " characters";
    }
  }

  /** Words of the language itself may be named in a message; any other word is described, not quoted. */
  private boolean isKeyword() {
    switch (word) {
      case "and": case "or": case "not": case "in": case "age": case "household": case "income": case "area":
      case "everyone": case "nobody":
        return true;
      default:
        return Eligibility.Has.FLAGS.stream().anyMatch(f -> f.code().equals(word));
    }
  }

  private void next() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    start = pos;
    if (pos >= text.length()) {
      kind = Kind.END;
      return;
    }
    char c = text.charAt(pos);
    switch (c) {
      case '(':
        pos++;
        kind = Kind.OPEN;
        return;
      case ')':
        pos++;
        kind = Kind.CLOSE;
        return;
      case ',':
        pos++;
        kind = Kind.COMMA;
        return;
      case '.':
        if (pos + 1 < text.length() && text.charAt(pos + 1) == '.') {
          pos += 2;
          kind = Kind.RANGE;
          return;
        }
        break;
      default:
        if (isWordStart(c)) {
          int end = pos + 1;
          while (end < text.length() && isWordPart(text.charAt(end))
              && !(text.charAt(end) == '.' && end + 1 < text.length() && text.charAt(end + 1) == '.')) {
            end++;
          }
          word = text.substring(pos, end);
          pos = end;
          kind = Kind.WORD;
          return;
        }
    }
    throw new EligibilitySyntaxException(DirectoryCodes.RULE_UNEXPECTED_CHARACTER, pos + 1,
        "expected a word, a number, '(', ')', ',' or '..', found a character the rule language does not use");
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || c == '-' || c == '_' || c == '.';
  }
}
