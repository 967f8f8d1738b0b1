package io.github.casework.privacy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.ReferralEvent;
import java.util.Optional;

/**
 * One referral as the receiving agency may see it in a {@link CaseView}: the need referred and its life domain,
 * the referring agency and service, the basis narrowed to this agency and this life domain, who answers for the
 * need on the referrer's side, and the referral's own history, in which every recorded consent is narrowed the
 * same way. Invariants: the history is not empty, starts with the referral's drafting and names only this
 * referral. Immutable and thread-safe.
 *
 * @param id the referral's id, not null
 * @param need the need referred, not null
 * @param domain the need's life domain, not null
 * @param from the referring agency, not null
 * @param service the code of the service asked for, not null
 * @param basis the basis for sharing, a consent narrowed to this agency and life domain, not null
 * @param accountable the role and agency of the need's accountable professional, if the roster knows them, not null
 * @param history the referral's events, consents narrowed, not empty, not null
 */
public record SharedReferral(ReferralId id, NeedId need, LifeDomain domain, AgencyId from, String service,
    DataSharingBasis basis, Optional<Accountable> accountable, ImmutableList<ReferralEvent> history) {

  /**
   * Validates the components.
   *
   * @param id the referral's id, not null
   * @param need the need referred, not null
   * @param domain the need's life domain, not null
   * @param from the referring agency, not null
   * @param service the service code, not null
   * @param basis the narrowed basis, not null
   * @param accountable the accountable role and agency, not null
   * @param history the narrowed history, not null
   * @throws InvalidValueException if the history is empty, does not start with the drafting or names another
   *     referral
   */
  public SharedReferral {
    requireNonNull(id, "id");
    requireNonNull(need, "need");
    requireNonNull(domain, "domain");
    requireNonNull(from, "from");
    requireNonNull(service, "service");
    requireNonNull(basis, "basis");
    requireNonNull(accountable, "accountable");
    requireNonNull(history, "history");
    if (history.isEmpty() || !(history.get(0) instanceof ReferralEvent.Drafted)) {
      throw new InvalidValueException(PrivacyCodes.VIEW_HISTORY_NOT_DRAFTED, "SharedReferral.history",
          "must start with the referral's drafting");
    }
    for (ReferralEvent e : history) {
      if (!e.referralId().equals(id)) {
        throw new InvalidValueException(PrivacyCodes.VIEW_HISTORY_OTHER_REFERRAL, "SharedReferral.history",
            "must name only this referral");
      }
    }
  }
}
