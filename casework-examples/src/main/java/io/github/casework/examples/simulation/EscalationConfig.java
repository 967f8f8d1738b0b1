package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableMap;
import io.github.casework.escalation.LadderLevel;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How escalations go under the {@link Policy#CLOSED_LOOP} policy. An escalation climbs the target agency's ladder
 * from the frontline official up; each level answers after the escalation-step norm
 * ({@link io.github.casework.norm.ServiceNorms#escalationStepResponse()}, ten working days by default) and grants the
 * request with its probability in {@code successProbability}; if the municipality too refuses, the outcome is
 * refused. Before a step above the social worker's mandate ({@code socialWorkerMandate}) the own manager is
 * informed, as the mandate rule requires. Immutable and thread-safe.
 *
 * @param successProbability the probability of success per ladder-level code; a missing level never grants,
 *     not null
 * @param socialWorkerMandate the highest ladder-level code a social worker may address directly, not null
 */
public record EscalationConfig(Map<String, Double> successProbability, String socialWorkerMandate) {
  /**
   * Validates the components and keeps an immutable copy of the map.
   *
   * @param successProbability the probability of success per ladder-level code, not null
   * @param socialWorkerMandate the highest ladder-level code a social worker may address directly, not null
   * @throws io.github.casework.InvalidValueException if a code is unknown or a probability out of range
   */
  public EscalationConfig(@Nullable Map<String, Double> successProbability, @Nullable String socialWorkerMandate) {
    this.successProbability =
        ImmutableMap.copyOf(ConfigChecks.required(successProbability, "EscalationConfig.successProbability"));
    this.socialWorkerMandate =
        ConfigChecks.level(socialWorkerMandate, "EscalationConfig.socialWorkerMandate").code();
    successByLevel(this.successProbability);
  }

  /** {@return the probability of success at each level, in ladder order (zero where not given)} */
  public EnumMap<LadderLevel, Double> successByLevel() {
    return successByLevel(successProbability);
  }

  /** {@return the highest level a social worker may address directly} */
  public LadderLevel mandate() {
    return LadderLevel.ofCode(socialWorkerMandate);
  }

  private static EnumMap<LadderLevel, Double> successByLevel(Map<String, Double> map) {
    EnumMap<LadderLevel, Double> p = new EnumMap<>(LadderLevel.class);
    for (LadderLevel l : LadderLevel.values()) {
      p.put(l, 0.0);
    }
    for (Map.Entry<String, Double> e : map.entrySet()) {
      p.put(ConfigChecks.level(e.getKey(), "EscalationConfig.successProbability"),
          ConfigChecks.probability(e.getValue(), "EscalationConfig.successProbability." + e.getKey()));
    }
    return p;
  }
}
