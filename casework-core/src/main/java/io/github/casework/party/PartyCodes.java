package io.github.casework.party;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rules of agencies, their services, professionals, clients and their personal details,
 * as carried by {@link io.github.casework.CaseworkException#code()}. Codes never change meaning between releases.
 */
public final class PartyCodes {
  /** The name of an agency, a service or a person is blank. */
  public static final String NAME_BLANK = "name.blank";
  /** The name of an agency, a service or a person is longer than 200 characters. */
  public static final String NAME_TOO_LONG = "name.too-long";
  /** An agency offers two services with the same code. */
  public static final String AGENCY_DUPLICATE_SERVICE = "agency.duplicate-service";
  /** A service code is not 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit. */
  public static final String SERVICE_INVALID_CODE = "service.invalid-code";
  /** A service addresses no life domain. */
  public static final String SERVICE_NO_DOMAIN = "service.no-domain";
  /** A part of an address is blank. */
  public static final String ADDRESS_BLANK = "address.blank";
  /** A part of an address is longer than its limit (200 characters for street and city, 20 for the others). */
  public static final String ADDRESS_TOO_LONG = "address.too-long";
  /** A BSN is not exactly 9 characters long. */
  public static final String BSN_LENGTH = "bsn.length";
  /** A BSN holds a character other than a digit. */
  public static final String BSN_NOT_DIGITS = "bsn.not-digits";
  /** A BSN is all zeros. */
  public static final String BSN_ALL_ZEROS = "bsn.all-zeros";
  /** A BSN fails the 11-proof. */
  public static final String BSN_ELEVEN_PROOF = "bsn.eleven-proof";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(NAME_BLANK, "The name of an agency, a service or a person is blank."),
      code(NAME_TOO_LONG, "The name of an agency, a service or a person is longer than 200 characters."),
      code(AGENCY_DUPLICATE_SERVICE, "An agency offers two services with the same code."),
      code(SERVICE_INVALID_CODE,
          "A service code is not 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit."),
      code(SERVICE_NO_DOMAIN, "A service addresses no life domain."),
      code(ADDRESS_BLANK, "A part of an address is blank."),
      code(ADDRESS_TOO_LONG,
          "A part of an address is longer than its limit (200 characters for street and city, 20 for the others)."),
      code(BSN_LENGTH, "A BSN is not exactly 9 characters long."),
      code(BSN_NOT_DIGITS, "A BSN holds a character other than a digit."),
      code(BSN_ALL_ZEROS, "A BSN is all zeros."),
      code(BSN_ELEVEN_PROOF, "A BSN fails the 11-proof."));

  private PartyCodes() {}

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
    return new ErrorCode(code, meaning, PartyCodes.class.getPackageName());
  }
}
