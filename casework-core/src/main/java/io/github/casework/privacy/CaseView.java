package io.github.casework.privacy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.Need;
import io.github.casework.check.Caseload;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.party.Professional;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one agency may see of a case: the referrals sent to it from the case, each with the need referred, the
 * basis that covers it and the referral's own history, and the role and agency of whoever answers for the need —
 * and nothing else. A vendor sends the view, not the case.
 *
 * <p>The rules, which {@link #of(AgencyId, Case, Collection, Collection)} applies:
 * <ul>
 *   <li>A referral is in the view when it was <em>sent</em> to the agency, from this case, for this client. A
 *       draft has not travelled yet and stays out.</li>
 *   <li>A recorded consent is narrowed to this agency and the referral's life domain, in the basis and in every
 *       {@code referral.basis-recorded} event of the history, so that the view does not tell which other
 *       agencies or life domains the client agreed to. A legal basis is shown as recorded: it names a law, not
 *       the client.</li>
 *   <li>The case's other needs, its assessments and urgent threats, other agencies' referrals and refusals,
 *       escalations, signals and personal details are never in a view: the types hold no place for them.</li>
 *   <li>The accountable professional is shown by {@link Accountable role and agency}, looked up in the roster;
 *       professionals named by the referral's own events (the referrer, who cancelled, who acknowledged) stay
 *       in its history, as the receiving agency saw them there.</li>
 * </ul>
 *
 * <p>A referral's history ends where the host's history ends; a withdrawn consent does not rewrite it (see
 * {@link io.github.casework.referral.ConsentRegister}): what was shared before stays shared then. Immutable and
 * thread-safe.
 *
 * @param agency the agency that sees the view, not null
 * @param caseId the case, not null
 * @param client the client's pseudonymous id, not null
 * @param referrals the referrals the agency may see, in the order given, ids distinct, not null
 */
public record CaseView(AgencyId agency, CaseId caseId, ClientId client, ImmutableList<SharedReferral> referrals) {

  /**
   * Validates the components.
   *
   * @param agency the agency, not null
   * @param caseId the case, not null
   * @param client the client, not null
   * @param referrals the shared referrals, not null
   * @throws InvalidValueException if a referral occurs twice
   */
  public CaseView {
    requireNonNull(agency, "agency");
    requireNonNull(caseId, "caseId");
    requireNonNull(client, "client");
    requireNonNull(referrals, "referrals");
    Set<Object> seen = new HashSet<>();
    for (SharedReferral r : referrals) {
      if (!seen.add(r.id())) {
        throw new InvalidValueException(PrivacyCodes.VIEW_DUPLICATE_REFERRAL, "CaseView.referrals",
            "a referral occurs once");
      }
    }
  }

  /**
   * Computes what an agency may see of one case.
   *
   * @param agency the agency that will see the view, not null
   * @param theCase the case, not null
   * @param referralHistories the histories of referrals (of this case or not; others are left out), each in
   *     order from its drafting, not null
   * @param roster the professionals who hold a role, to name the accountable one by role and agency, not null
   * @return the view, with no referrals if none was sent to the agency from this case
   * @throws io.github.casework.RuleViolationException if a history is one the referral rules forbid
   */
  public static CaseView of(AgencyId agency, Case theCase,
      Collection<? extends List<? extends ReferralEvent>> referralHistories, Collection<Professional> roster) {
    requireNonNull(agency, "agency");
    requireNonNull(theCase, "theCase");
    requireNonNull(referralHistories, "referralHistories");
    Map<ProfessionalId, Professional> byId = new HashMap<>();
    requireNonNull(roster, "roster").forEach(p -> byId.put(p.id(), p));
    return view(agency, theCase, referralHistories, byId);
  }

  /**
   * Computes what an agency may see of each case of a caseload: the cases' referrals come from their histories
   * (a caseload holds states only), the roster from {@link Caseload#professionals()}.
   *
   * @param agency the agency that will see the views, not null
   * @param caseload the caseload, not null
   * @param referralHistories the histories of the caseload's referrals, each in order from its drafting, not null
   * @return one view per case of which a referral was sent to the agency, in case order
   * @throws io.github.casework.RuleViolationException if a history is one the referral rules forbid
   */
  public static ImmutableList<CaseView> allOf(AgencyId agency, Caseload caseload,
      Collection<? extends List<? extends ReferralEvent>> referralHistories) {
    requireNonNull(agency, "agency");
    requireNonNull(caseload, "caseload");
    requireNonNull(referralHistories, "referralHistories");
    Map<ProfessionalId, Professional> byId = new HashMap<>();
    caseload.professionals().forEach(p -> byId.put(p.id(), p));
    Map<CaseId, List<List<? extends ReferralEvent>>> byCase = new LinkedHashMap<>();
    for (List<? extends ReferralEvent> h : referralHistories) {
      if (!h.isEmpty() && h.get(0) instanceof ReferralEvent.Drafted d) {
        byCase.computeIfAbsent(d.caseId(), k -> new ArrayList<>()).add(h);
      }
    }
    ImmutableList.Builder<CaseView> out = ImmutableList.builder();
    for (Case c : caseload.cases()) {
      List<List<? extends ReferralEvent>> histories = byCase.get(c.id());
      if (histories != null) {
        CaseView v = view(agency, c, histories, byId);
        if (!v.referrals().isEmpty()) {
          out.add(v);
        }
      }
    }
    return out.build();
  }

  private static CaseView view(AgencyId agency, Case theCase,
      Collection<? extends List<? extends ReferralEvent>> histories, Map<ProfessionalId, Professional> roster) {
    ImmutableList.Builder<SharedReferral> shared = ImmutableList.builder();
    Set<Object> seen = new HashSet<>();
    for (List<? extends ReferralEvent> history : histories) {
      requireNonNull(history, "referralHistories element");
      Referral r = Referral.replay(history);
      if (!r.to().equals(agency) || !r.caseId().equals(theCase.id()) || !r.client().equals(theCase.client())
          || r.sentAt().isEmpty() || !seen.add(r.id())) {
        continue;
      }
      // A sent referral always has a basis that covered it when recorded; the basis cannot change after sending.
      DataSharingBasis basis = r.basis().orElseThrow(() -> new AssertionError("bug: a sent referral without basis"));
      ImmutableList.Builder<ReferralEvent> events = ImmutableList.builder();
      for (ReferralEvent e : history) {
        events.add(e instanceof ReferralEvent.BasisRecorded b
            ? new ReferralEvent.BasisRecorded(b.referralId(), narrow(b.basis(), agency, r.domain()), b.at()) : e);
      }
      Optional<Accountable> accountable = theCase.findNeed(r.need()).map(Need::accountable)
          .map(roster::get).map(p -> new Accountable(p.role(), p.agency()));
      shared.add(new SharedReferral(r.id(), r.need(), r.domain(), r.from(), r.service(),
          narrow(basis, agency, r.domain()), accountable, events.build()));
    }
    return new CaseView(agency, theCase.id(), theCase.client(), shared.build());
  }

  /** A consent limited to one agency and one life domain, which it covered when recorded; a legal basis as is. */
  static DataSharingBasis narrow(DataSharingBasis basis, AgencyId agency, LifeDomain domain) {
    if (basis instanceof DataSharingBasis.Consent c) {
      return new DataSharingBasis.Consent(c.givenBy(), c.recordedBy(), c.givenAt(), ImmutableSet.of(agency),
          ImmutableSet.of(domain));
    }
    return basis;
  }
}
