package io.github.casework.benchmarks;

import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.Urgency;
import io.github.casework.check.Caseload;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic caseload for the scaling benchmarks: n cases at six agencies, each with two needs and three
 * referrals in mixed states (a few refused with preconditions, so deadlocks and ping-pong occur), all built
 * through the public commands from a fixed seed.
 */
public final class SyntheticCaseload {
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  static final DataSharingBasis BASIS = new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wmo 2015");
  static final AgencyKind[] KINDS = {AgencyKind.WELFARE, AgencyKind.DEBT_SERVICES, AgencyKind.INCOME_SERVICE,
      AgencyKind.HOUSING_SERVICE, AgencyKind.SHELTER, AgencyKind.CLINIC};
  static final LifeDomain[] DOMAINS = {LifeDomain.FINANCES, LifeDomain.HOUSING, LifeDomain.SUBSTANCE_USE,
      LifeDomain.SOCIAL_NETWORK, LifeDomain.MENTAL_HEALTH, LifeDomain.DOMESTIC_RELATIONS};

  private SyntheticCaseload() {}

  /** The instant the benchmarks judge the caseload at: a year after the first case. */
  public static Instant at() {
    return START.plus(Duration.ofDays(365));
  }

  /** Builds a caseload of {@code n} cases with three referrals each. */
  public static Caseload of(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Agency> agencies = new ArrayList<>();
    List<Professional> roster = new ArrayList<>();
    for (int a = 0; a < KINDS.length; a++) {
      agencies.add(Agency.of(AgencyId.of("agency-" + a), "Agency " + a, KINDS[a], List.of()));
      for (int p = 0; p < 20; p++) {
        roster.add(new Professional(ProfessionalId.of("pro-" + a + "-" + p), AgencyId.of("agency-" + a),
            Role.SOCIAL_WORKER));
      }
    }
    List<Case> cases = new ArrayList<>(n);
    List<Referral> referrals = new ArrayList<>(3 * n);
    for (int i = 0; i < n; i++) {
      int a = r.nextInt(KINDS.length);
      AgencyId agency = AgencyId.of("agency-" + a);
      ProfessionalId owner = ProfessionalId.of("pro-" + a + "-" + r.nextInt(r.nextInt(50) == 0 ? 25 : 20));
      ClientId client = ClientId.of("client-" + i / 2);
      Instant t = START.plus(Duration.ofMinutes(r.nextInt(300 * 24 * 60)));
      CaseId caseId = CaseId.of("case-" + i);
      LifeDomain d1 = DOMAINS[r.nextInt(DOMAINS.length)];
      LifeDomain d2 = DOMAINS[r.nextInt(DOMAINS.length)];
      Case c = Case.open(caseId, client, agency, owner, t).state()
          .decide(new CaseCommand.RegisterNeed(NeedId.of("need-1"), d1, Urgency.PRIORITY, owner, t)).state()
          .decide(new CaseCommand.RegisterNeed(NeedId.of("need-2"), d2, Urgency.ROUTINE, owner, t)).state()
          .decide(new CaseCommand.Activate(t)).state();
      cases.add(c);
      for (int k = 0; k < 3; k++) {
        int to = (a + 1 + r.nextInt(KINDS.length - 1)) % KINDS.length;
        Instant sent = t.plus(Duration.ofDays(1 + k * 7L));
        Referral ref = Referral.draft(ReferralId.of("ref-" + i + "-" + k), client, caseId, NeedId.of("need-1"), d1,
            agency, owner, AgencyId.of("agency-" + to), "service", sent).state();
        ref = ref.decide(new ReferralCommand.RecordBasis(BASIS, sent)).state()
            .decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(5)), Deadline.after(Duration.ofDays(28)),
                sent)).state();
        int outcome = r.nextInt(10);
        Instant answered = sent.plus(Duration.ofDays(2));
        if (outcome < 4) {
          ref = ref.decide(new ReferralCommand.Accept(answered)).state();
        } else if (outcome < 6) {
          LifeDomain pre = DOMAINS[(java.util.Arrays.asList(DOMAINS).indexOf(d1) + 1) % DOMAINS.length];
          ref = ref.decide(new ReferralCommand.Refuse(Refusal.PreconditionUnmet.first(pre), answered)).state();
        } else if (outcome < 7) {
          ref = ref.decide(new ReferralCommand.Refuse(new Refusal.NoCapacity(), answered)).state();
        }
        referrals.add(ref);
      }
    }
    return Caseload.builder().agencies(agencies).professionals(roster).cases(cases).referrals(referrals).build();
  }
}
