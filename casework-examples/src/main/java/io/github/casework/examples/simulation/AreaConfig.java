package io.github.casework.examples.simulation;

import io.github.casework.signal.Area;
import org.jspecify.annotations.Nullable;

/**
 * An area (wijk) of the district and how many new clients arrive there each year, as a Poisson process. The area
 * is the one a client's escalations and refusals are grouped by in signals. Immutable and thread-safe.
 *
 * @param code the area's code, valid as an {@link Area}, not null
 * @param clientsPerYear the mean number of new clients per year, positive
 */
public record AreaConfig(String code, double clientsPerYear) {
  /**
   * Validates the components.
   *
   * @param code the area's code, valid as an {@link Area}, not null
   * @param clientsPerYear the mean number of new clients per year, positive
   * @throws io.github.casework.InvalidValueException if a component is out of range
   */
  public AreaConfig(@Nullable String code, double clientsPerYear) {
    this.code = Area.of(ConfigChecks.required(code, "AreaConfig.code")).code();
    this.clientsPerYear = ConfigChecks.positive(clientsPerYear, ConfigChecks.MAX_CLIENTS_PER_YEAR,
        "AreaConfig.clientsPerYear");
  }
}
