package io.github.casework.json.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.ServiceListing;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.CaseId;
import io.github.casework.json.CaseloadSnapshot;
import io.github.casework.party.Agency;
import io.github.casework.party.Professional;
import io.github.casework.referral.ConsentRegister;
import io.github.casework.signal.Area;

/**
 * The parts of a caseload that are not aggregates (agencies, professionals, mandates, areas, and the service
 * listings and client profiles of the gap check, and the clients' consent withdrawals), as the header of a
 * caseload-events stream carries them.
 * Immutable and thread-safe.
 *
 * @param agencies the agencies, not null
 * @param professionals the professionals, not null
 * @param mandates the mandates, not null
 * @param areas the area of each case, where known, not null
 * @param listings the listed services of the agencies, not null
 * @param profiles the client profile of each case, where recorded, not null
 * @param consents the consent withdrawals, not null
 */
public record CaseloadContext(ImmutableList<Agency> agencies, ImmutableList<Professional> professionals,
    Mandates mandates, ImmutableMap<CaseId, Area> areas, ImmutableList<ServiceListing> listings,
    ImmutableMap<CaseId, ClientProfile> profiles, ConsentRegister consents) {

  /**
   * Validates the components as {@link CaseloadSnapshot} does.
   *
   * @param agencies the agencies, not null
   * @param professionals the professionals, not null
   * @param mandates the mandates, not null
   * @param areas the area of each case, where known, not null
   * @param listings the listed services, not null
   * @param profiles the client profiles, not null
   * @param consents the consent withdrawals, not null
   */
  public CaseloadContext {
    snapshot(agencies, professionals, mandates, areas, listings, profiles, consents);
  }

  private static CaseloadSnapshot snapshot(ImmutableList<Agency> agencies, ImmutableList<Professional> professionals,
      Mandates mandates, ImmutableMap<CaseId, Area> areas, ImmutableList<ServiceListing> listings,
      ImmutableMap<CaseId, ClientProfile> profiles, ConsentRegister consents) {
    return new CaseloadSnapshot(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        requireNonNull(agencies, "agencies"), requireNonNull(professionals, "professionals"),
        requireNonNull(mandates, "mandates"), requireNonNull(areas, "areas"), requireNonNull(listings, "listings"),
        requireNonNull(profiles, "profiles"), ImmutableList.of(), requireNonNull(consents, "consents"));
  }

  /**
   * Returns the context of a snapshot.
   *
   * @param snapshot the snapshot, not null
   * @return its agencies, professionals, mandates, areas, listings, profiles and consent withdrawals
   */
  public static CaseloadContext of(CaseloadSnapshot snapshot) {
    return new CaseloadContext(snapshot.agencies(), snapshot.professionals(), snapshot.mandates(), snapshot.areas(),
        snapshot.listings(), snapshot.profiles(), snapshot.consents());
  }

  /** {@return a snapshot of this context and no aggregates or outreach cases} */
  public CaseloadSnapshot toSnapshot() {
    return snapshot(agencies, professionals, mandates, areas, listings, profiles, consents);
  }
}
