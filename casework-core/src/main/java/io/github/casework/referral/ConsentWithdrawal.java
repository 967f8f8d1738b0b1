package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;
import java.util.Collection;

/**
 * A client's withdrawal of consent (intrekking van toestemming) to share data with some agencies about some life
 * domains, from an instant on. It ends every {@link DataSharingBasis.Consent consent} of the client that was
 * given before it, for each pair of a named agency and a named life domain; a consent given later is a new
 * consent and is not affected. The withdrawal is a record of its own, kept beside the referrals it governs (see
 * {@link ConsentRegister}), so that no referral's history is rewritten: what was shared before the withdrawal
 * stays recorded as shared then. Invariants: the scope names at least one agency and one life domain. Immutable
 * and thread-safe.
 *
 * @param client the client whose consent is withdrawn, not null
 * @param by who withdrew it: the client or their legal representative, not null
 * @param recordedBy the professional who recorded the withdrawal, not null
 * @param at from when the consent no longer holds, not null
 * @param agencies the agencies the data may no longer be sent to, at least one, not null
 * @param domains the life domains the data may no longer be about, at least one, not null
 */
public record ConsentWithdrawal(ClientId client, ConsentGiver by, ProfessionalId recordedBy, Instant at,
    ImmutableSet<AgencyId> agencies, ImmutableSet<LifeDomain> domains) {

  /**
   * Validates the components.
   *
   * @param client the client, not null
   * @param by who withdrew it, not null
   * @param recordedBy who recorded it, not null
   * @param at from when, not null
   * @param agencies the agencies, at least one, not null
   * @param domains the life domains, at least one, not null
   * @throws InvalidValueException if the scope names no agency or no life domain
   */
  public ConsentWithdrawal {
    requireNonNull(client, "client");
    requireNonNull(by, "by");
    requireNonNull(recordedBy, "recordedBy");
    requireNonNull(at, "at");
    requireNonNull(agencies, "agencies");
    requireNonNull(domains, "domains");
    if (agencies.isEmpty() || domains.isEmpty()) {
      throw new InvalidValueException(ReferralCodes.WITHDRAWAL_EMPTY_SCOPE, "ConsentWithdrawal",
          "a withdrawal must name at least one agency and one life domain");
    }
  }

  /**
   * Returns a withdrawal.
   *
   * @param client the client, not null
   * @param by who withdrew it, not null
   * @param recordedBy who recorded it, not null
   * @param at from when, not null
   * @param agencies the agencies, at least one, not null
   * @param domains the life domains, at least one, not null
   * @return the withdrawal
   * @throws InvalidValueException if the scope names no agency or no life domain
   */
  public static ConsentWithdrawal of(ClientId client, ConsentGiver by, ProfessionalId recordedBy, Instant at,
      Collection<AgencyId> agencies, Collection<LifeDomain> domains) {
    return new ConsentWithdrawal(client, by, recordedBy, at, ImmutableSet.copyOf(agencies),
        ImmutableSet.copyOf(domains));
  }

  /**
   * Returns whether this withdrawal ends a client's consent for sending data about a life domain to an agency at
   * an instant.
   *
   * @param consentOf the client whose consent it is, not null
   * @param consent the consent, not null
   * @param agency the receiving agency, not null
   * @param domain the life domain, not null
   * @param when the instant of the sending, not null
   * @return true if the consent was given before this withdrawal, the withdrawal holds at {@code when}, and its
   *     scope names the agency and the life domain
   */
  public boolean ends(ClientId consentOf, DataSharingBasis.Consent consent, AgencyId agency, LifeDomain domain,
      Instant when) {
    requireNonNull(consentOf, "consentOf");
    requireNonNull(consent, "consent");
    requireNonNull(agency, "agency");
    requireNonNull(domain, "domain");
    requireNonNull(when, "when");
    return client.equals(consentOf) && !consent.givenAt().isAfter(at) && !when.isBefore(at)
        && agencies.contains(agency) && domains.contains(domain);
  }
}
