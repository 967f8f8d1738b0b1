package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.casefile.UrgentThreat;
import io.github.casework.id.EarlySignalId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An early signal of payment arrears (vroegsignaal): a creditor with a public interest — landlord, energy or water
 * company, health insurer, and the others of {@link PartnerType} — tells the municipality that a resident is
 * behind, so that it can offer help before the debt grows (Wgs art. 2.2.1). What the partner sent does not change;
 * what became of it is the business of the {@link OutreachCase} that bundles it.
 *
 * <p><b>Invariants.</b> The amount is in whole euros, 0 to 10,000,000; the arrears start no later than the signal
 * date. A <b>crisis signal</b> (crisissignaal) is an urgent threat under the Wgs — an eviction, a cut-off or the
 * end of the health insurance is near — and is owed a first contact attempt within the urgent-threat norm
 * ({@link io.github.casework.norm.ServiceNorms#urgentDebtThreatResponse()}, three working days). The resident is
 * personal data, and so is the amount: {@link #toString()} shows neither. Immutable and thread-safe.
 *
 * @param id the partner's id of the signal, not null
 * @param partner the kind of partner that sent it, not null
 * @param crisis whether it is a crisis signal
 * @param warmHandover whether the partner is already in touch with the resident and asks the municipality to take
 *     it on (warme overdracht)
 * @param amountEuros the arrears in whole euros, 0 to 10,000,000
 * @param arrearsSince the day the arrears started, not null
 * @param signalDate the day the partner sent the signal, not null
 * @param resident whom it is about, not null
 */
public record EarlySignal(EarlySignalId id, PartnerType partner, boolean crisis, boolean warmHandover,
    long amountEuros, LocalDate arrearsSince, LocalDate signalDate, Resident resident) {

  /** The largest amount accepted, in euros: far above any household's arrears, so a typo in cents stands out. */
  public static final long MAX_AMOUNT_EUROS = 10_000_000;

  /**
   * Validates the components.
   *
   * @param id the partner's id of the signal, not null
   * @param partner the kind of partner, not null
   * @param crisis whether it is a crisis signal
   * @param warmHandover whether it is a warm handover
   * @param amountEuros the arrears in whole euros, 0 to 10,000,000
   * @param arrearsSince the day the arrears started, not null
   * @param signalDate the day the partner sent it, not null
   * @param resident whom it is about, not null
   * @throws InvalidValueException if the amount is out of range or the arrears start after the signal date
   */
  public EarlySignal {
    requireNonNull(id, "id");
    requireNonNull(partner, "partner");
    requireNonNull(arrearsSince, "arrearsSince");
    requireNonNull(signalDate, "signalDate");
    requireNonNull(resident, "resident");
    if (amountEuros < 0 || amountEuros > MAX_AMOUNT_EUROS) {
      throw new InvalidValueException(EarlyWarningCodes.AMOUNT_OUT_OF_RANGE, "EarlySignal.amountEuros",
          "must be 0 to 10,000,000 whole euros");
    }
    if (arrearsSince.isAfter(signalDate)) {
      throw new InvalidValueException(EarlyWarningCodes.ARREARS_AFTER_SIGNAL, "EarlySignal.arrearsSince",
          "must not be after the signal date");
    }
  }

  /**
   * Returns the urgent threat under the Wgs that a crisis signal stands for: an eviction for rent or mortgage, a
   * cut-off for energy or water, the end of the health insurance for a health insurer or the CAK's premium.
   *
   * @return the threat, or empty if this is not a crisis signal or its partner's arrears threaten none of these
   */
  public Optional<UrgentThreat> urgentThreat() {
    if (!crisis) {
      return Optional.empty();
    }
    return switch (partner) {
      case RENT, MORTGAGE -> Optional.of(UrgentThreat.EVICTION);
      case ENERGY -> Optional.of(UrgentThreat.ENERGY_CUT_OFF);
      case WATER -> Optional.of(UrgentThreat.WATER_CUT_OFF);
      case HEALTH_INSURANCE, CAK_HEALTH_INSURANCE -> Optional.of(UrgentThreat.HEALTH_INSURANCE_TERMINATION);
      default -> Optional.empty();
    };
  }

  /** Shows the id, partner and flags; never the resident or the amount. */
  @Override
  public String toString() {
    return "EarlySignal[id=" + id + ", partner=" + partner.code() + ", crisis=" + crisis + ", warmHandover="
        + warmHandover + ", amountEuros=<redacted>, resident=<redacted>]";
  }
}
