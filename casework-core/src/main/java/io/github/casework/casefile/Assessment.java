package io.github.casework.casefile;

import io.github.casework.LifeDomain;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.casework.InvalidValueException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A dated assessment of a client: ZRM scores for some life domains and, optionally, the rung on the
 * participation ladder. Dated assessments let outcomes be measured over time. At least one score or a rung
 * is present. Immutable and thread-safe.
 *
 * @param at when the assessment was made, not null
 * @param scores the ZRM score per assessed domain, in domain order, not null
 * @param participation the participation-ladder rung, if assessed, not null
 */
public record Assessment(Instant at, ImmutableSortedMap<LifeDomain, ZrmScore> scores,
    Optional<ParticipationRung> participation) {

  /**
   * Validates the components.
   *
   * @param at when the assessment was made, not null
   * @param scores the ZRM score per assessed domain, in domain order, not null
   * @param participation the participation-ladder rung, if assessed, not null
   * @throws InvalidValueException if neither a score nor a rung is given
   */
  public Assessment {
    requireNonNull(at, "at");
    requireNonNull(scores, "scores");
    requireNonNull(participation, "participation");
    if (scores.isEmpty() && participation.isEmpty()) {
      throw new InvalidValueException(
          CaseCodes.ASSESSMENT_EMPTY, "Assessment.scores", "an assessment needs at least one score or a rung");
    }
  }

  /**
   * Returns an assessment of the given scores and rung.
   *
   * @param at when, not null
   * @param scores the scores per domain, not null, no null keys or values
   * @param participation the rung, if assessed, not null
   * @return the assessment
   * @throws InvalidValueException if neither a score nor a rung is given
   */
  public static Assessment of(Instant at, Map<LifeDomain, ZrmScore> scores,
      Optional<ParticipationRung> participation) {
    return new Assessment(at, ImmutableSortedMap.copyOf(scores), participation);
  }
}
