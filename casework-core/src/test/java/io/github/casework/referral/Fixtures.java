package io.github.casework.referral;

import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import java.time.Duration;
import java.time.Instant;

/** Shared names for the referral tests: a social worker at welfare refers a client's housing need to a shelter. */
final class Fixtures {
  private Fixtures() {}

  static final Instant T0 = Instant.parse("2026-10-01T09:00:00Z");
  static final ReferralId REF = ReferralId.of("ref-1");
  static final ClientId CLIENT = ClientId.of("client-k");
  static final CaseId CASE = CaseId.of("case-k");
  static final NeedId HOUSING_NEED = NeedId.of("need-housing");
  static final AgencyId WELFARE = AgencyId.of("welfare-west");
  static final AgencyId SHELTER = AgencyId.of("hvo-shelter");
  static final ProfessionalId MAARTJE = ProfessionalId.of("sw-maartje");
  static final ProfessionalId RECEIVER = ProfessionalId.of("hvo-intake");
  static final DataSharingBasis.LegalBasis LEGAL_BASIS =
      new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wmo 2015 art. 2.3.5");

  static Instant t(long minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  /** A freshly drafted referral of the housing need from welfare to the shelter. */
  static Referral drafted() {
    return Referral.draft(REF, CLIENT, CASE, HOUSING_NEED, LifeDomain.HOUSING, WELFARE, MAARTJE, SHELTER,
        "night-shelter", T0).state();
  }

  static ReferralCommand.Send send(long minutes) {
    return new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(28)),
        t(minutes));
  }

  static Referral apply(Referral r, ReferralCommand... commands) {
    for (ReferralCommand c : commands) {
      r = r.decide(c).state();
    }
    return r;
  }
}
