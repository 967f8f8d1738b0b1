package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.Need;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Professional;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralStatus;
import java.util.Map;
import java.util.Optional;

/**
 * An orphaned need (tussen wal en schip): a need still being worked on whose accountable professional no longer
 * holds an agency role, or holds no open case of the client at their agency. It is a question about the whole
 * caseload — cases, handovers through referrals and the roster together — so {@link Caseload#orphanedNeeds()}
 * answers it; the {@link CaseloadCheck} reports each as a {@link FindingCode#NEED_ORPHANED} finding. Immutable and
 * thread-safe.
 *
 * @param client the client, not null
 * @param caseId the case the need was registered in, not null
 * @param need the need, not null
 * @param domain its life domain, not null
 * @param accountable the professional accountable for it, not null
 * @param reason why nobody effectively holds it, not null
 * @param referral the referral it was handed over through, if that is how the professional became accountable,
 *     not null
 */
public record OrphanedNeed(ClientId client, CaseId caseId, NeedId need, LifeDomain domain, ProfessionalId accountable,
    Reason reason, Optional<ReferralId> referral) {

  /**
   * Validates the components.
   *
   * @param client the client, not null
   * @param caseId the case the need was registered in, not null
   * @param need the need, not null
   * @param domain its life domain, not null
   * @param accountable the professional accountable for it, not null
   * @param reason why nobody effectively holds it, not null
   * @param referral the referral it was handed over through, if that is how the professional became
   *     accountable, not null
   */
  public OrphanedNeed {
    requireNonNull(client, "client");
    requireNonNull(caseId, "caseId");
    requireNonNull(need, "need");
    requireNonNull(domain, "domain");
    requireNonNull(accountable, "accountable");
    requireNonNull(reason, "reason");
    requireNonNull(referral, "referral");
  }

  /** {@return one sentence naming the ids involved; no personal data} */
  public String explanation() {
    String via = referral.map(r -> " (handed over through referral " + r + ")").orElse("");
    return "Need " + need + " (" + domain.code() + ") of case " + caseId + via + " is held by professional "
        + accountable + ", who " + (reason == Reason.NO_AGENCY_ROLE ? "no longer holds an agency role"
        : "holds no open case of client " + client + " at their agency") + ".";
  }

  /** Why a need is orphaned. Each has a stable lower-case {@link #code()}. */
  public enum Reason {
    /** The accountable professional is not in the roster of professionals holding a role at an agency. */
    NO_AGENCY_ROLE("no-agency-role"),
    /** The accountable professional's agency holds no open case of the client. */
    NO_OPEN_CASE("no-open-case");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** {@return the stable lower-case code} */
    public String code() {
      return code;
    }
  }

  /** The analysis behind {@link Caseload#orphanedNeeds()}; see there. */
  static ImmutableList<OrphanedNeed> find(Caseload caseload) {
    Map<ProfessionalId, AgencyId> agencyOf = Maps.newHashMapWithExpectedSize(caseload.professionals().size());
    for (Professional p : caseload.professionals()) {
      agencyOf.put(p.id(), p.agency());
    }
    ClientAgencies openCases = new ClientAgencies(caseload.cases().size());
    for (Case c : caseload.cases()) {
      if (c.status() != CaseStatus.CLOSED) {
        openCases.add(c.client(), c.agency());
      }
    }
    ImmutableList.Builder<OrphanedNeed> out = ImmutableList.builder();
    for (Case c : caseload.cases()) {
      if (c.status() == CaseStatus.CLOSED) {
        continue;
      }
      for (Need n : c.needs()) {
        if (n.isOpen()) {
          reason(n.accountable(), c.client(), agencyOf, openCases).ifPresent(reason -> out.add(
              new OrphanedNeed(c.client(), c.id(), n.id(), n.domain(), n.accountable(), reason, Optional.empty())));
        }
      }
    }
    for (Referral r : caseload.referrals()) {
      if (r.handover().isEmpty()
          || (r.status() != ReferralStatus.ACCEPTED && r.status() != ReferralStatus.IN_PROGRESS)) {
        continue;
      }
      ProfessionalId holder = r.handover().get().to();
      reason(holder, r.client(), agencyOf, openCases).ifPresent(reason -> out.add(
          new OrphanedNeed(r.client(), r.caseId(), r.need(), r.domain(), holder, reason, Optional.of(r.id()))));
    }
    return out.build();
  }

  private static Optional<Reason> reason(ProfessionalId holder, ClientId client,
      Map<ProfessionalId, AgencyId> agencyOf, ClientAgencies openCases) {
    AgencyId agency = agencyOf.get(holder);
    if (agency == null) {
      return Optional.of(Reason.NO_AGENCY_ROLE);
    }
    if (!openCases.contains(client, agency)) {
      return Optional.of(Reason.NO_OPEN_CASE);
    }
    return Optional.empty();
  }
}
