package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableMap;
import io.github.casework.LifeDomain;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What happens after a client drops out of a waiting list: with probability {@code returnProbability} the client
 * comes back after a delay drawn from {@code returnDelayDays} with a worse problem — an urgent need in the life
 * domain {@code worsensTo} maps the dropped need's domain to (a debt that grows into an eviction threat:
 * {@code "finances": "housing"}), or in the same domain if the map has no entry. The client does not come back if,
 * by then, the dropped need was met or is being worked on again (a referrer who followed up re-engaged the
 * client). Immutable and thread-safe.
 *
 * @param returnProbability the probability a client who dropped out comes back, from 0 to 1
 * @param returnDelayDays the delay before coming back, not null
 * @param worsensTo the life-domain code of the returning need per dropped need's code, not null
 */
public record DropOutConfig(double returnProbability, Distribution returnDelayDays, Map<String, String> worsensTo) {
  /**
   * Validates the components and keeps an immutable copy of the map.
   *
   * @param returnProbability the probability a client who dropped out comes back, from 0 to 1
   * @param returnDelayDays the delay before coming back, not null
   * @param worsensTo the life-domain code of the returning need per dropped need's code; null means none
   * @throws io.github.casework.InvalidValueException if a component is out of range
   */
  public DropOutConfig(double returnProbability, @Nullable Distribution returnDelayDays,
      @Nullable Map<String, String> worsensTo) {
    this.returnProbability = ConfigChecks.probability(returnProbability, "DropOutConfig.returnProbability");
    this.returnDelayDays = ConfigChecks.required(returnDelayDays, "DropOutConfig.returnDelayDays");
    this.worsensTo = worsensTo == null ? ImmutableMap.of() : ImmutableMap.copyOf(worsensTo);
    for (Map.Entry<String, String> e : this.worsensTo.entrySet()) {
      ConfigChecks.domain(e.getKey(), "DropOutConfig.worsensTo");
      ConfigChecks.domain(e.getValue(), "DropOutConfig.worsensTo." + e.getKey());
    }
  }

  /**
   * Returns the life domain a dropped need comes back in.
   *
   * @param dropped the dropped need's domain, not null
   * @return the domain of the returning need
   */
  public LifeDomain returningDomain(LifeDomain dropped) {
    String code = worsensTo.get(dropped.code());
    return code == null ? dropped : LifeDomain.ofCode(code);
  }
}
