package io.github.casework.examples.simulation;

import org.jspecify.annotations.Nullable;

/**
 * The quarterly signal round. At the start of each quarter the {@link io.github.casework.signal.SignalDetector}
 * looks at the last quarter's escalations and refusals; every group of at least {@code detectorThreshold} distinct
 * cases of one shape is raised as a signal by the intake agency's team lead to its manager. The manager answers
 * (acknowledges, responds, gives feedback and closes) with probability {@code answerProbability}, after a delay
 * drawn from {@code answerDelayDays}; an answer later than the signal's response due date (one quarter) is counted
 * as late. Immutable and thread-safe.
 *
 * @param detectorThreshold the number of distinct cases a group needs, at least 1
 * @param answerProbability the probability a signal is answered at all, from 0 to 1
 * @param answerDelayDays the delay before the answer, not null
 */
public record SignalsConfig(int detectorThreshold, double answerProbability, Distribution answerDelayDays) {
  /**
   * Validates the components.
   *
   * @param detectorThreshold the number of distinct cases a group needs, at least 1
   * @param answerProbability the probability a signal is answered at all, from 0 to 1
   * @param answerDelayDays the delay before the answer, not null
   * @throws io.github.casework.InvalidValueException if a component is out of range
   */
  public SignalsConfig(int detectorThreshold, double answerProbability, @Nullable Distribution answerDelayDays) {
    this.detectorThreshold = ConfigChecks.between(detectorThreshold, 1, ConfigChecks.MAX_PEOPLE,
        "SignalsConfig.detectorThreshold");
    this.answerProbability = ConfigChecks.probability(answerProbability, "SignalsConfig.answerProbability");
    this.answerDelayDays = ConfigChecks.required(answerDelayDays, "SignalsConfig.answerDelayDays");
    if (Distribution.NEVER.equals(answerDelayDays.type())) {
      throw new io.github.casework.InvalidValueException(ConfigChecks.CODE, "SignalsConfig.answerDelayDays",
          "an answer that comes must come after a finite delay; use answerProbability 0 for no answers");
    }
  }
}
