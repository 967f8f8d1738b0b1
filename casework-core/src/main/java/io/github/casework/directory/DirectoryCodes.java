package io.github.casework.directory;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rules of the service directory, client profiles and the eligibility rule language, as
 * carried by {@link io.github.casework.CaseworkException#code()}. Codes never change meaning between releases.
 */
public final class DirectoryCodes {
  /** An eligibility rule's text is empty or blank. */
  public static final String RULE_EMPTY = "eligibility.empty";
  /** An eligibility rule's text is longer than 2,000 characters or nests deeper than 32 levels. */
  public static final String RULE_TOO_LONG = "eligibility.too-long";
  /** An eligibility rule's text holds a character the rule language does not use. */
  public static final String RULE_UNEXPECTED_CHARACTER = "eligibility.unexpected-character";
  /** An eligibility rule's text has a word, number or symbol where the grammar expects another. */
  public static final String RULE_UNEXPECTED_TOKEN = "eligibility.unexpected-token";
  /** An eligibility rule's text ends where the grammar expects more. */
  public static final String RULE_UNEXPECTED_END = "eligibility.unexpected-end";
  /** An eligibility rule names a value that its fact does not have (a household situation, an income band). */
  public static final String RULE_UNKNOWN_VALUE = "eligibility.unknown-value";
  /** An eligibility rule's age range is empty, open at both ends, or outside 0 to 130 years. */
  public static final String RULE_AGE_RANGE = "eligibility.age-range";
  /** An eligibility rule's list of values is empty. */
  public static final String RULE_EMPTY_LIST = "eligibility.empty-list";
  /** A client profile's age lies outside 0 to 130 years. */
  public static final String PROFILE_AGE = "profile.age";
  /** A service's capacity breaks its rules: a negative count, more available than the maximum, no maximum. */
  public static final String CAPACITY_INVALID = "capacity.invalid";
  /** A code names no known value of a directory enumeration (status, waitlist band, household, income band). */
  public static final String UNKNOWN_CODE = "directory.unknown-code";
  /** A directory lists an agency twice, or a service of an agency twice. */
  public static final String DUPLICATE = "directory.duplicate";
  /** A directory's service names an agency it does not list, or a service the agency does not offer. */
  public static final String UNKNOWN_SERVICE = "directory.unknown-service";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(RULE_EMPTY, "An eligibility rule's text is empty or blank."),
      code(RULE_TOO_LONG, "An eligibility rule's text is longer than 2,000 characters or nests deeper than 32 "
          + "levels."),
      code(RULE_UNEXPECTED_CHARACTER, "An eligibility rule's text holds a character the rule language does not use."),
      code(RULE_UNEXPECTED_TOKEN, "An eligibility rule's text has a word, number or symbol where the grammar expects "
          + "another."),
      code(RULE_UNEXPECTED_END, "An eligibility rule's text ends where the grammar expects more."),
      code(RULE_UNKNOWN_VALUE, "An eligibility rule names a value that its fact does not have (a household "
          + "situation, an income band)."),
      code(RULE_AGE_RANGE, "An eligibility rule's age range is empty, open at both ends, or outside 0 to 130 years."),
      code(RULE_EMPTY_LIST, "An eligibility rule's list of values is empty."),
      code(PROFILE_AGE, "A client profile's age lies outside 0 to 130 years."),
      code(CAPACITY_INVALID, "A service's capacity breaks its rules: a negative count, more available than the "
          + "maximum, no maximum."),
      code(UNKNOWN_CODE, "A code names no known value of a directory enumeration (status, waitlist band, household, "
          + "income band)."),
      code(DUPLICATE, "A directory lists an agency twice, or a service of an agency twice."),
      code(UNKNOWN_SERVICE, "A directory's service names an agency it does not list, or a service the agency does "
          + "not offer."));

  private DirectoryCodes() {}

  /**
   * Returns every code of this class with the rule it stands for, in declaration order; the
   * {@link io.github.casework.ErrorCatalogue} joins these lists.
   *
   * @return the codes, immutable
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, DirectoryCodes.class.getPackageName());
  }
}
