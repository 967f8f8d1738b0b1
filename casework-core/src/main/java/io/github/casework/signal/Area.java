package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import java.util.regex.Pattern;

/**
 * An area (wijk, buurt) that a signal reports on, by the code the host uses for it, such as a district code
 * ({@code K24}), a four-digit postal area ({@code 1055}) or a name ({@code bos-en-lommer}). Ordered by its code;
 * the order is consistent with {@code equals}. Immutable and thread-safe.
 *
 * @param code 1 to 32 characters from {@code [A-Za-z0-9._-]}, starting with a letter or digit, without a run of
 *     nine or more digits
 */
public record Area(String code) implements Comparable<Area> {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  /**
   * Validates the code.
   *
   * @param code 1 to 32 characters from {@code [A-Za-z0-9._-]}, starting with a letter or digit, without a run of nine or more digits
   * @throws InvalidValueException if the code breaks the rule above
   */
  public Area {
    requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new InvalidValueException(SignalCodes.AREA_INVALID, "Area.code",
          "must be 1 to 32 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit");
    }
    PersonalDataGuard.check("Area.code", code);
  }

  /**
   * Returns the area with this code.
   *
   * @param code the code, not null
   * @return the area
   * @throws InvalidValueException if the code breaks the rule
   */
  public static Area of(String code) {
    return new Area(code);
  }

  @Override
  public int compareTo(Area other) {
    return code.compareTo(other.code);
  }

  /** Returns the code, so that {@code of(area.toString())} equals {@code area}. */
  @Override
  public String toString() {
    return code;
  }
}
