package io.github.casework.escalation;

import io.github.casework.InvalidValueException;
import java.util.Optional;

/**
 * A rung of the ladder an escalation climbs at the target agency, from the frontline official who applied the
 * rule up to the municipality that makes the policy. Declared from lowest to highest, so {@link #compareTo}
 * orders by height. Each level has a stable lower-case {@link #code()}.
 */
public enum LadderLevel {
  /** The frontline official who applied the rule or refused (ambtenaar, medewerker). */
  FRONTLINE_OFFICIAL("frontline-official"),
  /** The official's supervisor or a senior official of the same department (chef, senior medewerker). */
  SUPERVISOR("supervisor"),
  /** The agency's management (afdelingshoofd, manager). */
  MANAGEMENT("management"),
  /** The agency's executive board or director (directie, bestuur). */
  EXECUTIVE("executive"),
  /** The municipality or city district as policy maker and funder (gemeente, stadsdeel). */
  MUNICIPALITY("municipality");

  private static final LadderLevel[] LEVELS = values();

  private final String code;

  LadderLevel(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lower-case code, such as {@code frontline-official}.
   *
   * @return the stable lower-case code, such as {@code frontline-official}
   */
  public String code() {
    return code;
  }

  /**
   * Returns whether this level is strictly higher on the ladder than another.
   *
   * @param other the other level, not null
   * @return true if this level is above {@code other}
   */
  public boolean isAbove(LadderLevel other) {
    return compareTo(other) > 0;
  }

  /**
   * Returns the next level up the ladder: the one an escalation climbs to when this level does not resolve it.
   *
   * @return the level directly above this one; empty for {@link #MUNICIPALITY}, the top of the ladder
   */
  public Optional<LadderLevel> next() {
    int above = ordinal() + 1;
    return above < LEVELS.length ? Optional.of(LEVELS[above]) : Optional.empty();
  }

  /**
   * Returns the level with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the level
   * @throws InvalidValueException if no level has this code
   */
  public static LadderLevel ofCode(String code) {
    for (LadderLevel l : values()) {
      if (l.code.equals(code)) {
        return l;
      }
    }
    throw new InvalidValueException(EscalationCodes.LADDER_LEVEL_UNKNOWN, "LadderLevel.code",
        "is not a known ladder level");
  }
}
