package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;
import java.util.Collection;

/**
 * What allows the referrer to send a client's personal data to the receiving agency: the client's recorded
 * {@link Consent} (who gave it, when, and for which agencies and life domains), or a named {@link LegalBasis}.
 * A referral cannot be sent without one. Each kind has a stable {@link #type()} used in the wire format.
 * Immutable and thread-safe.
 */
public sealed interface DataSharingBasis {

  /** {@return the stable type id of this kind of basis} */
  String type();

  /**
   * Returns whether this basis allows sending data about a need in this life domain to this agency.
   *
   * @param agency the receiving agency, not null
   * @param domain the life domain of the need referred, not null
   * @return true if the data may be sent
   */
  boolean covers(AgencyId agency, LifeDomain domain);

  /**
   * Recorded consent to share data with the named agencies about needs in the named life domains.
   *
   * @param givenBy who gave consent, not null
   * @param recordedBy the professional who recorded it, not null
   * @param givenAt when it was given, not null
   * @param recipients the agencies the data may be sent to, at least one, not null
   * @param domains the life domains the data may be about, at least one, not null
   */
  record Consent(ConsentGiver givenBy, ProfessionalId recordedBy, Instant givenAt, ImmutableSet<AgencyId> recipients,
      ImmutableSet<LifeDomain> domains) implements DataSharingBasis {
    /** The type id. */
    public static final String TYPE = "consent";

    /**
     * Validates the components.
     *
     * @param givenBy who gave consent, not null
     * @param recordedBy the professional who recorded it, not null
     * @param givenAt when it was given, not null
     * @param recipients the agencies the data may be sent to, at least one, not null
     * @param domains the life domains the data may be about, at least one, not null
     * @throws InvalidValueException if the scope names no agency or no life domain
     */
    public Consent {
      requireNonNull(givenBy, "givenBy");
      requireNonNull(recordedBy, "recordedBy");
      requireNonNull(givenAt, "givenAt");
      requireNonNull(recipients, "recipients");
      requireNonNull(domains, "domains");
      if (recipients.isEmpty()) {
        throw new InvalidValueException(
            ReferralCodes.CONSENT_NO_RECIPIENT, "Consent.recipients", "consent must name at least one agency");
      }
      if (domains.isEmpty()) {
        throw new InvalidValueException(
            ReferralCodes.CONSENT_NO_DOMAIN, "Consent.domains", "consent must name at least one life domain");
      }
    }

    /**
     * Returns a consent.
     *
     * @param givenBy who gave it, not null
     * @param recordedBy who recorded it, not null
     * @param givenAt when it was given, not null
     * @param recipients the agencies, at least one, not null
     * @param domains the life domains, at least one, not null
     * @return the consent
     * @throws InvalidValueException if the scope names no agency or no life domain
     */
    public static Consent of(ConsentGiver givenBy, ProfessionalId recordedBy, Instant givenAt,
        Collection<AgencyId> recipients, Collection<LifeDomain> domains) {
      return new Consent(givenBy, recordedBy, givenAt, ImmutableSet.copyOf(recipients), ImmutableSet.copyOf(domains));
    }

    @Override
    public boolean covers(AgencyId agency, LifeDomain domain) {
      return recipients.contains(requireNonNull(agency, "agency"))
          && domains.contains(requireNonNull(domain, "domain"));
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * A legal ground for sharing without consent, with the provision that establishes it (such as
   * "Wgs art. 7"). The provision is a citation of law, not a description of the client.
   *
   * @param ground the ground, not null
   * @param provision the statutory provision, 1 to {@value #MAX_PROVISION} characters, not blank, not null
   */
  record LegalBasis(LegalGround ground, String provision) implements DataSharingBasis {
    /** The type id. */
    public static final String TYPE = "legal-basis";

    /** Longest provision accepted, in characters. */
    public static final int MAX_PROVISION = 200;

    /**
     * Validates the components.
     *
     * @param ground the ground, not null
     * @param provision the statutory provision, 1 to {@value #MAX_PROVISION} characters, not blank, not null
     * @throws InvalidValueException if the provision is blank or too long
     */
    public LegalBasis {
      requireNonNull(ground, "ground");
      requireNonNull(provision, "provision");
      if (provision.isBlank()) {
        throw new InvalidValueException(
            ReferralCodes.LEGAL_BASIS_PROVISION_BLANK, "LegalBasis.provision", "a legal basis must name its provision");
      }
      if (provision.length() > MAX_PROVISION) {
        throw new InvalidValueException(ReferralCodes.LEGAL_BASIS_PROVISION_TOO_LONG, "LegalBasis.provision",
            "must be at most " + MAX_PROVISION + " characters");
      }
      // Most referrals cite one of a few provisions: one string per provision (the string table is off the heap).
      provision = provision.intern();
    }

    /** A legal basis covers any agency and any life domain; the host answers for citing it rightly. */
    @Override
    public boolean covers(AgencyId agency, LifeDomain domain) {
      requireNonNull(agency, "agency");
      requireNonNull(domain, "domain");
      return true;
    }

    @Override
    public String type() {
      return TYPE;
    }
  }
}
