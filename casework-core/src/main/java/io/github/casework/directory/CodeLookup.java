package io.github.casework.directory;

import io.github.casework.InvalidValueException;
import java.util.function.Function;

/** Looks up the enumerations of this package by their stable codes. */
final class CodeLookup {
  private CodeLookup() {}

  static <E> E of(E[] values, Function<E, String> codeOf, String field, String code) {
    for (E e : values) {
      if (codeOf.apply(e).equals(code)) {
        return e;
      }
    }
    throw new InvalidValueException(DirectoryCodes.UNKNOWN_CODE, field, "is not a known code");
  }
}
