package io.github.casework.casefile;

import io.github.casework.InvalidValueException;

/**
 * A rung of the participation ladder (Participatieladder, Movisie/Divosa): 1 isolated, 2 social contacts
 * outside the home, 3 taking part in organised activities, 4 unpaid work, 5 paid work with support,
 * 6 paid work. Immutable and thread-safe.
 *
 * @param value 1 to 6
 */
public record ParticipationRung(int value) implements Comparable<ParticipationRung> {

  /**
   * Validates the value.
   *
   * @param value 1 to 6
   * @throws InvalidValueException if the value is outside 1..6
   */
  public ParticipationRung {
    if (value < 1 || value > 6) {
      throw new InvalidValueException(
          CaseCodes.PARTICIPATION_RUNG_OUT_OF_RANGE, "ParticipationRung.value", "must be between 1 and 6");
    }
  }

  /**
   * Returns the rung with this value.
   *
   * @param value 1 to 6
   * @return the rung
   * @throws InvalidValueException if the value is outside 1..6
   */
  public static ParticipationRung of(int value) {
    return new ParticipationRung(value);
  }

  @Override
  public int compareTo(ParticipationRung other) {
    return Integer.compare(value, other.value);
  }
}
