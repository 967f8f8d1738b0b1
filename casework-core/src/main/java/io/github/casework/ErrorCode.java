package io.github.casework;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One stable error code with the rule it stands for: an entry of the {@link ErrorCatalogue}, so that a host can
 * map each code a {@link CaseworkException} may carry to texts of its own for its users.
 *
 * <p>Invariants: the code is two or more dot-separated parts, each of lower-case ASCII words (letters and digits,
 * starting with a letter) joined by hyphens, such as {@code referral.illegal-transition}; the meaning is not blank;
 * the package name is a Java package name, that of the package whose {@code *Codes} class declares the code (such
 * as {@code io.github.casework.referral}). Equal entries have equal components. Immutable and thread-safe.
 *
 * @param code the stable code, as {@link CaseworkException#code()} carries it, not null
 * @param meaning the rule the code stands for, in English (the Javadoc of its constant), not null
 * @param packageName the package whose rules the code stands for, not null
 */
public record ErrorCode(String code, String meaning, String packageName) {
  private static final Pattern CODE =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");
  private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*");

  /**
   * Validates the components.
   *
   * @param code the stable code, not null
   * @param meaning the rule the code stands for, not null
   * @param packageName the package whose rules the code stands for, not null
   * @throws InvalidValueException with {@link CoreCodes#ERROR_CODE_MALFORMED} if the code does not have the shape
   *     above
   * @throws InvalidValueException with {@link CoreCodes#ERROR_CODE_MEANING_BLANK} if the meaning is blank
   * @throws InvalidValueException with {@link CoreCodes#ERROR_CODE_PACKAGE_INVALID} if the package name is not a
   *     lower-case Java package name
   */
  public ErrorCode {
    requireNonNull(code, "code");
    requireNonNull(meaning, "meaning");
    requireNonNull(packageName, "packageName");
    if (!CODE.matcher(code).matches()) {
      throw new InvalidValueException(CoreCodes.ERROR_CODE_MALFORMED, "ErrorCode.code",
          "must be dot-separated parts of lower-case words joined by hyphens, such as referral.illegal-transition");
    }
    if (meaning.isBlank()) {
      throw new InvalidValueException(CoreCodes.ERROR_CODE_MEANING_BLANK, "ErrorCode.meaning", "must not be blank");
    }
    if (!PACKAGE.matcher(packageName).matches()) {
      throw new InvalidValueException(CoreCodes.ERROR_CODE_PACKAGE_INVALID, "ErrorCode.packageName",
          "must be a lower-case Java package name");
    }
  }
}
