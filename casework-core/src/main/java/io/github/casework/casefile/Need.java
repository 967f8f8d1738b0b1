package io.github.casework.casefile;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.util.Optional;

/**
 * A need (hulpvraag) in a case: a request for help in one life domain, with an urgency and exactly one
 * accountable professional at every instant. A need is open until it has a {@link Disposition}.
 *
 * <p>A need shows the referrals of it that are still open: referred to another agency, but neither handed over
 * nor with its loop closed (see {@code io.github.casework.referral.Referral}). While a need is referred its
 * accountable professional stays the referrer's side: a referral never moves accountability by itself.
 *
 * <p>Invariants: the accountable professional is always present; a disposition is not dated before the need
 * was registered; after a {@link Disposition.HandedOver} the accountable professional is the one who accepted;
 * a need with a disposition has no open referrals. Immutable and thread-safe.
 *
 * @param id the need's id, unique within its case, not null
 * @param domain the life domain, not null
 * @param urgency the urgency, not null
 * @param accountable the professional accountable for it now, not null
 * @param registeredAt when it was registered, not null
 * @param disposition how it ended, empty while open, not null
 * @param openReferrals the referrals of this need whose loop is still open, in the order they were made, not null
 */
public record Need(NeedId id, LifeDomain domain, Urgency urgency, ProfessionalId accountable,
    Instant registeredAt, Optional<Disposition> disposition, ImmutableSet<ReferralId> openReferrals) {

  /**
   * Validates the components.
   *
   * @param id the need's id, unique within its case, not null
   * @param domain the life domain, not null
   * @param urgency the urgency, not null
   * @param accountable the professional accountable for it now, not null
   * @param registeredAt when it was registered, not null
   * @param disposition how it ended, empty while open, not null
   * @param openReferrals the referrals of this need whose loop is still open, in the order they were made, not null
   * @throws InvalidValueException if the disposition predates the registration, a handover names someone other
   *     than the accountable professional, or a need with a disposition still has open referrals
   */
  public Need {
    requireNonNull(id, "id");
    requireNonNull(domain, "domain");
    requireNonNull(urgency, "urgency");
    requireNonNull(accountable, "accountable");
    requireNonNull(registeredAt, "registeredAt");
    requireNonNull(disposition, "disposition");
    requireNonNull(openReferrals, "openReferrals");
    if (disposition.isPresent() && !openReferrals.isEmpty()) {
      throw new InvalidValueException(CaseCodes.NEED_DISPOSED_WHILE_REFERRED, "Need.openReferrals",
          "a need with a disposition cannot have open referrals");
    }
    if (disposition.isPresent()) {
      Disposition d = disposition.get();
      if (d.at().isBefore(registeredAt)) {
        throw new InvalidValueException(CaseCodes.NEED_DISPOSED_BEFORE_REGISTERED, "Need.disposition",
            "a need's disposition cannot predate its registration");
      }
      if (d instanceof Disposition.HandedOver h && !h.to().equals(accountable)) {
        throw new InvalidValueException(CaseCodes.NEED_HANDOVER_MISMATCH, "Need.accountable",
            "after a handover the accountable professional is the one who accepted");
      }
    }
  }

  /**
   * Creates a need without open referrals, as registered before any referral was made.
   *
   * @param id the need's id, not null
   * @param domain the life domain, not null
   * @param urgency the urgency, not null
   * @param accountable the accountable professional, not null
   * @param registeredAt when it was registered, not null
   * @param disposition how it ended, empty while open, not null
   * @throws InvalidValueException as the canonical constructor
   */
  public Need(NeedId id, LifeDomain domain, Urgency urgency, ProfessionalId accountable, Instant registeredAt,
      Optional<Disposition> disposition) {
    this(id, domain, urgency, accountable, registeredAt, disposition, ImmutableSet.of());
  }

  /** {@return true while the need has no disposition} */
  public boolean isOpen() {
    return disposition.isEmpty();
  }

  /** {@return true while the need has at least one open referral} */
  public boolean isReferred() {
    return !openReferrals.isEmpty();
  }
}
