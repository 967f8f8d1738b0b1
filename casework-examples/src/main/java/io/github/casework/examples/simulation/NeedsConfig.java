package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableMap;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Urgency;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a new client asks help for: one need plus a Poisson number of further needs, each in a life domain drawn
 * from {@code domainMix} (distinct domains per client) and with an urgency drawn from {@code urgencyMix}. The mixes
 * are weights by life-domain and urgency code; they need not sum to 1. Immutable and thread-safe.
 *
 * @param extraNeedsMean the mean number of needs beyond the first, at least 0
 * @param domainMix weight per life-domain code, at least one positive, not null
 * @param urgencyMix weight per urgency code ({@code routine}, {@code priority}, {@code urgent}, {@code crisis}), at
 *     least one positive, not null
 */
public record NeedsConfig(double extraNeedsMean, Map<String, Double> domainMix, Map<String, Double> urgencyMix) {
  /**
   * Validates the components and keeps immutable copies of the mixes.
   *
   * @param extraNeedsMean the mean number of needs beyond the first, at least 0
   * @param domainMix weight per life-domain code, at least one positive, not null
   * @param urgencyMix weight per urgency code, at least one positive, not null
   * @throws InvalidValueException if a code is unknown or a weight negative
   */
  public NeedsConfig(double extraNeedsMean, @Nullable Map<String, Double> domainMix,
      @Nullable Map<String, Double> urgencyMix) {
    this.extraNeedsMean = ConfigChecks.nonNegative(extraNeedsMean, ConfigChecks.MAX_COUNT,
        "NeedsConfig.extraNeedsMean");
    this.domainMix = ImmutableMap.copyOf(ConfigChecks.required(domainMix, "NeedsConfig.domainMix"));
    this.urgencyMix = ImmutableMap.copyOf(ConfigChecks.required(urgencyMix, "NeedsConfig.urgencyMix"));
    domainWeights(this.domainMix);
    urgencyWeights(this.urgencyMix);
  }

  /** {@return the weight of each life domain, in the enum's order (zero where not given)} */
  public EnumMap<LifeDomain, Double> domainWeights() {
    return domainWeights(domainMix);
  }

  /** {@return the weight of each urgency, in the enum's order (zero where not given)} */
  public EnumMap<Urgency, Double> urgencyWeights() {
    return urgencyWeights(urgencyMix);
  }

  private static EnumMap<LifeDomain, Double> domainWeights(Map<String, Double> mix) {
    EnumMap<LifeDomain, Double> w = new EnumMap<>(LifeDomain.class);
    for (LifeDomain d : LifeDomain.values()) {
      w.put(d, 0.0);
    }
    for (Map.Entry<String, Double> e : mix.entrySet()) {
      w.put(ConfigChecks.domain(e.getKey(), "NeedsConfig.domainMix"),
          ConfigChecks.nonNegative(e.getValue(), ConfigChecks.MAX_WEIGHT, "NeedsConfig.domainMix." + e.getKey()));
    }
    requireSomeWeight(w.values(), "NeedsConfig.domainMix");
    return w;
  }

  private static EnumMap<Urgency, Double> urgencyWeights(Map<String, Double> mix) {
    EnumMap<Urgency, Double> w = new EnumMap<>(Urgency.class);
    for (Urgency u : Urgency.values()) {
      w.put(u, 0.0);
    }
    for (Map.Entry<String, Double> e : mix.entrySet()) {
      w.put(ConfigChecks.urgency(e.getKey(), "NeedsConfig.urgencyMix"),
          ConfigChecks.nonNegative(e.getValue(), ConfigChecks.MAX_WEIGHT, "NeedsConfig.urgencyMix." + e.getKey()));
    }
    requireSomeWeight(w.values(), "NeedsConfig.urgencyMix");
    return w;
  }

  private static void requireSomeWeight(Iterable<Double> weights, String field) {
    for (double x : weights) {
      if (x > 0) {
        return;
      }
    }
    throw new InvalidValueException(ConfigChecks.CODE, field, "needs at least one positive weight");
  }
}
