package io.github.casework.directory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.signal.Area;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A service's eligibility rule as data: a small expression of <i>and</i>, <i>or</i> and <i>not</i> over typed
 * predicates on a {@link ClientProfile}, with a text form (see the package description for the grammar).
 * {@link #parse} reads the text; {@code toString()} writes the canonical text, and {@code parse(r.toString())}
 * equals {@code r}. Rules are judged in three values (met, failed, unknown when a fact they need is unknown):
 * {@link #test}. A {@link ServiceMatcher} compiles the rules of a directory once.
 *
 * <p>Two rules are equal when their trees are equal; rules with the same meaning but another shape (such as
 * {@code a and b} and {@code b and a}) are not. Immutable and thread-safe.
 */
public sealed interface Eligibility {

  /** The most deeply nested rule {@link #parse} and the factories accept. */
  int MAX_DEPTH = 32;

  /**
   * Reads a rule from its text form.
   *
   * @param text the rule, at most 2,000 characters, not null
   * @return the rule
   * @throws EligibilitySyntaxException if the text is not a rule, naming the column and the grammar's
   *     expectation, never quoting the text
   */
  static Eligibility parse(String text) {
    return new EligibilityParser(requireNonNull(text, "text")).parse();
  }

  /** {@return the rule every client meets} */
  static Eligibility everyone() {
    return Constant.EVERYONE;
  }

  /**
   * Returns the rule met when every part is met.
   *
   * @param parts at least two rules, not null
   * @return the rule
   * @throws InvalidValueException if fewer than two parts are given or the result nests too deep
   */
  static Eligibility allOf(Collection<? extends Eligibility> parts) {
    return new All(ImmutableList.copyOf(parts));
  }

  /**
   * Returns the rule met when any part is met.
   *
   * @param parts at least two rules, not null
   * @return the rule
   * @throws InvalidValueException if fewer than two parts are given or the result nests too deep
   */
  static Eligibility anyOf(Collection<? extends Eligibility> parts) {
    return new Any(ImmutableList.copyOf(parts));
  }

  /**
   * Returns the rule met when this one fails.
   *
   * @return the rule
   * @throws InvalidValueException if the result nests too deep
   */
  default Eligibility negate() {
    return new Not(this);
  }

  /** {@return how deeply the rule nests: 1 for a predicate} */
  int depth();

  /** {@return the profile facts the rule reads} */
  default ImmutableSortedSet<ProfileFact> facts() {
    EnumSet<ProfileFact> out = EnumSet.noneOf(ProfileFact.class);
    collectFacts(this, out);
    return ImmutableSortedSet.copyOf(out);
  }

  /**
   * Judges the rule for a profile. This walks the tree; a {@link ServiceMatcher} evaluates compiled rules.
   *
   * @param profile the profile, not null
   * @return true if met, false if failed, empty if it depends on an unknown fact
   */
  default Optional<Boolean> test(ClientProfile profile) {
    int v = CompiledRule.compile(this).eval(requireNonNull(profile, "profile"));
    return v == ClientProfile.UNSURE ? Optional.empty() : Optional.of(v == ClientProfile.YES);
  }

  private static void collectFacts(Eligibility e, Set<ProfileFact> out) {
    if (e instanceof All a) {
      a.parts().forEach(p -> collectFacts(p, out));
    } else if (e instanceof Any a) {
      a.parts().forEach(p -> collectFacts(p, out));
    } else if (e instanceof Not n) {
      collectFacts(n.rule(), out);
    } else if (e instanceof Predicate p) {
      out.add(p.fact());
    }
  }

  private static void checkDepth(int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidValueException(DirectoryCodes.RULE_TOO_LONG, "Eligibility.depth",
          "a rule nests at most " + MAX_DEPTH + " levels deep");
    }
  }

  private static String group(Eligibility part, int precedence) {
    return precedence(part) < precedence ? "(" + part + ")" : part.toString();
  }

  private static int precedence(Eligibility e) {
    return e instanceof Any ? 1 : e instanceof All ? 2 : 3;
  }

  /**
   * A rule that reads one profile fact: the leaves of a rule's tree.
   */
  sealed interface Predicate extends Eligibility permits AgeBetween, HouseholdIn, IncomeIn, AreaIn, Has {
    /** {@return the profile fact the predicate reads} */
    ProfileFact fact();
  }

  /**
   * The rule every client meets ({@code everyone}) or none does ({@code nobody}).
   */
  enum Constant implements Eligibility {
    /** Every client meets it. */
    EVERYONE,
    /** No client meets it. */
    NOBODY;

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public String toString() {
      return this == EVERYONE ? "everyone" : "nobody";
    }
  }

  /**
   * Met when every part is met ({@code a and b and c}).
   *
   * @param parts the parts, at least two, not null
   */
  record All(ImmutableList<Eligibility> parts) implements Eligibility {
    /**
     * Validates the parts.
     *
     * @param parts the parts, at least two, not null
     * @throws InvalidValueException if fewer than two, or the rule nests too deep
     */
    public All {
      requireNonNull(parts, "parts");
      if (parts.size() < 2) {
        throw new InvalidValueException(DirectoryCodes.RULE_EMPTY_LIST, "Eligibility.All.parts",
            "an and has at least two parts");
      }
      checkDepth(1 + parts.stream().mapToInt(Eligibility::depth).max().orElse(0));
    }

    @Override
    public int depth() {
      return 1 + parts.stream().mapToInt(Eligibility::depth).max().orElse(0);
    }

    @Override
    public String toString() {
      return parts.stream().map(p -> group(p, 3)).collect(Collectors.joining(" and "));
    }
  }

  /**
   * Met when any part is met ({@code a or b or c}).
   *
   * @param parts the parts, at least two, not null
   */
  record Any(ImmutableList<Eligibility> parts) implements Eligibility {
    /**
     * Validates the parts.
     *
     * @param parts the parts, at least two, not null
     * @throws InvalidValueException if fewer than two, or the rule nests too deep
     */
    public Any {
      requireNonNull(parts, "parts");
      if (parts.size() < 2) {
        throw new InvalidValueException(DirectoryCodes.RULE_EMPTY_LIST, "Eligibility.Any.parts",
            "an or has at least two parts");
      }
      checkDepth(1 + parts.stream().mapToInt(Eligibility::depth).max().orElse(0));
    }

    @Override
    public int depth() {
      return 1 + parts.stream().mapToInt(Eligibility::depth).max().orElse(0);
    }

    @Override
    public String toString() {
      return parts.stream().map(p -> group(p, 2)).collect(Collectors.joining(" or "));
    }
  }

  /**
   * Met when its rule fails ({@code not a}); unknown when its rule is.
   *
   * @param rule the negated rule, not null
   */
  record Not(Eligibility rule) implements Eligibility {
    /**
     * Validates the rule.
     *
     * @param rule the negated rule, not null
     * @throws InvalidValueException if the rule nests too deep
     */
    public Not {
      requireNonNull(rule, "rule");
      checkDepth(1 + rule.depth());
    }

    @Override
    public int depth() {
      return 1 + rule.depth();
    }

    @Override
    public String toString() {
      return "not " + group(rule, 3);
    }
  }

  /**
   * Met when the client's age in years lies between two bounds, both included ({@code age 18..23},
   * {@code age 18..}, {@code age ..23}).
   *
   * @param min the lowest age, 0 to 130
   * @param max the highest age, {@code min} to 130; not both 0 and 130
   */
  record AgeBetween(int min, int max) implements Predicate {
    /** The highest age a rule or profile can name. */
    public static final int OLDEST = 130;

    /**
     * Validates the bounds.
     *
     * @param min the lowest age, 0 to 130
     * @param max the highest age, {@code min} to 130; not both 0 and 130
     * @throws InvalidValueException with {@link DirectoryCodes#RULE_AGE_RANGE} if the range breaks the rule
     */
    public AgeBetween {
      if (min < 0 || max > OLDEST || min > max || (min == 0 && max == OLDEST)) {
        throw new InvalidValueException(DirectoryCodes.RULE_AGE_RANGE, "Eligibility.AgeBetween",
            "an age range lies within 0 to 130 years, its lowest age at most its highest, and is not open at "
                + "both ends");
      }
    }

    @Override
    public ProfileFact fact() {
      return ProfileFact.AGE;
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public String toString() {
      return "age " + (min == 0 ? "" : Integer.toString(min)) + ".." + (max == OLDEST ? "" : Integer.toString(max));
    }
  }

  /**
   * Met when the client's household situation is one of a set ({@code household in (single, divorced)}).
   *
   * @param situations the situations, at least one, not null
   */
  record HouseholdIn(ImmutableSortedSet<HouseholdSituation> situations) implements Predicate {
    /**
     * Validates the set.
     *
     * @param situations the situations, at least one, not null
     * @throws InvalidValueException with {@link DirectoryCodes#RULE_EMPTY_LIST} if empty
     */
    public HouseholdIn {
      nonEmpty(situations, "Eligibility.HouseholdIn.situations");
    }

    /**
     * Returns the predicate.
     *
     * @param situations the situations, at least one, not null
     * @return the predicate
     */
    public static HouseholdIn of(Collection<HouseholdSituation> situations) {
      return new HouseholdIn(ImmutableSortedSet.copyOf(situations));
    }

    @Override
    public ProfileFact fact() {
      return ProfileFact.HOUSEHOLD;
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public String toString() {
      return "household in (" + situations.stream().map(HouseholdSituation::code).collect(Collectors.joining(", "))
          + ")";
    }
  }

  /**
   * Met when the client's income band is one of a set ({@code income in (none, up-to-social-minimum)}).
   *
   * @param bands the bands, at least one, not null
   */
  record IncomeIn(ImmutableSortedSet<IncomeBand> bands) implements Predicate {
    /**
     * Validates the set.
     *
     * @param bands the bands, at least one, not null
     * @throws InvalidValueException with {@link DirectoryCodes#RULE_EMPTY_LIST} if empty
     */
    public IncomeIn {
      nonEmpty(bands, "Eligibility.IncomeIn.bands");
    }

    /**
     * Returns the predicate.
     *
     * @param bands the bands, at least one, not null
     * @return the predicate
     */
    public static IncomeIn of(Collection<IncomeBand> bands) {
      return new IncomeIn(ImmutableSortedSet.copyOf(bands));
    }

    @Override
    public ProfileFact fact() {
      return ProfileFact.INCOME;
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public String toString() {
      return "income in (" + bands.stream().map(IncomeBand::code).collect(Collectors.joining(", ")) + ")";
    }
  }

  /**
   * Met when the client lives in one of a set of areas ({@code area in (K24, 1055)}).
   *
   * @param areas the areas, at least one, not null
   */
  record AreaIn(ImmutableSortedSet<Area> areas) implements Predicate {
    /**
     * Validates the set.
     *
     * @param areas the areas, at least one, not null
     * @throws InvalidValueException with {@link DirectoryCodes#RULE_EMPTY_LIST} if empty
     */
    public AreaIn {
      nonEmpty(areas, "Eligibility.AreaIn.areas");
    }

    /**
     * Returns the predicate.
     *
     * @param areas the areas, at least one, not null
     * @return the predicate
     */
    public static AreaIn of(Collection<Area> areas) {
      return new AreaIn(ImmutableSortedSet.copyOf(areas));
    }

    @Override
    public ProfileFact fact() {
      return ProfileFact.AREA;
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public String toString() {
      return "area in (" + areas.stream().map(Area::code).collect(Collectors.joining(", ")) + ")";
    }
  }

  /**
   * Met when a yes-or-no fact holds: {@code pregnant}, {@code registered-address}, {@code insured},
   * {@code employed}, {@code addiction}, {@code psychiatric-condition}.
   *
   * @param fact one of the six yes-or-no facts, not null
   */
  record Has(ProfileFact fact) implements Predicate {
    /** The facts that are yes or no. */
    static final Set<ProfileFact> FLAGS = EnumSet.of(ProfileFact.PREGNANCY, ProfileFact.REGISTERED_ADDRESS,
        ProfileFact.INSURANCE, ProfileFact.EMPLOYMENT, ProfileFact.ADDICTION, ProfileFact.PSYCHIATRIC_CONDITION);

    /**
     * Validates the fact.
     *
     * @param fact one of the six yes-or-no facts, not null
     * @throws InvalidValueException with {@link DirectoryCodes#RULE_UNKNOWN_VALUE} if the fact is not yes or no
     */
    public Has {
      requireNonNull(fact, "fact");
      if (!FLAGS.contains(fact)) {
        throw new InvalidValueException(DirectoryCodes.RULE_UNKNOWN_VALUE, "Eligibility.Has.fact",
            "must be one of the yes-or-no facts: " + FLAGS.stream().map(ProfileFact::code)
                .collect(Collectors.joining(", ")));
      }
    }

    @Override
    public int depth() {
      return 1;
    }

    @Override
    public String toString() {
      return fact.code();
    }
  }

  private static void nonEmpty(Collection<?> values, String field) {
    requireNonNull(values, field);
    if (values.isEmpty()) {
      throw new InvalidValueException(DirectoryCodes.RULE_EMPTY_LIST, field, "a list of values has at least one");
    }
  }

}
