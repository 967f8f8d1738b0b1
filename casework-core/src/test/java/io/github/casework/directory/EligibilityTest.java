package io.github.casework.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.signal.Area;
import io.github.casework.testing.DirectoryGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The eligibility rule language: the grammar of the package description, the canonical text form, the three-valued
 * semantics (against a reference interpreter written here, independent of the compiled rules), and errors that name
 * a position and a catalogued code without quoting the text.
 */
class EligibilityTest {
  private static final ClientProfile MR_K = ClientProfile.builder().age(58).household(HouseholdSituation.DIVORCED)
      .employed(true).income(IncomeBand.UP_TO_120_PERCENT).registeredAddress(true).area(Area.of("west"))
      .addiction(false).psychiatricCondition(false).build();

  @Test
  void theArticlesRulesParseIntoTheirTrees() {
    assertThat(Eligibility.parse("age 55.. and household in (divorced)")).isEqualTo(Eligibility.allOf(List.of(
        new Eligibility.AgeBetween(55, 130), Eligibility.HouseholdIn.of(List.of(HouseholdSituation.DIVORCED)))));
    assertThat(Eligibility.parse("age 18..23 and not pregnant")).isEqualTo(Eligibility.allOf(List.of(
        new Eligibility.AgeBetween(18, 23), new Eligibility.Has(ProfileFact.PREGNANCY).negate())));
    assertThat(Eligibility.parse("age ..17")).isEqualTo(new Eligibility.AgeBetween(0, 17));
    assertThat(Eligibility.parse("  everyone ")).isEqualTo(Eligibility.everyone());
    assertThat(Eligibility.parse("area in (K24, 1055, bos-en-lommer)")).isEqualTo(Eligibility.AreaIn.of(List.of(
        Area.of("K24"), Area.of("1055"), Area.of("bos-en-lommer"))));
  }

  @Test
  void notBindsTighterThanAndWhichBindsTighterThanOr() {
    Eligibility a = new Eligibility.Has(ProfileFact.EMPLOYMENT);
    Eligibility b = new Eligibility.Has(ProfileFact.INSURANCE);
    Eligibility c = new Eligibility.Has(ProfileFact.ADDICTION);
    assertThat(Eligibility.parse("not employed and insured or addiction")).isEqualTo(Eligibility.anyOf(List.of(
        Eligibility.allOf(List.of(a.negate(), b)), c)));
    assertThat(Eligibility.parse("not (employed and (insured or addiction))")).isEqualTo(
        Eligibility.allOf(List.of(a, Eligibility.anyOf(List.of(b, c)))).negate());
    assertThat(Eligibility.parse("not (employed and (insured or addiction))").toString())
        .isEqualTo("not (employed and (insured or addiction))");
  }

  @Test
  void theCanonicalTextParsesToAnEqualRule() {
    Property.forAll("eligibility round trip", DirectoryGen.rules(5), rule -> {
      Eligibility back = Eligibility.parse(rule.toString());
      assertThat(back).isEqualTo(rule);
      assertThat(back.toString()).isEqualTo(rule.toString());
    });
  }

  @Test
  void compiledRulesAgreeWithTheThreeValuedReferenceSemantics() {
    Gen<List<Object>> pairs = r -> List.of(DirectoryGen.rules(4).next(r), DirectoryGen.profiles(70).next(r));
    Property.forAll("eligibility semantics", pairs, pair -> {
      Eligibility rule = (Eligibility) pair.get(0);
      ClientProfile profile = (ClientProfile) pair.get(1);
      assertThat(rule.test(profile)).as(rule.toString()).isEqualTo(reference(rule, profile));
    });
  }

  @Test
  void aRuleOverAnUnknownFactIsUnknownButAFailedPartStillFailsAnAnd() {
    ClientProfile unknown = ClientProfile.unknown();
    assertThat(Eligibility.parse("employed").test(unknown)).isEmpty();
    assertThat(Eligibility.parse("not employed").test(unknown)).isEmpty();
    assertThat(Eligibility.parse("employed and nobody").test(unknown)).contains(false);
    assertThat(Eligibility.parse("employed or everyone").test(unknown)).contains(true);
    assertThat(Eligibility.parse("age 55.. and household in (divorced)").test(MR_K)).contains(true);
    assertThat(Eligibility.parse("household in (single-parent, couple-with-children)").test(MR_K)).contains(false);
  }

  @Test
  void factsNameWhatARuleReads() {
    assertThat(Eligibility.parse("age 18..23 and not pregnant or area in (west)").facts())
        .containsExactly(ProfileFact.AGE, ProfileFact.PREGNANCY, ProfileFact.AREA);
    assertThat(Eligibility.everyone().facts()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "''                                    | eligibility.empty                | 1",
      "'   '                                 | eligibility.empty                | 1",
      "age                                   | eligibility.unexpected-end       | 4",
      "age 18                                | eligibility.unexpected-end       | 7",
      "age 18..23 and                        | eligibility.unexpected-end       | 15",
      "age 30..20                            | eligibility.age-range            | 1",
      "age ..                                | eligibility.unexpected-end       | 7",
      "age 200..                             | eligibility.age-range            | 5",
      "age 1.5..                             | eligibility.age-range            | 5",
      "household in ()                       | eligibility.unexpected-token     | 15",
      "household in (married)                | eligibility.unknown-value        | 15",
      "household (single)                    | eligibility.unexpected-token     | 11",
      "income in (rich)                      | eligibility.unknown-value        | 12",
      "area in (a123456789b)                 | eligibility.unknown-value        | 10",
      "employed insured                      | eligibility.unexpected-token     | 10",
      "(employed                             | eligibility.unexpected-end       | 10",
      "employed)                             | eligibility.unexpected-token     | 9",
      "employed & insured                    | eligibility.unexpected-character | 10",
      "Bob                                   | eligibility.unexpected-token     | 1",
      "not                                   | eligibility.unexpected-end       | 4",
  })
  void aTextThatIsNotARuleIsRejectedWithItsPositionAndCode(String text, String code, int position) {
    EligibilitySyntaxException e = catchThrowableOfType(() -> Eligibility.parse(text),
        EligibilitySyntaxException.class);
    assertThat(e).as(text).isNotNull();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.getMessage()).startsWith("eligibility rule, position " + position + ": ").doesNotContain("\n");
  }

  @Test
  void errorsDescribeTheTextAndNeverQuoteIt() {
    for (String text : List.of("household in (Jansen)", "Jansen", "employed and Jansen", "age Jansen..",
        "area in (Jansen-Amsterdam, 123456789)", "income in (Jansen)", "employed Jansen")) {
      assertThatThrownBy(() -> Eligibility.parse(text)).isInstanceOf(EligibilitySyntaxException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jansen").doesNotContain("123456789"));
    }
  }

  @Test
  void anyTextGivesARuleOrASyntaxErrorWithinTheText() {
    String[] tokens = {"age", "18", "..", "23", "and", "or", "not", "(", ")", ",", "in", "household", "divorced",
        "pregnant", "employed", "area", "west", "income", "none", "&", "x", " ", "nobody"};
    Gen<String> texts = r -> {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(12);
      for (int i = 0; i < n; i++) {
        b.append(tokens[r.nextInt(tokens.length)]).append(r.nextBoolean() ? " " : "");
      }
      return b.toString();
    };
    Property.forAll("eligibility parser totality", texts, text -> {
      try {
        Eligibility rule = Eligibility.parse(text);
        assertThat(Eligibility.parse(rule.toString())).isEqualTo(rule);
      } catch (EligibilitySyntaxException e) {
        assertThat(e.position()).isBetween(1, text.length() + 1);
        assertThat(e.getMessage()).doesNotContain("\n");
      }
    });
  }

  @Test
  void aRuleIsBoundedInLengthAndDepth() {
    assertThat(catchThrowableOfType(() -> Eligibility.parse("employed or ".repeat(200) + "insured"),
        EligibilitySyntaxException.class).code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
    assertThat(catchThrowableOfType(() -> Eligibility.parse("not ".repeat(40) + "insured"),
        EligibilitySyntaxException.class).code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
    assertThat(catchThrowableOfType(() -> Eligibility.parse("(".repeat(40) + "insured" + ")".repeat(40)),
        EligibilitySyntaxException.class).code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
    Eligibility deep = new Eligibility.Has(ProfileFact.INSURANCE);
    for (int i = 1; i < Eligibility.MAX_DEPTH; i++) {
      deep = deep.negate();
    }
    Eligibility deepest = deep;
    assertThat(Eligibility.parse(deepest.toString())).isEqualTo(deepest);
    assertThatThrownBy(deepest::negate).isInstanceOf(InvalidValueException.class)
        .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(DirectoryCodes.RULE_TOO_LONG);
  }

  @Test
  void theFactoriesKeepTheirRules() {
    assertThat(catchThrowableOfType(() -> Eligibility.allOf(List.of(Eligibility.everyone())),
        InvalidValueException.class).code()).isEqualTo(DirectoryCodes.RULE_EMPTY_LIST);
    assertThat(catchThrowableOfType(() -> new Eligibility.AgeBetween(0, 130), InvalidValueException.class).code())
        .isEqualTo(DirectoryCodes.RULE_AGE_RANGE);
    assertThat(catchThrowableOfType(() -> new Eligibility.AgeBetween(20, 19), InvalidValueException.class).code())
        .isEqualTo(DirectoryCodes.RULE_AGE_RANGE);
    assertThat(catchThrowableOfType(() -> new Eligibility.Has(ProfileFact.AGE), InvalidValueException.class).code())
        .isEqualTo(DirectoryCodes.RULE_UNKNOWN_VALUE);
    assertThat(catchThrowableOfType(() -> Eligibility.HouseholdIn.of(List.of()), InvalidValueException.class).code())
        .isEqualTo(DirectoryCodes.RULE_EMPTY_LIST);
    assertThat(catchThrowableOfType(() -> HouseholdSituation.ofCode("married"), InvalidValueException.class).code())
        .isEqualTo(DirectoryCodes.UNKNOWN_CODE);
  }

  /** The semantics of the package description, written out on the tree. */
  static Optional<Boolean> reference(Eligibility e, ClientProfile p) {
    if (e == Eligibility.Constant.EVERYONE) {
      return Optional.of(true);
    }
    if (e == Eligibility.Constant.NOBODY) {
      return Optional.of(false);
    }
    if (e instanceof Eligibility.All a) {
      List<Optional<Boolean>> vs = new ArrayList<>();
      a.parts().forEach(x -> vs.add(reference(x, p)));
      return vs.contains(Optional.of(false)) ? Optional.of(false)
          : vs.contains(Optional.<Boolean>empty()) ? Optional.empty() : Optional.of(true);
    }
    if (e instanceof Eligibility.Any a) {
      List<Optional<Boolean>> vs = new ArrayList<>();
      a.parts().forEach(x -> vs.add(reference(x, p)));
      return vs.contains(Optional.of(true)) ? Optional.of(true)
          : vs.contains(Optional.<Boolean>empty()) ? Optional.empty() : Optional.of(false);
    }
    if (e instanceof Eligibility.Not n) {
      return reference(n.rule(), p).map(v -> !v);
    }
    if (e instanceof Eligibility.AgeBetween a) {
      return p.age().isPresent() ? Optional.of(p.age().getAsInt() >= a.min() && p.age().getAsInt() <= a.max())
          : Optional.empty();
    }
    if (e instanceof Eligibility.HouseholdIn h) {
      return p.household().map(h.situations()::contains);
    }
    if (e instanceof Eligibility.IncomeIn i) {
      return p.income().map(i.bands()::contains);
    }
    if (e instanceof Eligibility.AreaIn a) {
      return p.area().map(a.areas()::contains);
    }
    ProfileFact f = ((Eligibility.Has) e).fact();
    switch (f) {
      case PREGNANCY:
        return p.pregnant();
      case REGISTERED_ADDRESS:
        return p.registeredAddress();
      case INSURANCE:
        return p.insured();
      case EMPLOYMENT:
        return p.employed();
      case ADDICTION:
        return p.addiction();
      default:
        return p.psychiatricCondition();
    }
  }

  @Test
  void profilesPrintNoFacts() {
    assertThat(MR_K.toString()).isEqualTo("ClientProfile[8 of 10 facts known, withheld]")
        .doesNotContain("58", "divorced", "west");
    ClientProfile pregnant = ClientProfile.builder().pregnant(true).build();
    assertThat(pregnant.toString()).doesNotContainIgnoringCase("pregnan").doesNotContain("true");
    assertThat(pregnant).isEqualTo(ClientProfile.builder().pregnant(true).build()).isNotEqualTo(
        ClientProfile.builder().pregnant(false).build()).isNotEqualTo(ClientProfile.unknown());
    assertThat(pregnant.toBuilder().build()).isEqualTo(pregnant);
    assertThat(EnumSet.allOf(ProfileFact.class).stream().filter(ProfileFact::isSpecialCategory))
        .containsExactly(ProfileFact.PREGNANCY, ProfileFact.ADDICTION, ProfileFact.PSYCHIATRIC_CONDITION);
    assertThat(catchThrowableOfType(() -> ClientProfile.builder().age(131), InvalidValueException.class).code())
        .isEqualTo(DirectoryCodes.PROFILE_AGE);
    assertThat(ImmutableList.of(MR_K.age().getAsInt(), MR_K.knownFacts())).containsExactly(58, 8);
  }
}
