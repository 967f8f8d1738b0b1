package io.github.casework.json.ddas;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.json.JsonCodes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a DDAS delivery is for: the supplier that delivers (codeGegevensleverancier), the municipality it delivers
 * for (gemeentecode, four digits as CBS numbers municipalities) and the organisation that hands it in, the period
 * it reports on (both days included), when it is delivered, and the zone in which instants become days. Immutable
 * and thread-safe.
 *
 * @param supplier the supplier's code, 1 to 64 characters, not blank
 * @param municipality the municipality's code, four digits
 * @param organisation the name of the organisation that delivers, 1 to 200 characters, not blank
 * @param from the first day of the period, not null
 * @param to the last day of the period, not before {@code from}, not null
 * @param deliveredAt when the delivery is made (time is injected), not null
 * @param zone the zone in which the outreach cases' instants are read as days, not null
 */
public record DdasRequest(String supplier, String municipality, String organisation, LocalDate from, LocalDate to,
    Instant deliveredAt, ZoneId zone) {

  /**
   * Validates the components.
   *
   * @param supplier the supplier's code, not blank
   * @param municipality the municipality's code, four digits
   * @param organisation the delivering organisation's name, not blank
   * @param from the first day of the period, not null
   * @param to the last day, not before {@code from}, not null
   * @param deliveredAt when it is delivered, not null
   * @param zone the zone of the days, not null
   * @throws InvalidValueException if a code breaks its rule or the period is reversed
   */
  public DdasRequest {
    requireNonNull(supplier, "supplier");
    requireNonNull(municipality, "municipality");
    requireNonNull(organisation, "organisation");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(deliveredAt, "deliveredAt");
    requireNonNull(zone, "zone");
    if (supplier.isBlank() || supplier.length() > 64) {
      throw new InvalidValueException(JsonCodes.DDAS_CODE_INVALID, "DdasRequest.supplier",
          "must be 1 to 64 characters, not blank");
    }
    if (!municipality.matches("[0-9]{4}")) {
      throw new InvalidValueException(JsonCodes.DDAS_CODE_INVALID, "DdasRequest.municipality",
          "must be four digits");
    }
    if (organisation.isBlank() || organisation.length() > 200) {
      throw new InvalidValueException(JsonCodes.DDAS_CODE_INVALID, "DdasRequest.organisation",
          "must be 1 to 200 characters, not blank");
    }
    if (to.isBefore(from)) {
      throw new InvalidValueException(JsonCodes.DDAS_PERIOD_REVERSED, "DdasRequest.to",
          "must not be before the first day of the period");
    }
  }
}
