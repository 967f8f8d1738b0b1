package io.github.casework.casefile;

import io.github.casework.InvalidValueException;

/**
 * A score on one domain of the self-sufficiency matrix (ZRM): 1 acute problems, 2 not self-sufficient,
 * 3 barely self-sufficient, 4 adequately self-sufficient, 5 fully self-sufficient. Immutable and thread-safe.
 *
 * @param value 1 to 5
 */
public record ZrmScore(int value) implements Comparable<ZrmScore> {

  /**
   * Validates the value.
   *
   * @param value 1 to 5
   * @throws InvalidValueException if the value is outside 1..5
   */
  public ZrmScore {
    if (value < 1 || value > 5) {
      throw new InvalidValueException(CaseCodes.ZRM_SCORE_OUT_OF_RANGE, "ZrmScore.value", "must be between 1 and 5");
    }
  }

  /**
   * Returns the score with this value.
   *
   * @param value 1 to 5
   * @return the score
   * @throws InvalidValueException if the value is outside 1..5
   */
  public static ZrmScore of(int value) {
    return new ZrmScore(value);
  }

  @Override
  public int compareTo(ZrmScore other) {
    return Integer.compare(value, other.value);
  }
}
