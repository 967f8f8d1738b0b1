package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

/**
 * What a signal reports: in this period and area, this topic shows this trend, on this evidence. Immutable and
 * thread-safe.
 *
 * @param period the quarter reported on, not null
 * @param area the area (wijk) reported on, not null
 * @param topic the life domain and target group, not null
 * @param trend the trend, not null
 * @param evidence the counts and pseudonymous ids behind it, not null
 */
public record Observation(Quarter period, Area area, Topic topic, Trend trend, Evidence evidence) {

  /**
   * Validates the components.
   *
   * @param period the quarter reported on, not null
   * @param area the area (wijk) reported on, not null
   * @param topic the life domain and target group, not null
   * @param trend the trend, not null
   * @param evidence the counts and pseudonymous ids behind it, not null
   */
  public Observation {
    requireNonNull(period, "period");
    requireNonNull(area, "area");
    requireNonNull(topic, "topic");
    requireNonNull(trend, "trend");
    requireNonNull(evidence, "evidence");
  }
}
