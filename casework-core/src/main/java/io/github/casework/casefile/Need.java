package io.github.casework.casefile;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;
import java.util.Optional;

/**
 * A need (hulpvraag) in a case: a request for help in one life domain, with an urgency and exactly one
 * accountable professional at every instant. A need is open until it has a {@link Disposition}.
 *
 * <p>Invariants: the accountable professional is always present; a disposition is not dated before the need
 * was registered; after a {@link Disposition.HandedOver} the accountable professional is the one who accepted.
 * Immutable and thread-safe.
 *
 * @param id the need's id, unique within its case, not null
 * @param domain the life domain, not null
 * @param urgency the urgency, not null
 * @param accountable the professional accountable for it now, not null
 * @param registeredAt when it was registered, not null
 * @param disposition how it ended, empty while open, not null
 */
public record Need(NeedId id, LifeDomain domain, Urgency urgency, ProfessionalId accountable,
    Instant registeredAt, Optional<Disposition> disposition) {

  /**
   * Validates the components.
   *
   * @param id the need's id, unique within its case, not null
   * @param domain the life domain, not null
   * @param urgency the urgency, not null
   * @param accountable the professional accountable for it now, not null
   * @param registeredAt when it was registered, not null
   * @param disposition how it ended, empty while open, not null
   * @throws InvalidValueException if the disposition predates the registration or a handover names
   *     someone other than the accountable professional
   */
  public Need {
    requireNonNull(id, "id");
    requireNonNull(domain, "domain");
    requireNonNull(urgency, "urgency");
    requireNonNull(accountable, "accountable");
    requireNonNull(registeredAt, "registeredAt");
    requireNonNull(disposition, "disposition");
    if (disposition.isPresent()) {
      Disposition d = disposition.get();
      if (d.at().isBefore(registeredAt)) {
        throw new InvalidValueException("need.disposed-before-registered", "Need.disposition",
            "a need's disposition cannot predate its registration");
      }
      if (d instanceof Disposition.HandedOver h && !h.to().equals(accountable)) {
        throw new InvalidValueException("need.handover-mismatch", "Need.accountable",
            "after a handover the accountable professional is the one who accepted");
      }
    }
  }

  /** {@return true while the need has no disposition} */
  public boolean isOpen() {
    return disposition.isEmpty();
  }

  Need withAccountable(ProfessionalId newAccountable) {
    return new Need(id, domain, urgency, newAccountable, registeredAt, disposition);
  }

  Need withDisposition(Disposition d) {
    ProfessionalId after = d instanceof Disposition.HandedOver h ? h.to() : accountable;
    return new Need(id, domain, urgency, after, registeredAt, Optional.of(d));
  }
}
