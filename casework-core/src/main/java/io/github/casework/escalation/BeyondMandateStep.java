package io.github.casework.escalation;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import java.time.Instant;

/**
 * A step an escalation took beyond the professional's mandate under an {@link MandatePolicy#ADVISORY advisory}
 * policy: a level above {@link Mandate#highestDirect()} addressed while the own manager was not in the loop (the
 * route was direct and the manager not informed at or before the step). It records which level, the mandate then in
 * force, and why. The first such step starts the duty to inform the own manager (see
 * {@link Escalation#informManagerDue}).
 *
 * <p>Invariant: the step's level is above the mandate's highest direct level. Immutable and thread-safe.
 *
 * @param step the step: level, official addressed, when, not null
 * @param mandate the mandate in force when it was taken, not null
 * @param reason why the professional went beyond it, not null
 */
public record BeyondMandateStep(Step step, Mandate mandate, BeyondMandateReason reason) {

  /**
   * Validates the components.
   *
   * @param step the step, not null
   * @param mandate the mandate in force, not null
   * @param reason why, not null
   * @throws InvalidValueException if the step's level is within the mandate
   *     ({@link EscalationCodes#NOT_BEYOND_MANDATE})
   */
  public BeyondMandateStep {
    requireNonNull(step, "step");
    requireNonNull(mandate, "mandate");
    requireNonNull(reason, "reason");
    if (mandate.allowsDirect(step.level())) {
      throw new InvalidValueException(EscalationCodes.NOT_BEYOND_MANDATE, "BeyondMandateStep.step",
          "a step within the mandate is not beyond it");
    }
  }

  /**
   * Returns the level addressed.
   *
   * @return the level addressed
   */
  public LadderLevel level() {
    return step.level();
  }

  /**
   * Returns when the step was taken.
   *
   * @return when the step was taken
   */
  public Instant at() {
    return step.at();
  }
}
