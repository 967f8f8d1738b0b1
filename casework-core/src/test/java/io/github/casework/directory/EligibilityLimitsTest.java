package io.github.casework.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.casework.InvalidValueException;
import io.github.casework.signal.Area;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The edges of the rule language: the length and nesting limits exactly at their bounds (and where the parser
 * reports them), the depth of the trees the factories build, the characters that start a word, the descriptions an
 * error gives of what it found, and the age bounds of the compiled rules.
 */
class EligibilityLimitsTest {
  private static final Eligibility EMPLOYED = new Eligibility.Has(ProfileFact.EMPLOYMENT);
  private static final Eligibility INSURED = new Eligibility.Has(ProfileFact.INSURANCE);

  private static EligibilitySyntaxException syntaxError(String text) {
    EligibilitySyntaxException e = catchThrowableOfType(() -> Eligibility.parse(text),
        EligibilitySyntaxException.class);
    assertThat(e).as("a syntax error").isNotNull();
    return e;
  }

  /** A rule of depth {@code depth}: nested negations of a yes-or-no fact. */
  private static Eligibility nested(int depth) {
    Eligibility rule = INSURED;
    for (int i = 1; i < depth; i++) {
      rule = rule.negate();
    }
    return rule;
  }

  @Test
  void aRuleOfExactlyTheLongestLengthParses() {
    String longest = "insured" + " ".repeat(EligibilityParser.MAX_LENGTH - "insured".length());
    assertThat(longest).hasSize(2_000);
    assertThat(Eligibility.parse(longest)).isEqualTo(INSURED);
    EligibilitySyntaxException e = syntaxError(longest + " ");
    assertThat(e.code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
    assertThat(e.position()).isEqualTo(2_001);
  }

  @Test
  void thirtyOneNestedBracketsParseAndTheThirtySecondIsRefusedWhereItOpens() {
    assertThat(Eligibility.parse("(".repeat(31) + "insured" + ")".repeat(31))).isEqualTo(INSURED);
    EligibilitySyntaxException e = syntaxError("(".repeat(32) + "insured" + ")".repeat(32));
    assertThat(e.code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
    assertThat(e.position()).isEqualTo(32);
    assertThat(e.getMessage()).isEqualTo("eligibility rule, position 32: a rule nests at most 32 levels deep");
  }

  @Test
  void theThirtySecondNestedNotIsRefusedWhereItStands() {
    assertThat(Eligibility.parse("not ".repeat(31) + "insured")).isEqualTo(nested(32));
    // The parser stops at the 32nd 'not' (position 125), before reading on to the end of the text.
    EligibilitySyntaxException e = syntaxError("not ".repeat(40) + "insured");
    assertThat(e.code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
    assertThat(e.position()).isEqualTo(31 * 4 + 1);
  }

  @Test
  void siblingsDoNotAddUpToADepth() {
    // Forty negations and forty bracketed parts side by side nest only two levels deep.
    String nots = String.join(" and ", Collections.nCopies(40, "not employed"));
    assertThat(Eligibility.parse(nots).depth()).isEqualTo(3);
    String brackets = String.join(" or ", Collections.nCopies(40, "(employed)"));
    assertThat(Eligibility.parse(brackets)).isEqualTo(Eligibility.anyOf(Collections.nCopies(40, EMPLOYED)));
    String both = String.join(" and ", Collections.nCopies(40, "(not (insured))"));
    assertThat(Eligibility.parse(both).depth()).isEqualTo(3);
  }

  @Test
  void aTreeThatNestsTooDeepThroughAndAndOrIsRefusedAtTheEnd() {
    // Each level "x or y and (...)" adds an or and an and, but only one bracket: 16 levels nest 33 deep.
    String text = "employed or insured and (".repeat(16) + "pregnant" + ")".repeat(16);
    EligibilitySyntaxException e = syntaxError(text);
    assertThat(e.code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
    assertThat(e.position()).isEqualTo(text.length() + 1);
    String fifteen = "employed or insured and (".repeat(15) + "pregnant" + ")".repeat(15);
    assertThat(Eligibility.parse(fifteen).depth()).isEqualTo(31);
  }

  @Test
  void theFactoriesMeasureAndBoundTheDepth() {
    assertThat(INSURED.depth()).isEqualTo(1);
    assertThat(new Eligibility.AgeBetween(18, 23).depth()).isEqualTo(1);
    assertThat(Eligibility.everyone().depth()).isEqualTo(1);
    assertThat(Eligibility.Constant.NOBODY.depth()).isEqualTo(1);
    for (String predicate : List.of("household in (single)", "income in (none)", "area in (west)", "age 18..")) {
      assertThat(Eligibility.parse(predicate).depth()).as(predicate).isEqualTo(1);
    }
    assertThat(Eligibility.allOf(List.of(EMPLOYED, INSURED)).depth()).isEqualTo(2);
    assertThat(Eligibility.anyOf(List.of(EMPLOYED, nested(3))).depth()).isEqualTo(4);
    assertThat(Eligibility.allOf(List.of(nested(31), EMPLOYED)).depth()).isEqualTo(32);
    assertThat(Eligibility.anyOf(List.of(EMPLOYED, nested(31))).depth()).isEqualTo(32);
    assertThat(nested(32).depth()).isEqualTo(32);
  }

  @Test
  void anAndOrAnOrOverAPartOfTheGreatestDepthIsRefused() {
    Eligibility deepest = nested(32);
    assertThat(catchThrowableOfType(() -> Eligibility.allOf(List.of(deepest, EMPLOYED)),
        InvalidValueException.class).code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
    assertThat(catchThrowableOfType(() -> Eligibility.anyOf(List.of(EMPLOYED, deepest)),
        InvalidValueException.class).code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
    assertThat(catchThrowableOfType(() -> Eligibility.anyOf(List.of(EMPLOYED)),
        InvalidValueException.class).code()).isEqualTo(DirectoryCodes.RULE_EMPTY_LIST);
    assertThat(catchThrowableOfType(() -> Eligibility.IncomeIn.of(List.of()),
        InvalidValueException.class).code()).isEqualTo(DirectoryCodes.RULE_EMPTY_LIST);
    assertThat(catchThrowableOfType(() -> Eligibility.AreaIn.of(List.of()),
        InvalidValueException.class).code()).isEqualTo(DirectoryCodes.RULE_EMPTY_LIST);
  }

  @Test
  void wordsStartWithALetterOrADigitAtEitherEndOfTheirRanges() {
    assertThat(Eligibility.parse("area in (a, z, A, Z, 0, 9)")).isEqualTo(Eligibility.AreaIn.of(List.of(
        Area.of("a"), Area.of("z"), Area.of("A"), Area.of("Z"), Area.of("0"), Area.of("9"))));
    // The characters next to those ranges start no word.
    for (String c : List.of("`", "{", "@", "[", "/", ":")) {
      EligibilitySyntaxException e = syntaxError("area in (" + c + "1)");
      assertThat(e.code()).as(c).isEqualTo(DirectoryCodes.RULE_UNEXPECTED_CHARACTER);
      assertThat(e.position()).as(c).isEqualTo(10);
    }
  }

  @Test
  void aDotAtTheEndOfTheTextIsNoRange() {
    EligibilitySyntaxException alone = syntaxError("employed .");
    assertThat(alone.code()).isEqualTo(DirectoryCodes.RULE_UNEXPECTED_CHARACTER);
    assertThat(alone.position()).isEqualTo(10);
    // Inside a word a final dot belongs to the word (which is then no predicate).
    EligibilitySyntaxException inWord = syntaxError("employed.");
    assertThat(inWord.code()).isEqualTo(DirectoryCodes.RULE_UNEXPECTED_TOKEN);
    assertThat(inWord.position()).isEqualTo(1);
    assertThat(Eligibility.parse("area in (k.24)")).isEqualTo(Eligibility.AreaIn.of(List.of(Area.of("k.24"))));
  }

  @Test
  void agesHaveAtMostThreeDigitsAndAtMostOneHundredThirtyYears() {
    assertThat(Eligibility.parse("age 100..129")).isEqualTo(new Eligibility.AgeBetween(100, 129));
    assertThat(Eligibility.parse("age 130..")).isEqualTo(new Eligibility.AgeBetween(130, 130));
    for (String text : List.of("age 131..", "age 0100..", "age 1000..")) {
      EligibilitySyntaxException e = syntaxError(text);
      assertThat(e.code()).as(text).isEqualTo(DirectoryCodes.RULE_AGE_RANGE);
      assertThat(e.position()).as(text).isEqualTo(5);
    }
    // Open at both ends is no range, though both bounds are ages.
    assertThat(syntaxError("age 0..130").code()).isEqualTo(DirectoryCodes.RULE_AGE_RANGE);
  }

  @Test
  void anAgeRangeIncludesBothBounds() {
    Eligibility rule = Eligibility.parse("age 18..23");
    assertThat(List.of(17, 18, 23, 24).stream()
        .map(age -> rule.test(ClientProfile.builder().age(age).build()).orElseThrow()).toList())
        .containsExactly(false, true, true, false);
    Eligibility from = Eligibility.parse("age 65..");
    assertThat(from.test(ClientProfile.builder().age(64).build())).contains(false);
    assertThat(from.test(ClientProfile.builder().age(65).build())).contains(true);
    assertThat(from.test(ClientProfile.builder().age(130).build())).contains(true);
    assertThat(Eligibility.parse("age ..0").test(ClientProfile.builder().age(0).build())).contains(true);
  }

  @Test
  void anErrorDescribesWhatItFound() {
    Map<String, String> found = new LinkedHashMap<>();
    found.put("employed (", "'('");
    found.put("employed )", "')'");
    found.put("employed ,", "','");
    found.put("employed ..", "'..'");
    found.put("employed 42", "a number");
    found.put("employed insured", "the word 'insured'");
    found.put("employed not", "the word 'not'");
    found.put("employed everyone", "the word 'everyone'");
    found.put("employed Jansen", "a word of 6 characters");
    found.forEach((text, what) -> {
      EligibilitySyntaxException e = syntaxError(text);
      assertThat(e.code()).as(text).isEqualTo(DirectoryCodes.RULE_UNEXPECTED_TOKEN);
      assertThat(e.getMessage()).as(text).isEqualTo(
          "eligibility rule, position 10: expected 'and', 'or' or the end of the rule, found " + what);
    });
  }

  @Test
  void anErrorAtTheEndSaysSo() {
    EligibilitySyntaxException e = syntaxError("employed and");
    assertThat(e.code()).isEqualTo(DirectoryCodes.RULE_UNEXPECTED_END);
    assertThat(e.getMessage()).isEqualTo(
        "eligibility rule, position 13: expected a predicate, 'not' or '(', found the end of the rule");
  }
}
